package org.unsymbol.draft;

import org.unsymbol.lang.Language;
import org.unsymbol.links.LanguageChoice;
import org.unsymbol.symbol.Finding;
import org.unsymbol.symbol.FindingCode;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The words of a draft report in one of the six UN languages: the core (grammar, extractor) gives codes and the
 * characters they are about, this renders them from the bundles {@code messages/draft_<lang>.properties} (UTF-8).
 * Placeholders: {@code {0}}, {@code {1}}, {@code {2}}, replaced as they are (no {@code MessageFormat}, whose quoting
 * rules would eat the apostrophes of French and English).
 */
public final class DraftMessages {

    /** The languages with a bundle. */
    public static final List<Language> LANGUAGES = List.of(Language.AR, Language.ZH, Language.EN, Language.FR,
            Language.RU, Language.ES);
    static final String BUNDLE = "messages.draft";

    private static final Map<Language, ResourceBundle> BUNDLES = new EnumMap<>(Language.class);

    static {
        for (Language l : LANGUAGES) {
            BUNDLES.put(l, bundle(l));
        }
    }

    private static final Map<Language, DraftMessages> INSTANCES = new EnumMap<>(Language.class);

    static {
        for (Language l : LANGUAGES) {
            INSTANCES.put(l, new DraftMessages(l));
        }
    }

    private final Language language;
    private final ResourceBundle bundle;
    /** The bundle's pattern for each finding code (by ordinal), null where it has none: looked up once, not per finding. */
    private final String[] findingPatterns;

    private DraftMessages(Language language) {
        this.language = language;
        this.bundle = BUNDLES.get(language);
        FindingCode[] codes = FindingCode.values();
        this.findingPatterns = new String[codes.length];
        for (FindingCode c : codes) {
            findingPatterns[c.ordinal()] = get("finding." + c.name());
        }
    }

    /** The bundle of one language alone (no fallback to another's), as tests read it. */
    static ResourceBundle bundle(Language l) {
        return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(l.code()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static DraftMessages of(Language language) {
        DraftMessages m = language == null ? null : INSTANCES.get(language);
        return m != null ? m : INSTANCES.get(Language.EN);
    }

    /**
     * The language of the messages: the {@code lang} parameter, else the best of Accept-Language among the six, else
     * English. (A language the service knows but has no bundle for, such as German, gets English.)
     */
    public static DraftMessages choose(Optional<Language> lang, String acceptLanguage) {
        if (lang.isPresent() && INSTANCES.containsKey(lang.get())) {
            return INSTANCES.get(lang.get());
        }
        if (lang.isEmpty() && acceptLanguage != null && !acceptLanguage.isBlank()) {
            Optional<Language> accepted = LanguageChoice.fromAcceptLanguage(acceptLanguage);
            if (accepted.isPresent() && INSTANCES.containsKey(accepted.get())) {
                return INSTANCES.get(accepted.get());
            }
        }
        return INSTANCES.get(Language.EN);
    }

    public Language language() {
        return language;
    }

    /**
     * A finding's message: {@code {0}} the characters it is about (as the draft writes them), {@code {1}} the
     * reference's symbol. A code without a message in the bundle keeps the grammar's English message.
     */
    public String finding(Finding f, String about, String symbol) {
        String pattern = findingPatterns[f.code().ordinal()];
        return pattern == null ? f.message() : fill(pattern, about, symbol, "");
    }

    /** A message by key with its arguments; the key itself when missing (never an exception on the wire). */
    public String text(String key, String... args) {
        String pattern = get(key);
        if (pattern == null) {
            return key;
        }
        return fill(pattern, args.length > 0 ? args[0] : "", args.length > 1 ? args[1] : "",
                args.length > 2 ? args[2] : "");
    }

    /** "A, B or C" in this language. */
    public String or(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        String list = get("word.list");
        String or = get("word.or");
        return String.join(list, items.subList(0, items.size() - 1)) + or + items.get(items.size() - 1);
    }

    private String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static String fill(String pattern, String a, String b, String c) {
        return pattern.replace("{0}", a == null ? "" : a).replace("{1}", b == null ? "" : b)
                .replace("{2}", c == null ? "" : c);
    }
}
