package org.unsymbol.web;

import jakarta.ws.rs.core.HttpHeaders;
import org.unsymbol.lang.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The interface languages: the six official ones. Chosen by {@code ?lang=}, else by Accept-Language, else English. */
public final class UiLanguage {

    public static final List<Language> SIX = List.of(Language.AR, Language.ZH, Language.EN, Language.FR, Language.RU,
            Language.ES);

    /** Each language's name in itself, as the language switcher shows it. */
    private static final java.util.Map<Language, String> OWN_NAMES = java.util.Map.of(Language.AR, "العربية",
            Language.ZH, "中文", Language.EN, "English", Language.FR, "Français", Language.RU, "Русский",
            Language.ES, "Español");

    private UiLanguage() {
    }

    public static Language choose(String param, HttpHeaders headers) {
        return choose(param, headers == null ? List.of() : headers.getAcceptableLanguages());
    }

    /** The same choice from the Accept-Language ranges in order of preference. */
    public static Language choose(String param, List<Locale> acceptable) {
        Language asked = six(param);
        if (asked != null) {
            return asked;
        }
        if (acceptable != null) {
            for (Locale l : acceptable) {
                Language accepted = six(l.getLanguage());
                if (accepted != null) {
                    return accepted;
                }
            }
        }
        return Language.EN;
    }

    public static String ownName(Language l) {
        return OWN_NAMES.getOrDefault(l, l.code());
    }

    static Language six(String code) {
        return Language.of(code).filter(SIX::contains).orElse(null);
    }

    /** The page frame every template gets: its language, direction and the links to itself in the other five. */
    public static Page page(Language lang, String path, String queryWithoutLang) {
        List<Page.LangLink> links = new ArrayList<>();
        for (Language l : SIX) {
            String query = (queryWithoutLang == null || queryWithoutLang.isEmpty() ? "" : queryWithoutLang + "&")
                    + "lang=" + l.code();
            links.add(new Page.LangLink(l.code(), ownName(l), path + "?" + query, l == lang));
        }
        return new Page(lang.code(), lang == Language.AR ? "rtl" : "ltr", links);
    }
}
