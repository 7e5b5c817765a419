package org.unsymbol.extract;

/** Roman numerals, which number the General Assembly's sessions in resolutions before 1976: {@code 1514 (XV)}. */
final class Roman {

    private static final int[] VALUES = {100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] NUMERALS = {"C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private Roman() {
    }

    static String of(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < VALUES.length; i++) {
            while (n >= VALUES[i]) {
                sb.append(NUMERALS[i]);
                n -= VALUES[i];
            }
        }
        return sb.toString();
    }

    /** The value of a well-formed numeral up to 399 written in canonical form, or -1. */
    static int parse(CharSequence s, int from, int to) {
        if (to <= from || to - from > 12) {
            return -1;
        }
        String text = s.subSequence(from, to).toString();
        int value = 0;
        int i = 0;
        for (int k = 0; k < VALUES.length; k++) {
            int repeats = 0;
            while (text.startsWith(NUMERALS[k], i) && repeats < 3) {
                value += VALUES[k];
                i += NUMERALS[k].length();
                repeats++;
                if (NUMERALS[k].length() == 2 || VALUES[k] == 5 || VALUES[k] == 50) {
                    break;
                }
            }
        }
        return i == text.length() && value > 0 && of(value).equals(text) ? value : -1;
    }

    static boolean isNumeralChar(char c) {
        return c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C';
    }
}
