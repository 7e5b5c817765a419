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
    /** This language as the Optional the parsing methods answer: made once, not per call. */
    private final Optional<Language> self = Optional.of(this);
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
        // read in place (this runs for every resolve and clickable link): the bounds of the stripped tag, then of
        // its primary subtag, compared letter by letter as equalsIgnoreCase would
        int start = 0;
        int end = tag.length();
        while (start < end && Character.isWhitespace(tag.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(tag.charAt(end - 1))) {
            end--;
        }
        int dash = indexIn(tag, '-', start, end);
        if (dash < 0) {
            dash = indexIn(tag, '_', start, end);
        }
        int primaryEnd = dash >= 0 ? dash : end;
        if (primaryEnd - start != 2) {
            return Optional.empty();
        }
        char a = tag.charAt(start);
        char b = tag.charAt(start + 1);
        for (Language l : VALUES) {
            String name = l.name();
            if (sameLetter(a, name.charAt(0)) && sameLetter(b, name.charAt(1))) {
                return l.self;
            }
        }
        return Optional.empty();
    }

    private static int indexIn(String s, char c, int from, int to) {
        int i = s.indexOf(c, from);
        return i < to ? i : -1;
    }

    /** {@code c} and an upper-case ASCII letter, compared as {@link String#equalsIgnoreCase} compares chars. */
    private static boolean sameLetter(char c, char upper) {
        if (c == upper || c == (char) (upper | 0x20)) {
            return true;
        }
        char u = Character.toUpperCase(c);
        return u == upper || Character.toLowerCase(u) == Character.toLowerCase(upper);
    }

    /** {@link #values()} copies its array at every call. */
    private static final Language[] VALUES = values();

    private static final List<String> CODES = Arrays.stream(values()).map(Language::code).toList();

    /** The ISO 639-1 codes in official order: {@code ar zh en fr ru es de}. */
    public static List<String> codes() {
        return CODES;
    }
}
