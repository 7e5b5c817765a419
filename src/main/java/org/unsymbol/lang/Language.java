package org.unsymbol.lang;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages a UN document is issued in: the six official ones, plus German (issued for some documents), with the
 * codes each neighbouring system uses (ISO 639-1 on the wire, MARC 639-2/B, the ODS letter).
 */
public enum Language {
    AR("ara", 'A', "Arabic", "العربية"),
    ZH("chi", 'C', "Chinese", "中文"),
    EN("eng", 'E', "English", "English"),
    FR("fre", 'F', "French", "Français"),
    RU("rus", 'R', "Russian", "Русский"),
    ES("spa", 'S', "Spanish", "Español"),
    DE("ger", 'G', "German", "Deutsch");

    /** Kept, not derived per call: the wire code is read on every resolve and in every answer. */
    private final String code = name().toLowerCase(Locale.ROOT);
    private final String marc;
    private final char letter;
    private final String englishName;
    private final String ownName;

    Language(String marc, char letter, String englishName, String ownName) {
        this.marc = marc;
        this.letter = letter;
        this.englishName = englishName;
        this.ownName = ownName;
    }

    /** The ISO 639-1 code used on the wire and in the database: {@code es}. */
    public String code() {
        return code;
    }

    /** The ISO 639-2/B code of MARC 041: {@code spa}. */
    public String marcCode() {
        return marc;
    }

    public static Optional<Language> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        for (Language l : VALUES) {
            if (l.code.equals(c)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    public static Optional<Language> ofMarc(String code) {
        for (Language l : values()) {
            if (l.marc.equalsIgnoreCase(code.strip())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The one-letter code of ODS and of job numbers ({@code N2422345 S}). */
    public static Optional<Language> ofLetter(char c) {
        char u = Character.toUpperCase(c);
        for (Language l : values()) {
            if (l.letter == u) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** A language label as the Digital Library writes it in 856 $y: {@code English}, {@code Español}, {@code es}. */
    public static Optional<Language> ofLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String l = label.strip();
        for (Language lang : values()) {
            if (lang.englishName.equalsIgnoreCase(l) || lang.ownName.equalsIgnoreCase(l)) {
                return Optional.of(lang);
            }
        }
        return l.length() == 3 ? ofMarc(l) : of(l);
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
        for (Language l : VALUES) {
            if (l.name().equalsIgnoreCase(primary)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** {@link #values()} copies its array at every call. */
    private static final Language[] VALUES = values();

    private static final List<String> CODES = Arrays.stream(values()).map(Language::code).toList();

    /** The ISO 639-1 codes in official order: {@code ar zh en fr ru es de}. */
    public static List<String> codes() {
        return CODES;
    }
}
