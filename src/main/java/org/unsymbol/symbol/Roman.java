package org.unsymbol.symbol;

/** Strict Roman numerals: only the one canonical spelling of each value (no {@code IIII}, no {@code IC}). */
final class Roman {

    private static final String[] THOUSANDS = {"", "M", "MM", "MMM"};
    private static final String[] HUNDREDS = {"", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"};
    private static final String[] TENS = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
    private static final String[] UNITS = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};

    private Roman() {
    }

    static boolean isRomanLetters(CharSequence s) {
        if (s.length() == 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case 'I', 'V', 'X', 'L', 'C', 'D', 'M' -> { }
                default -> { return false; }
            }
        }
        return true;
    }

    /** The value of a canonical Roman numeral (upper case), or -1 when it is not one. */
    static int value(String s) {
        if (!isRomanLetters(s) || s.length() > 15) {
            return -1;
        }
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            int v = digit(s.charAt(i));
            int next = i + 1 < s.length() ? digit(s.charAt(i + 1)) : 0;
            total += v < next ? -v : v;
        }
        return total > 0 && total < 4000 && toRoman(total).equals(s) ? total : -1;
    }

    static String toRoman(int n) {
        return THOUSANDS[n / 1000] + HUNDREDS[n / 100 % 10] + TENS[n / 10 % 10] + UNITS[n % 10];
    }

    private static int digit(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            case 'D' -> 500;
            default -> 1000;
        };
    }
}
