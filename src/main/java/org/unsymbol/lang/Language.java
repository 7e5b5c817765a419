package org.unsymbol.lang;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages UN documents are issued in: the six official ones, and German for selected documents. */
public enum Language {
    AR, ZH, EN, FR, RU, ES, DE;

    private static final List<String> CODES = Arrays.stream(values()).map(Language::code).toList();

    /** ISO 639-1, as undocs.org, ODS and the Digital Library write it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Accepts {@code es}, {@code ES}, and tags with a region or script ({@code es-419}, {@code zh-Hans}). */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String primary = tag.strip();
        int dash = primary.indexOf('-');
        if (dash < 0) {
            dash = primary.indexOf('_');
        }
        if (dash >= 0) {
            primary = primary.substring(0, dash);
        }
        if (primary.length() != 2) {
            return Optional.empty();
        }
        for (Language l : values()) {
            if (l.name().equalsIgnoreCase(primary)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The language of an ISO 639-1 code in any case ({@code "es"}, {@code "ES"}); empty for anything else. */
    public static Optional<Language> of(String code) {
        return code == null || code.strip().length() != 2 ? Optional.empty() : fromTag(code);
    }

    public static List<String> codes() {
        return CODES;
    }
}
