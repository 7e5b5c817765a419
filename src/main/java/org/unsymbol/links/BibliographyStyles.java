package org.unsymbol.links;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Formatted citations ({@code text/x-bibliography}, as doi.org's content negotiation answers them): our CSL-JSON
 * rendered by citeproc-java with the styles of the official CSL repository (the {@code org.citationstyles:styles}
 * jar) that the deployment allows ({@code unsymbol.citations.styles}: {@code apa} first and default,
 * {@code chicago-author-date}, {@code harvard-cite-them-right}, {@code modern-language-association}, {@code ieee},
 * ...) in the allowed locales ({@code unsymbol.citations.locales}: the six UN languages and en-GB; {@code en-US} by
 * default; a bare language such as {@code fr} takes its main locale). Everything is read from the classpath.
 *
 * <p>Compiling a style is the cost (measured on the shared 2-core build machine at load average 20: the first
 * request of the JVM 7.2 s, with the scan of the styles jar; another style 0.8 s; a compiled style 26 ms per
 * citation). With every style of the repository open, a client naming a new style per request would make the
 * service compile on every request; so only the allowed ones are served, each (style, locale) pair is compiled at
 * most once and kept (the pairs are few), and compiling happens under one lock, so that it uses at most one core. A
 * {@link CSL} is not thread-safe: each is used under its own lock; a compiled pair is found without any lock.
 */
public final class BibliographyStyles {

    /** The styles served when the deployment names none: common author-date, note and numeric styles. */
    public static final List<String> DEFAULT_STYLES = List.of("apa", "chicago-author-date", "chicago-note-bibliography",
            "harvard-cite-them-right", "modern-language-association", "ieee", "vancouver", "american-medical-association");
    /** The locales served when the deployment names none: the six UN languages, and British English. */
    public static final List<String> DEFAULT_LOCALES = List.of("en-US", "en-GB", "fr-FR", "es-ES", "ru-RU", "zh-CN",
            "ar");

    /** An unknown style or locale (406 for a client). */
    public static final class Unsupported extends RuntimeException {
        private final String parameter;

        Unsupported(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    private final List<String> allowedStyles;
    private final List<String> allowedLocales;
    private final String defaultStyle;
    private volatile Set<String> styles; // the allowed ones the jars have, found on first use: a scan of 10,000 entries
    private volatile Set<String> locales;
    private final Map<String, Compiled> compiled = new ConcurrentHashMap<>();
    private final Object compiling = new Object();

    /** The default styles and locales. */
    public BibliographyStyles() {
        this(DEFAULT_STYLES, DEFAULT_LOCALES);
    }

    /** Serves these styles (the first is the default) in these locales; names the CSL jars lack are ignored. */
    public BibliographyStyles(List<String> styles, List<String> locales) {
        this.allowedStyles = styles.stream().map(String::strip).filter(x -> !x.isEmpty())
                .map(x -> x.toLowerCase(Locale.ROOT)).toList();
        this.allowedLocales = locales.stream().map(String::strip).filter(x -> !x.isEmpty()).toList();
        if (allowedStyles.isEmpty() || allowedLocales.isEmpty()) {
            throw new IllegalArgumentException("at least one citation style and one locale must be allowed");
        }
        this.defaultStyle = allowedStyles.get(0);
    }

    private void load() {
        if (styles == null) {
            synchronized (this) {
                if (styles == null) {
                    try {
                        Set<String> supportedLocales = CSL.getSupportedLocales();
                        Set<String> supportedStyles = CSL.getSupportedStyles();
                        locales = allowedLocales.stream().filter(supportedLocales::contains)
                                .collect(Collectors.toUnmodifiableSet());
                        styles = allowedStyles.stream().filter(supportedStyles::contains)
                                .collect(Collectors.toUnmodifiableSet());
                    } catch (IOException e) {
                        throw new IllegalStateException("the CSL styles and locales are not on the classpath", e);
                    }
                }
            }
        }
    }

    /** The styles served (those allowed that the CSL jars have). */
    public Set<String> styles() {
        load();
        return styles;
    }

    /** The citation as plain text in {@code style} (null: apa) and {@code locale} (null: en-US). */
    public String render(BibliographicData citation, String style, String locale) {
        load();
        String s = style == null || style.isBlank() ? defaultStyle : style.strip().toLowerCase(Locale.ROOT);
        if (!styles.contains(s)) {
            throw new Unsupported("style", "Unknown citation style '" + clip(style) + "': this service formats "
                    + String.join(", ", new TreeSet<>(styles)) + ".");
        }
        String l = locale(locale).orElseThrow(() -> new Unsupported("locale", "Unknown citation locale '"
                + clip(locale) + "': this service formats " + String.join(", ", new TreeSet<>(locales)) + "."));
        Compiled c = compiled(s, l);
        synchronized (c) {
            c.data.item = CSLItemData.fromJson(BibliographyFormats.cslJson(citation));
            try {
                c.csl.reset(); // forgets the last item, and the output format
                c.csl.setOutputFormat("text");
                c.csl.registerCitationItems(c.data.item.getId());
                return c.csl.makeBibliography().makeString().strip();
            } finally {
                c.data.item = null;
            }
        }
    }

    private Optional<String> locale(String locale) {
        if (locale == null || locale.isBlank()) {
            return allowedLocales.stream().filter(locales::contains).findFirst();
        }
        String tag = Locale.forLanguageTag(locale.strip().replace('_', '-')).toLanguageTag();
        for (String known : locales) {
            if (known.equalsIgnoreCase(tag)) {
                return Optional.of(known);
            }
        }
        // a bare language: its main locale (fr -> fr-FR), else the first one of that language
        String language = tag.contains("-") ? null : tag.toLowerCase(Locale.ROOT);
        if (language == null || language.isEmpty()) {
            return Optional.empty();
        }
        String main = Locale.forLanguageTag(language).getLanguage() + "-" + language.toUpperCase(Locale.ROOT);
        if (locales.contains(main)) {
            return Optional.of(main);
        }
        return new TreeSet<>(locales).stream().filter(k -> k.equals(language) || k.startsWith(language + "-"))
                .findFirst();
    }

    private Compiled compiled(String style, String locale) {
        String key = style + " " + locale;
        Compiled c = compiled.get(key);
        if (c != null) {
            return c;
        }
        synchronized (compiling) {
            c = compiled.get(key);
            if (c != null) {
                return c;
            }
            Holder data = new Holder();
            try {
                CSL csl = new CSL(data, style, locale);
                csl.setOutputFormat("text");
                c = new Compiled(csl, data);
            } catch (IOException e) {
                throw new IllegalStateException("CSL style " + style + " could not be read", e);
            }
            compiled.put(key, c);
            return c;
        }
    }

    private static String clip(String s) {
        String t = String.valueOf(s).replaceAll("\\p{Cntrl}", "?");
        return t.length() > 60 ? t.substring(0, 60) + "..." : t;
    }

    private record Compiled(CSL csl, Holder data) {
    }

    /** Hands the one item being rendered to citeproc (guarded by its {@link Compiled}'s lock). */
    private static final class Holder implements ItemDataProvider {
        CSLItemData item;

        @Override
        public CSLItemData retrieveItem(String id) {
            return item != null && item.getId().equals(id) ? item : null;
        }

        @Override
        public java.util.Collection<String> getIds() {
            return item == null ? java.util.List.of() : java.util.List.of(item.getId());
        }
    }
}
