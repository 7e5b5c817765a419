package org.unsymbol.extract;

import java.util.List;

/**
 * Puts back symbols that text extraction from right-to-left PDF pages broke apart. In an Arabic line the logical text
 * {@code (A/61/L.56 و Add.1)} can come out as {@code (Add. و 1 A/61/L. [... ( 56}: the trailing number of the
 * symbol is moved to the far end of the line and an inherited modifier appears reversed before it.
 *
 * <p>Applied only when a written symbol ends in a dotted type without its number ({@code L.}) and its line contains
 * Arabic letters: the number is the first free-standing number later on the same line; a reversed modifier is a
 * {@code Add. و 1} group right before the symbol.
 */
final class BidiRepair {

    private static final int MAX_LINE = 240;

    private BidiRepair() {
    }

    static void repair(String s, int start, int end, StringBuilder text, List<Candidate> out, List<Notice> notices) {
        int lineEnd = end;
        boolean arabic = false;
        int n = s.length();
        while (lineEnd < n && lineEnd - end < MAX_LINE && !Chars.isLineBreak(s.charAt(lineEnd))) {
            arabic |= Chars.isArabic(s.charAt(lineEnd));
            lineEnd++;
        }
        if (!arabic) {
            return;
        }
        for (int i = end; i < lineEnd; i++) {
            if (Chars.isDigit(s.charAt(i))) {
                int d = Chars.digitsEnd(s, i);
                char before = s.charAt(i - 1);
                boolean free = Chars.isSpace(before) || before == '(' || before == '[' || Chars.isArabic(before);
                boolean ends = d >= n || !Chars.isAsciiAlnum(s.charAt(d)) && s.charAt(d) != '/' && s.charAt(d) != '.';
                if (free && ends) {
                    text.append(Chars.asciiDigits(s, i, d));
                    notices.add(new Notice(NoticeCode.BIDI_REPAIRED, "took the number " + s.substring(i, d)
                            + " of " + text + " from later on its right-to-left line", start, d));
                    reversedModifier(s, start, text.toString(), out);
                    return;
                }
                i = d;
            }
        }
    }

    /**
     * A symbol whose components came out of a right-to-left page in visual order, last first: {@code 31/2006/RES/E}
     * for {@code E/RES/2006/31} (an Arabic masthead). Read from the number before the slash at {@code slash} to the
     * end of the run, when the run starts with a number, ends with a registered root, has Arabic letters on its line
     * and its components put back in order parse as a plausible symbol.
     *
     * @return the end of the run when a candidate was added, or -1
     */
    static int visualOrder(String s, int slash, List<Candidate> out, List<Notice> notices,
                           org.unsymbol.symbol.SymbolParser parser) {
        int start = slash;
        while (start > 0 && Chars.isDigit(s.charAt(start - 1)) && s.charAt(start - 1) <= '9') {
            start--;
        }
        if (start == slash || start > 0 && !Chars.isWhite(s.charAt(start - 1)) && s.charAt(start - 1) != '(') {
            return -1;
        }
        int n = s.length();
        int end = slash;
        while (end < n && (Chars.isAsciiAlnum(s.charAt(end)) || s.charAt(end) == '/' || s.charAt(end) == '.')) {
            end++;
        }
        while (end > slash && s.charAt(end - 1) == '.') {
            end--;
        }
        if (end < n && !Chars.isWhite(s.charAt(end)) && s.charAt(end) != ')' && !Chars.isArabic(s.charAt(end))) {
            return -1;
        }
        String[] parts = s.substring(start, end).split("/", -1);
        String root = parts[parts.length - 1];
        if (parts.length < 3 || root.isEmpty() || !root.chars().allMatch(c -> c >= 'A' && c <= 'Z')
                || !parser.registry().isKnownRoot(root) || !arabicNear(s, start, end)) {
            return -1;
        }
        StringBuilder text = new StringBuilder(end - start);
        for (int i = parts.length - 1; i >= 0; i--) {
            if (parts[i].isEmpty()) {
                return -1;
            }
            text.append(parts[i]).append(i > 0 ? "/" : "");
        }
        String symbol = text.toString();
        if (parser.parse(symbol).tier() != org.unsymbol.symbol.Tier.PLAUSIBLE) {
            return -1;
        }
        out.add(new Candidate(symbol, start, end, false, ReferenceForm.WRITTEN, null, true, false));
        notices.add(new Notice(NoticeCode.BIDI_REPAIRED, "read " + s.substring(start, end) + ", printed in "
                + "right-to-left visual order, as " + symbol, start, end));
        return end;
    }

    private static boolean arabicNear(String s, int start, int end) {
        for (int i = Math.max(0, start - 40), z = Math.min(s.length(), end + 40); i < z; i++) {
            if (Chars.isArabic(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code Add. و 1 A/61/L.}: the reversed form of "A/61/L.56 و Add.1". */
    private static void reversedModifier(String s, int symbolStart, String base, List<Candidate> out) {
        int i = symbolStart;
        while (i > 0 && Chars.isSpace(s.charAt(i - 1))) {
            i--;
        }
        int digitsEnd = i;
        while (i > 0 && Chars.isDigit(s.charAt(i - 1))) {
            i--;
        }
        int digitsStart = i;
        if (digitsStart == digitsEnd) {
            return;
        }
        while (i > 0 && Chars.isSpace(s.charAt(i - 1))) {
            i--;
        }
        if (i == 0 || s.charAt(i - 1) != 'و') {
            return;
        }
        i--;
        while (i > 0 && Chars.isSpace(s.charAt(i - 1))) {
            i--;
        }
        if (i == 0 || s.charAt(i - 1) != '.') {
            return;
        }
        int dot = i - 1;
        int w = dot;
        while (w > 0 && Chars.isAsciiLetter(s.charAt(w - 1))) {
            w--;
        }
        String type = s.substring(w, dot);
        if (!type.equals("Add") && !type.equals("Corr") && !type.equals("Rev") && !type.equals("Amend")) {
            return;
        }
        String text = WrittenSymbols.attach(base, type, Chars.asciiDigits(s, digitsStart, digitsEnd));
        out.add(new Candidate(text, w, digitsEnd, false, ReferenceForm.INHERITED, null, true, true));
    }
}
