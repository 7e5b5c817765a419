package org.unsymbol.extract;

/**
 * Reads the word next to a position, skipping white space and inline markup ({@code [ ] * _ « » “ ”}) but never
 * crossing clause punctuation. A word is returned packed as {@code start << 32 | end}; -1 means there is none.
 * An abbreviation's dot ("Res.", "Dec.") is skipped when reading backwards.
 */
final class Words {

    private static final int MAX_WORD = 40;

    private Words() {
    }

    static int start(long packed) {
        return (int) (packed >>> 32);
    }

    static int end(long packed) {
        return (int) packed;
    }

    private static boolean isSoft(char c) {
        return Chars.isWhite(c) || Chars.isFormatMark(c) || c == '[' || c == ']' || c == '*' || c == '_'
                || c == '«' || c == '»' || c == '“' || c == '”' || c == '"' || c == '‘' || c == '„';
    }

    /** The word ending before {@code pos}, or -1. */
    static long before(CharSequence s, int pos) {
        int i = pos;
        int soft = 0;
        while (i > 0 && isSoft(s.charAt(i - 1)) && soft < 8) {
            i--;
            soft++;
        }
        if (i > 0 && s.charAt(i - 1) == '.') { // "Res. 2625 (XXV)"
            i--;
            if (i == 0 || !Character.isLetter(s.charAt(i - 1))) {
                return -1;
            }
        }
        int end = i;
        while (i > 0 && Chars.isWordChar(s.charAt(i - 1)) && end - i < MAX_WORD) {
            i--;
        }
        if (i > 0 && i < end && s.charAt(i - 1) == '1' && isApostrophe(s.charAt(i))
                && (i == 1 || !Chars.isComponentChar(s.charAt(i - 2)))) {
            i--; // OCR's 1 for the l of a French elision: "1'Assemblée"
        }
        return i == end ? -1 : ((long) i << 32) | end;
    }

    /** The word starting at or after {@code pos}, or -1. */
    static long after(CharSequence s, int pos) {
        int n = s.length();
        int i = pos;
        int soft = 0;
        while (i < n && isSoft(s.charAt(i)) && soft < 8) {
            i++;
            soft++;
        }
        int start = i;
        if (i + 2 < n && s.charAt(i) == '1' && isApostrophe(s.charAt(i + 1)) && Character.isLetter(s.charAt(i + 2))) {
            i++; // OCR's 1 for the l of a French elision: "de 1'Assemblée générale"
        }
        while (i < n && Chars.isWordChar(s.charAt(i)) && i - start < MAX_WORD) {
            i++;
        }
        return i == start ? -1 : ((long) start << 32) | i;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** Index of the first character at or after {@code pos} that is neither white space nor a format mark. */
    static int skipSpace(CharSequence s, int pos, int max) {
        int n = s.length();
        int i = pos;
        while (i < n && i - pos < max && (Chars.isSpace(s.charAt(i)) || Chars.isFormatMark(s.charAt(i)))) {
            i++;
        }
        return i;
    }

    static boolean startsWith(CharSequence s, int pos, String prefix) {
        if (pos < 0 || pos + prefix.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (s.charAt(pos + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Index of {@code c} within {@code max} characters from {@code from}, or -1: a bounded look-ahead. */
    static int indexOf(CharSequence s, char c, int from, int max) {
        int n = Math.min(s.length(), from + max);
        for (int i = from; i < n; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }
}
