package org.unsymbol.symbol;

/**
 * One {@code /}-separated component of a single symbol, classified by its shape alone; what it means depends on its
 * position, which {@link SingleParser} decides. {@code text} is the component with stray spaces removed.
 */
final class Component {

    enum Shape {
        /** letters only: {@code A}, {@code RES}, {@code HRC}, {@code Summary} */
        CODE,
        /** letters, a dot, an argument: {@code AC.292}, {@code L.1}, {@code Add.1}, {@code SER.B}, {@code AC.} */
        DOTTED,
        /** letters and a parenthesized number: {@code EX(12)} */
        PAREN_CODE,
        /** a session designator: {@code S-13}, {@code ES-10} */
        SESSION,
        /** digits, possibly with trailing letters: {@code 265}, {@code 217A} */
        NUMBER,
        /** a stand-in for a number: {@code xxx}, {@code ###}, {@code ...} */
        PLACEHOLDER,
        /** digits, a hyphen, digits: {@code 24-34} */
        RANGE,
        /** anything else; an error was reported */
        BAD
    }

    enum Arg { NONE, EMPTY, DIGITS, LETTERS, PLACEHOLDER, RANGE, STRAY_DOT, BAD }

    final String text;
    /** buffer range, for findings */
    final int start;
    final int end;
    Shape shape;
    /** the letters before the dot / parenthesis / hyphen, as typed */
    int codeEnd;
    Arg arg = Arg.NONE;
    /** the argument after the dot (or the digits of a NUMBER, or the inside of {@code EX(12)}) */
    String argText;
    /** letters glued after digits: the part letter of {@code 217A}, or a fused root ({@code 305S}) */
    String suffix;
    /** the dot was missing ({@code L1}) */
    boolean dotRestored;
    /** an OCR {@code l} was read as {@code 1} */
    boolean ocr;
    /** a root with a division in parentheses: {@code UNEP(DEPI)} */
    boolean division;
    private boolean looked;
    private String slashNature;
    private String dotNature;
    private Modifier.Type modifier;

    Component(String text, int start, int end) {
        this.text = text;
        this.start = start;
        this.end = end;
        classify();
    }

