package org.unsymbol.platform.input;

/**
 * What PostgreSQL {@code text} can hold: any Unicode text except U+0000 (a C string ends there, so the server refuses
 * it with SQLSTATE 22021) and an unpaired surrogate (which has no UTF-8 form). Every value that a request hands to the
 * database is checked here first, so that such a value is a 400 that names it rather than a 500 from the driver.
 */
public final class StorableText {

    private StorableText() {
    }

    /** The index of the first character that cannot be stored, or -1 when all can. */
    public static int firstUnstorable(CharSequence s) {
        if (s == null) {
            return -1;
        }
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == 0) {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** How the first bad character is named in a message: {@code U+0000 at offset 3}. */
    public static String describe(CharSequence s, int at) {
        return String.format("U+%04X at offset %d", (int) s.charAt(at), at);
    }
}
