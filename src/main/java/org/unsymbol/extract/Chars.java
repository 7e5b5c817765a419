package org.unsymbol.extract;

import org.unsymbol.symbol.Homoglyphs;

/** Character classes of the scanner. Digits include Arabic-Indic, Persian and full-width forms. */
final class Chars {

    private Chars() {
    }

    static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /**
     * The Latin capital that a Cyrillic or Greek capital looks like ({@code А} U+0410 gives {@code A}), or 0: the
     * grammar's one lookalike table ({@link Homoglyphs}), capitals only, for the scanner's decisions (is this a
     * Latin-shaped root? does the joined form parse?). The text is handed to the parser as written, which folds it.
     */
    static char latinLookalike(char c) {
        char l = Homoglyphs.toLatin(c);
        return l != c && l >= 'A' && l <= 'Z' && Character.isUpperCase(c) ? l : 0;
    }

    /** An upper-case letter of a symbol root: ASCII, or a Cyrillic or Greek capital that looks like one. */
    static boolean isRootLetter(char c) {
        return isUpper(c) || c >= '\u0391' && latinLookalike(c) != 0;
    }

    /** A letter of a symbol component: ASCII, or a Cyrillic or Greek capital lookalike ({@code CRC/C/СAF/2}). */
    static boolean isSymbolLetter(char c) {
        return isAsciiLetter(c) || c >= '\u0391' && latinLookalike(c) != 0;
    }

    /** The text with every Cyrillic or Greek capital lookalike as its Latin letter, and white space removed. */
    static String foldLookalikes(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char l = c >= '\u0391' ? latinLookalike(c) : 0;
            if (!isWhite(c)) {
                sb.append(l != 0 ? l : c);
            }
        }
        return sb.toString();
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** The value of a decimal digit in any of the scripts UN texts use, or -1. */
    static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return c - '\u0660';
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return c - '\u06F0';
        }
        if (c >= '\uFF10' && c <= '\uFF19') {
            return c - '\uFF10';
        }
        return -1;
    }

    static boolean isDigit(char c) {
        // below U+0660 only the ASCII digits: one range test for the letters, spaces and marks of most texts
        return c < '\u0660' ? c >= '0' && c <= '9' : digit(c) >= 0;
    }

    /**
     * The first anchor of the extractor at or after {@code i} in {@code a[0..n)}: a slash or a digit of any script
     * ({@link #isDigit}); {@code n} when there is none. The extractor stops only there, so this small loop reads every
     * character of a text once and the rest of the extraction runs once per anchor: a loop of its own compiles early
     * and tightly (the slash, U+002F, and the ASCII digits, U+0030-U+0039, are one range of eleven).
     */
    static int nextAnchor(char[] a, int i, int n) {
        for (; i < n; i++) {
            char c = a[i];
            if ((char) (c - '/') <= 10 || c >= '\u0660' && digit(c) >= 0) {
                return i;
            }
        }
        return n;
    }

    static boolean isAsciiAlnum(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }

    /** Characters inside a symbol component: ASCII letters (and their Cyrillic/Greek capital lookalikes), digits of any script. */
    static boolean isComponentChar(char c) {
        return isSymbolLetter(c) || isDigit(c);
    }

    /**
     * True when {@code c} glues what follows to a larger token: a symbol preceded by it is part of a path, a word
     * or an identifier ({@code undocs.org/A/78/265}, {@code x-A/1}), not a citation of its own. CJK and Arabic letters
     * do not glue: those scripts write symbols without spaces around them.
     */
    static boolean gluesToken(char c) {
        if (isAsciiAlnum(c) || isDigit(c)) {
            return true;
        }
        switch (c) {
            case '/': case '.': case '_': case '-': case '@': case '\\': case ':': case '=': case '&': case '?':
            case '#': case '%': case '~': case '+': case '$':
                return true;
            default:
                return c >= '\u00C0' && c <= '\u024F' || c >= '\u0400' && c <= '\u04FF'; // Latin and Cyrillic letters
        }
    }

    /** Horizontal white space, including the no-break and narrow spaces of typeset text. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007'
                || c == '\u3000';
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    static boolean isWhite(char c) {
        return isSpace(c) || isLineBreak(c);
    }

    /** Invisible bidi and joiner marks that PDF and word-processor exports leave around symbols. */
    static boolean isFormatMark(char c) {
        return c == '\u200E' || c == '\u200F' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2066'
                || c == '\u2067' || c == '\u2068' || c == '\u2069' || c == '\u202A' || c == '\u202B'
                || c == '\u202C' || c == '\u061C' || c == '\uFEFF';
    }

    /**
     * A dash between two numbers or symbols: the hyphen-minus, the Unicode hyphens, figure dash, en and em dashes, and
     * the minus sign U+2212 that word processors (Russian ones above all) write for a range ("Add.1−7").
     */
    static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2010' || c == '\u2011' || c == '\u2012'
                || c == '\u2212';
    }

    static boolean isArabic(char c) {
        return c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F' || c >= '\uFB50' && c <= '\uFDFF'
                || c >= '\uFE70' && c <= '\uFEFF';
    }

    static boolean isCjk(char c) {
        return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF' || c >= '\u3000' && c <= '\u303F'
                || c >= '\uFF00' && c <= '\uFFEF';
    }

    static boolean isCyrillic(char c) {
        return c >= '\u0400' && c <= '\u04FF';
    }

    /** A letter of a word for the keyword lexicon: any letter, the apostrophes of French elision, Arabic marks. */
    static boolean isWordChar(char c) {
        if (c < 0x80) { // the common case, without Character's tables: the only ASCII letters are A-Z and a-z
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\'';
        }
        return Character.isLetter(c) || c == '\'' || c == '\u2019' || c >= '\u064B' && c <= '\u065F' || c == '\u0640';
    }

    /** Parses a run of digits of any script; -1 when empty or longer than 9 digits. */
    static int number(CharSequence s, int from, int to) {
        if (to <= from || to - from > 9) {
            return -1;
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            int d = digit(s.charAt(i));
            if (d < 0) {
                return -1;
            }
            n = n * 10 + d;
        }
        return n;
    }

    /** End of the run of digits starting at {@code i}. */
    static int digitsEnd(CharSequence s, int i) {
        int n = s.length();
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The text with digits of every script as ASCII digits. */
    static String asciiDigits(CharSequence s, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            int d = digit(c);
            sb.append(d >= 0 ? (char) ('0' + d) : c);
        }
        return sb.toString();
    }
}
