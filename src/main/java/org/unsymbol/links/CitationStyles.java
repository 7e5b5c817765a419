package org.unsymbol.links;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Formatted citations ({@code text/x-bibliography}, as doi.org's content negotiation answers them): our CSL-JSON
 * rendered by citeproc-java with any style of the official CSL repository (the {@code org.citationstyles:styles}
 * jar: {@code apa} by default, {@code chicago-author-date}, {@code harvard-cite-them-right},
 * {@code modern-language-association}, {@code ieee}, ...) in any of its locales ({@code en-US} by default; a bare
 * language such as {@code fr} takes its main locale). Everything is read from the classpath: no network.
 *
 * <p>Compiling a style is the cost (measured on the shared 2-core build machine at load average 20: the first
 * request of the JVM 7.2 s, with the scan of the styles jar; another style 0.8 s; a compiled style 26 ms per
 * citation), so compiled styles are kept, at most {@link #CACHED} (style, locale) pairs, least recently used out.
 * A {@link CSL} is not thread-safe: each is used under its own lock, and compiling happens under one lock, so that
 * requests naming many styles use at most one core for it.
 */
public final class CitationStyles {

    static final String DEFAULT_STYLE = "apa";
    static final String DEFAULT_LOCALE = "en-US";
    static final int CACHED = 32;

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

    private volatile Set<String> styles; // read from the jars on first use: a scan of 10,000 entries
    private volatile Set<String> locales;
    private final Map<String, Compiled> compiled = new LinkedHashMap<>(CACHED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Compiled> eldest) {
            return size() > CACHED;
        }
    };

    private void load() {
        if (styles == null) {
            synchronized (this) {
                if (styles == null) {
                    try {
                        locales = Set.copyOf(CSL.getSupportedLocales());
                        styles = Set.copyOf(CSL.getSupportedStyles());
                    } catch (IOException e) {
                        throw new IllegalStateException("the CSL styles and locales are not on the classpath", e);
                    }
                }
            }
        }
    }

    /** The citation as plain text in {@code style} (null: apa) and {@code locale} (null: en-US). */
    public String render(CitationData citation, String style, String locale) {
        load();
        String s = style == null || style.isBlank() ? DEFAULT_STYLE : style.strip().toLowerCase(Locale.ROOT);
        if (!styles.contains(s)) {
            throw new Unsupported("style", "Unknown citation style '" + clip(style) + "': any style id of the "
                    + "CSL repository (" + styles.size() + " styles) works, e.g. apa, chicago-author-date, "
                    + "harvard-cite-them-right, modern-language-association, ieee.");
        }
        String l = locale(locale).orElseThrow(() -> new Unsupported("locale", "Unknown citation locale '"
                + clip(locale) + "': a CSL locale such as en-US, en-GB, fr-FR, es-ES, ru-RU, zh-CN, ar."));
        Compiled c = compiled(s, l);
        synchronized (c) {
            c.data.item = CSLItemData.fromJson(CitationFormats.cslJson(citation));
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
            return Optional.of(DEFAULT_LOCALE);
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
        synchronized (compiled) {
            Compiled c = compiled.get(key);
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