    /** A component whose shape the caller has already read ({@link CanonicalFastPath}): no second look at the text. */
    Component(String text, int start, int end, Shape shape, int codeEnd, Arg arg, String argText) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.shape = shape;
        this.codeEnd = codeEnd;
        this.arg = arg;
        this.argText = argText;
    }

    String code() {
        return text.substring(0, codeEnd);
    }

    boolean codeIs(String upperWord) {
        return codeEnd == upperWord.length() && Vocabulary.equalsIgnoreCase(text, 0, upperWord);
    }

    /** The nature written with a slash ({@code RES}), looked up once. */
    String slashNature() {
        if (!looked) {
            lookUp();
        }
        return slashNature;
    }

    /** The nature written with a dot ({@code L}, {@code PV}), looked up once. */
    String dotNature() {
        if (!looked) {
            lookUp();
        }
        return dotNature;
    }

    Modifier.Type modifier() {
        if (!looked) {
            lookUp();
        }
        return modifier;
    }

    private void lookUp() {
        looked = true;
        if (shape == Shape.CODE) {
            slashNature = Vocabulary.slashNature(text, 0, codeEnd);
        } else if (shape == Shape.DOTTED) {
            dotNature = Vocabulary.dotNature(text, 0, codeEnd);
        }
        if (slashNature == null && (shape == Shape.CODE || shape == Shape.DOTTED)) {
            modifier = Vocabulary.modifier(text, 0, codeEnd);
        }
    }

    /** {@code x}, {@code XX}: a placeholder written with letters. */
    boolean lettersPlaceholder() {
        if (shape != Shape.CODE || text.length() > 6) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != 'x' && text.charAt(i) != 'X') {
                return false;
            }
        }
        return true;
    }

    private void classify() {
        int n = text.length();
        if (n == 0) {
            shape = Shape.BAD;
            return;
        }
        int i = 0;
        while (i < n && (Vocabulary.isLetter(text.charAt(i))
                || text.charAt(i) == ' ' && i > 0 && i + 1 < n && Vocabulary.isLetter(text.charAt(i + 1)))) {
            i++; // letters, and single spaces between words of a compound code (TD/B/C.1/IRON ORE)
        }
        codeEnd = i;
        if (i == 0) {
            classifyNumeric();
            return;
        }
        if (i == n) {
            shape = Shape.CODE;
            return;
        }
        char c = text.charAt(i);
        if (c == '.') {
            shape = Shape.DOTTED;
            classifyArg(i + 1);
        } else if (c == '(' && text.charAt(n - 1) == ')' && n - i > 2 && allDigits(text, i + 1, n - 1)) {
            shape = Shape.PAREN_CODE;
            argText = text.substring(i + 1, n - 1);
            arg = Arg.DIGITS;
        } else if (c == '-' && i == 3 && n == 7 && upperCode(0, 3) && upperCode(4, 7)) {
            shape = Shape.CODE; // CHN-HKG: a territory's country code after its State's (CCPR/C/CHN-HKG/CO/3)
        } else if (c == '(' && text.charAt(n - 1) == ')' && division(i, n)) {
            shape = Shape.CODE; // UNEP(DEPI): a root with its division's capitals in parentheses (a root only)
            codeEnd = n;
            division = true;
        } else if (c == '(' && text.charAt(n - 1) == ')' && specialSession(text, i + 1, n - 1)) {
            shape = Shape.PAREN_CODE; // TD/B(S-XXIII)/1: the Board's twenty-third special session
            argText = text.substring(i + 1, n - 1);
            arg = Arg.DIGITS;
        } else if (c == '-' && (codeIs("S") || codeIs("ES"))) {
            shape = Shape.SESSION;
            argText = text.substring(i + 1);
            arg = argText.isEmpty() ? Arg.EMPTY : allDigits(argText, 0, argText.length()) ? Arg.DIGITS : Arg.BAD;
        } else if (Vocabulary.isDigit(c) && allDigits(text, i, n) && (Vocabulary.takesDottedNumber(text, 0, i)
                || Vocabulary.takesDottedNumber(text, text.lastIndexOf(' ', i) + 1, i))) { // MED WG 337: WG.337
            shape = Shape.DOTTED;
            dotRestored = true;
            argText = text.substring(i);
            arg = Arg.DIGITS;
        } else {
            shape = Shape.BAD;
        }
    }

    private boolean upperCode(int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) < 'A' || text.charAt(k) > 'Z') {
                return false;
            }
        }
        return true;
    }

    private void classifyNumeric() {
        int n = text.length();
        int d = 0;
        while (d < n && Vocabulary.isDigit(text.charAt(d))) {
            d++;
        }
        if (d == n) {
            shape = Shape.NUMBER;
            argText = text;
        } else if (d > 0 && allLetters(text, d, n) && n - d <= 5) {
            shape = Shape.NUMBER;
            argText = text.substring(0, d);
            suffix = text.substring(d);
        } else if (d > 0 && text.charAt(d) == '-' && d + 1 < n && allDigits(text, d + 1, n)) {
            shape = Shape.RANGE;
            argText = text;
        } else if (isPlaceholder(text, 0, n)) {
            shape = Shape.PLACEHOLDER;
            argText = text;
        } else if (d > 0 && ocrDigits(text, 0, n)) {
            shape = Shape.NUMBER;
            ocr = true;
            argText = text.replace('l', '1');
        } else {
            shape = Shape.BAD;
        }
    }

    private void classifyArg(int k) {
        int n = text.length();
        if (k == n) {
            arg = Arg.EMPTY;
            return;
        }
        int d = k;
        while (d < n && Vocabulary.isDigit(text.charAt(d))) {
            d++;
        }
        if (d == n) {
            arg = Arg.DIGITS;
            argText = text.substring(k);
        } else if (d > k && text.charAt(d) == '.' && d + 1 == n) {
            arg = Arg.STRAY_DOT;
            argText = text.substring(k, d);
        } else if (d > k && text.charAt(d) == '-' && d + 1 < n && allDigits(text, d + 1, n)) {
            arg = Arg.RANGE;
            argText = text.substring(k);
        } else if (ocrModifierNumber(text, k, n) && Vocabulary.modifier(text, 0, codeEnd) != null) {
            arg = Arg.DIGITS; // Add.I, Add.lO, Rev.1O: a modifier's number is all digits, never a part letter
            ocr = true;
            argText = ocrDigitsText(text.substring(k));
        } else if (ocrNatureNumber(text, k, n) && Vocabulary.dotNature(text, 0, codeEnd) != null) {
            arg = Arg.DIGITS; // Dec.4O: a dotted nature's number is all digits
            ocr = true;
            argText = ocrDigitsText(text.substring(k));
        } else if (d > k && allLetters(text, d, n) && n - d <= 5) {
            arg = Arg.DIGITS;
            argText = text.substring(k, d);
            suffix = text.substring(d);
        } else if (isPlaceholder(text, k, n) || allX(text, k, n)) {
            arg = Arg.PLACEHOLDER;
            argText = text.substring(k);
        } else if (ocrDigits(text, k, n)) {
            arg = Arg.DIGITS;
            ocr = true;
            argText = text.substring(k).replace('l', '1');
        } else if (d == k && allLetters(text, k, n)) {
            arg = Arg.LETTERS;
            argText = text.substring(k);
        } else {
            arg = Arg.BAD;
            argText = text.substring(k);
        }
    }

    /** {@code (DEPI)} after the root's letters {@code [0, open)}: two to six capitals in parentheses, closing the text. */
    private boolean division(int open, int n) {
        int inside = n - open - 2;
        return inside >= 2 && inside <= 6 && upperCode(0, open) && upperCode(open + 1, n - 1);
    }

    /** {@code S-XXIII}: a special session's Roman number inside a body's parentheses ({@code TD/B(S-XXIII)/1}). */
    static boolean specialSession(String text, int from, int to) {
        if (to - from < 3 || text.charAt(from) != 'S' || text.charAt(from + 1) != '-') {
            return false;
        }
        String roman = text.substring(from + 2, to);
        return Roman.isRomanLetters(roman) && Roman.value(roman) > 0;
    }

    static boolean allDigits(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Vocabulary.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return to > from;
    }

    static boolean allLetters(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Vocabulary.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return to > from;
    }

    private static boolean allX(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) != 'x' && s.charAt(i) != 'X') {
                return false;
            }
        }
        return to > from && to - from <= 6;
    }

    /** {@code ###}, {@code ...}, {@code ???}, {@code __}, {@code x#}: the writer had no number yet. */
    static boolean isPlaceholder(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            switch (s.charAt(i)) {
                case '#', '.', '?', '_', 'x', 'X', '\u2026' -> { }
                default -> { return false; }
            }
        }
        return to > from;
    }

    /**
     * A modifier's number as OCR reads it: digits with the letters that scans give for them, {@code l} and {@code I}
     * for 1 and {@code O} for 0 ({@code Add.I}, {@code Add.lO}, {@code Corr.1O}); at least one such letter, and an
     * {@code O} only beside a digit or another of them ({@code Add.O} stays a letter).
     */
    static boolean ocrModifierNumber(CharSequence s, int from, int to) {
        if (to - from > 4) {
            return false;
        }
        boolean letter = false;
        boolean one = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == 'l' || c == 'I') {
                letter = true;
                one = true;
            } else if (c == 'O') {
                letter = true;
            } else if (Vocabulary.isDigit(c)) {
                one = true;
            } else {
                return false;
            }
        }
        return letter && one;
    }

    /**
     * A dotted nature's number as OCR reads it ({@code Dec.4O}, {@code PV.1OO}): digits and then OCR's {@code O} for
     * the final zeros of a round number. Stricter than a modifier's number: no {@code I}, which a body's Roman number
     * may be ({@code TD/B/C.I}), no {@code O} between digits ({@code L.8O3} stays for the grammar to refuse), never
     * letters alone.
     */
    static boolean ocrNatureNumber(CharSequence s, int from, int to) {
        int d = from;
        while (d < to && Vocabulary.isDigit(s.charAt(d))) {
            d++;
        }
        if (d == from || d == to || to - from > 5) {
            return false;
        }
        for (int i = d; i < to; i++) {
            if (s.charAt(i) != 'O') {
                return false;
            }
        }
        return true;
    }

    /**
     * A document number after a year as OCR reads it ({@code E/1979/S1}): two to six characters of digits and the
     * letters scans give for them ({@code S} for 5, {@code O} for 0, {@code l} and {@code I} for 1), at least one of each.
     */
    static boolean ocrYearNumber(CharSequence s) {
        int n = s.length();
        if (n < 2 || n > 6) {
            return false;
        }
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == 'S' || c == 'O' || c == 'l' || c == 'I') {
                letter = true;
            } else if (Vocabulary.isDigit(c)) {
                digit = true;
            } else {
                return false;
            }
        }
        return letter && digit;
    }

    /** The digits OCR's letters stand for: {@code l} and {@code I} are 1, {@code O} is 0. */
    static String ocrDigitsText(String s) {
        return s.replace('l', '1').replace('I', '1').replace('O', '0');
    }

    /** Digits with OCR's lower-case {@code l} for {@code 1}: {@code l}, {@code 2l}, {@code l0}. */
    private static boolean ocrDigits(CharSequence s, int from, int to) {
        boolean l = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == 'l') {
                l = true;
            } else if (!Vocabulary.isDigit(c)) {
                return false;
            }
        }
        return l;
    }
}
