package org.unsymbol.symbol;

/**
 * A trailing parenthetical of a single symbol (symbol-rules.md §1.6, §8): a resolution's {@code (2023)} or Roman
 * session {@code (XV)}, {@code (S-VI)}, {@code (ES-V)}, {@code (ORG-75)}; {@code (Resumption1)}, {@code (PartI)},
 * {@code (Vol.I)}. Inner spaces are insignificant and removed.
 *
 * @param value the year, or the value of a plain Roman session; 0 otherwise
 */
record Parenthetical(Kind kind, String text, int value, int start, int end) {

    enum Kind {
        YEAR, SESSION, RESUMPTION, PART, VOLUME,
        /**
         * ECLAC's meeting and document number glued to the symbol: {@code LC/L.4068(CEA.8/3)} is document 3 of the
         * eighth meeting of the Statistical Conference of the Americas (CEA), {@code LC/G.2602(SES.35/13)} of the
         * thirty-fifth session; the Digital Library keeps the parenthetical in the symbol.
         */
        MEETING,
        /** A part letter in parentheses after the number or a modifier: {@code ICCD/COP(3)/5/Add.1(A)}. */
        LETTER;

        /**
         * The printed masthead form puts a space before a resolution's year or session and a volume, none before
         * {@code (Resumption1)} and {@code (PartI)} (UNBIS form, symbol-rules.md §1.5-1.6).
         */
        boolean spaced() {
            return this == YEAR || this == SESSION || this == VOLUME;
        }
    }

    /** Classifies the inside of a parenthetical (spaces already removed); null after reporting an error. */
    static Parenthetical of(String inner, int start, int end, Findings findings) {
        String up = inner.toUpperCase(java.util.Locale.ROOT);
        int n = up.length();
        if (n == 4 && Component.allDigits(up, 0, 4)) {
            return new Parenthetical(Kind.YEAR, up, Integer.parseInt(up), start, end);
        }
        if (n == 1 && up.charAt(0) >= 'A' && up.charAt(0) <= 'Z' && "IVX".indexOf(up.charAt(0)) < 0) {
            // a lone C, D, L or M is no session of any body (they number 100, 500, 50, 1000): the part letter
            return new Parenthetical(Kind.LETTER, up, 0, start, end);
        }
        if (meeting(up)) {
            return new Parenthetical(Kind.MEETING, up, 0, start, end);
        }
        if (Roman.isRomanLetters(up)) {
            int v = Roman.value(up);
            if (v < 0) {
                findings.add(FindingCode.INVALID_ROMAN_NUMERAL, "'" + inner + "' is not a valid Roman numeral.",
                        start, end);
                return null;
            }
            return new Parenthetical(Kind.SESSION, up, v, start, end);
        }
        for (String prefix : new String[] {"S-", "ES-"}) {
            if (up.startsWith(prefix) && Roman.isRomanLetters(up.substring(prefix.length()))) {
                if (Roman.value(up.substring(prefix.length())) < 0) {
                    findings.add(FindingCode.INVALID_ROMAN_NUMERAL, "'" + inner.substring(prefix.length())
                            + "' is not a valid Roman numeral.", start, end);
                    return null;
                }
                return new Parenthetical(Kind.SESSION, up, 0, start, end);
            }
        }
        if (up.startsWith("ORG-") && Component.allDigits(up, 4, n)) {
            return new Parenthetical(Kind.SESSION, up, 0, start, end);
        }
        if (up.startsWith("RESUMPTION") && Component.allDigits(up, 10, n)) {
            return new Parenthetical(Kind.RESUMPTION, "Resumption" + up.substring(10), 0, start, end);
        }
        if (up.startsWith("PART") && ordinal(up, 4)) {
            return new Parenthetical(Kind.PART, "Part" + up.substring(4), 0, start, end);
        }
        int vol = up.startsWith("VOL.") ? 4 : up.startsWith("VOL") ? 3 : -1;
        if (vol > 0 && ordinal(up, vol)) {
            return new Parenthetical(Kind.VOLUME, "Vol." + up.substring(vol), 0, start, end);
        }
        findings.add(FindingCode.UNKNOWN_PARENTHETICAL, "'(" + inner + ")' is not a parenthetical of UN symbols "
                + "(a year, a Roman session, Resumption n, Part n, Vol. n, a part letter or a meeting such as CEA.8/3).",
                start, end);
        return null;
    }

    /** {@code CEA.8/3}: two to five capitals, a dot, a meeting number, a slash and a document number. */
    static boolean meeting(String up) {
        int n = up.length();
        int i = 0;
        while (i < n && up.charAt(i) >= 'A' && up.charAt(i) <= 'Z') {
            i++;
        }
        if (i < 2 || i > 5 || i >= n || up.charAt(i) != '.') {
            return false;
        }
        int slash = up.indexOf('/', i + 1);
        return slash > i + 1 && slash < n - 1 && Component.allDigits(up, i + 1, slash)
                && Component.allDigits(up, slash + 1, n) && slash - i <= 4 && n - slash <= 5;
    }

    private static boolean ordinal(String up, int from) {
        String rest = up.substring(from);
        return Component.allDigits(rest, 0, rest.length()) || Roman.value(rest) > 0;
    }

    /** As printed in canonical form, with the space before it when the construct takes one. */
    void appendTo(StringBuilder sb) {
        if (kind.spaced()) {
            sb.append(' ');
        }
        sb.append('(').append(text).append(')');
    }
}
