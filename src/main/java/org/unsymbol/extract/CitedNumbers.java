package org.unsymbol.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.unsymbol.extract.Lexicon.Word;
import org.unsymbol.symbol.SymbolKind;

/**
 * Resolutions and decisions cited by number: "resolution 75/240", "résolutions 66/53, 66/54 et 66/58",
 * "Security Council resolution 1244 (1999)", "第2231(2015)号决议", "القرار 2334 (2016)", "٢ (د - ١)".
 *
 * <p>A number is a citation only when a keyword names it (before it, possibly across organ words: "decisiones de la
 * Asamblea 77/512"; or after it in Chinese: 号决议). The organ comes from the words around the citation and from the
 * shape of the number: {@code (2023)} is the Security Council, {@code 75/240} and {@code (XV)} the General Assembly
 * by default, {@code 1990/47} only with a named organ (ECOSOC, the Commission on Human Rights). A citation whose organ
 * cannot be mapped to a symbol series is not reported: the extractor does not invent references.
 *
 * <p>A list goes on over the separators of the six languages and over what each item carries (its part letters
 * "A and B", "A to D", "ألف وباء"; its date "of 15 October 1999", "от 8 сентября 2000 года", "المؤرخ 6 آب/أغسطس
 * 1990"; its quoted title; in Chinese the date before it and a repeated 第 or 号), each bounded, and stops at anything
 * else. Dates are never cited numbers.
 */
final class CitedNumbers {

    /** The organs whose resolutions and decisions map to a symbol series. */
    enum Organ {
        GENERAL_ASSEMBLY, SECURITY_COUNCIL, ECOSOC, HUMAN_RIGHTS_COUNCIL, HUMAN_RIGHTS_COMMISSION,
        /** The UN Environment Assembly: resolution 4/22 is {@code UNEP/EA.4/Res.22}. */ ENVIRONMENT_ASSEMBLY,
        /** The UN Interim Administration Mission in Kosovo: regulation 1999/1 is {@code UNMIK/REG/1999/1}. */ UNMIK,
        COUNCIL, OTHER, NONE
    }

    /** Abjad order of the Arabic letter names that mark the parts of a composite resolution (صاد = R). */
    private static final String[] ABJAD = {"ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء", "طاء", "ياء",
        "كاف", "لام", "ميم", "نون", "سين", "عين", "فاء", "صاد", "قاف", "راء", "شين", "تاء", "ثاء", "خاء", "ذال", "ضاد"};

    private static final int MAX_INNER_WORDS = 8;
    private static final int MAX_ITEMS = 500;
    /** Part letters of one number: the alphabet. */
    private static final int MAX_LETTERS = 26;
    /** Dates and titles that one list item may carry before the next separator. */
    private static final int MAX_ATTRIBUTES = 3;
    /** The longest quoted title a list item may carry: "70/1, “Transformar nuestro mundo: …”, y 69/313". */
    private static final int MAX_TITLE = 300;
    /** The longest bracketed note between list items: "[page 12]", "[…]". */
    private static final int MAX_NOTE = 24;
    /** How far a Chinese list may run before its keyword: "第986(1995)号、…和1999年12月3日第1280(1999)号决议". */
    private static final int MAX_CHINESE_LIST = 600;
    private static final int LATIN = 1;
    private static final int CYRILLIC = 2;
    private static final int ARABIC = 3;
    private static final int FIRST = 0;
    private static final int AFTER_SEPARATOR = 1;
    private static final int GLUED_WAW = 2;
    /** Cyrillic capitals that Russian texts type for the Latin part letters they look like: "58/291 А и В". */
    private static final String CYRILLIC_HOMOGLYPHS = "АВСЕНКМОРТХ";
    private static final String CYRILLIC_AS_LATIN = "ABCEHKMOPTX";

    private CitedNumbers() {
    }

    /** A cited number: {@code 75/240}, {@code S-10/2}, {@code 1514 (XV)}, {@code 2719 (2023)}, {@code 68/247 B}. */
    static final class Num {
        int start;
        int end;
        String session;      // "75", "S-10", "ES-10"; null for a plain number
        int sessionValue = -1;
        String number;
        String paren;        // "2023", "XV", "S-VII"; null when absent
        boolean parenYear;
        /** The year was read off a full date in the parentheses ("1510 (13 de octubre de 2003)"), not written alone. */
        boolean dateYear;
        /** Part letters A..Z in order of the text: "68/247 B", "58/291 A and B", "3419 A to D (XXX)". */
        int letterCount;
        char[] letters;
        int[] letterStart;
        int[] letterEnd;
        /** False for the letters a range implies ("B", "C" of "A to D"): they share the upper bound's span. */
        boolean[] letterLinkable;

        void addLetter(int index, int start, int end, boolean linkable) {
            if (letters == null) {
                letters = new char[MAX_LETTERS];
                letterStart = new int[MAX_LETTERS];
                letterEnd = new int[MAX_LETTERS];
                letterLinkable = new boolean[MAX_LETTERS];
            }
            if (letterCount < MAX_LETTERS) {
                letters[letterCount] = (char) ('A' + index);
                letterStart[letterCount] = start;
                letterEnd[letterCount] = end;
                letterLinkable[letterCount] = linkable;
                letterCount++;
            }
        }

        boolean bare() {
            return session == null && paren == null;
        }
    }

    /** The keyword and organ of a citation. */
    record Context(Word kind, Organ organ) {
    }

    /**
     * Tries a citation whose number starts at {@code i} (a digit, or the S of {@code S-10/2}).
     *
     * @return the end of what was consumed, or -1 when there is no citation here
     */
    static int recognize(CharSequence s, int i, List<Candidate> out) {
        return recognize(s, i, null, out);
    }

    /** As {@link #recognize(CharSequence, int, List)}, deciding the organ with the scope of the extraction. */
    static int recognize(CharSequence s, int i, OrganScope scope, List<Candidate> out) {
        return recognize(s, i, scope, out, true);
    }

    /**
     * As above; {@code chineseMarkAhead} false says that no 号 or 號 follows {@code i} anywhere in the text, so that no
     * Chinese keyword can follow the number: then a number whose first word before it cannot open a citation
     * ({@link #mayFollowCitationWord}) is passed over before it is parsed, as {@link #context} would reject it. Most
     * numbers of a text (dates, paragraphs, quantities) are passed over so, without allocating.
     */
    static int recognize(CharSequence s, int i, OrganScope scope, List<Candidate> out, boolean chineseMarkAhead) {
        if (!chineseMarkAhead && !mayFollowCitationWord(s, i)) {
            return -1;
        }
        Num first = parseNumber(s, i);
        if (first == null) {
            return -1;
        }
        Context ctx = context(s, first, scope);
        if (ctx == null || heading(s, first) || chineseHeading(s, first)) {
            return -1;
        }
        if (first.bare() && ctx.organ() == Organ.GENERAL_ASSEMBLY && chineseKeywordAfter(s, first.end) != null) {
            int session = chineseAssemblySession(s, first.start);
            if (session > 0) {
                first.paren = Roman.of(session); // "第二十六届联合国大会…通过了第2758号决议": 2758 (XXVI)
            }
        }
        String series = series(ctx, first);
        if (series == null) {
            return -1;
        }
        emit(s, ctx, series, first, out);
        return continueList(s, first, ctx, out);
    }

    /**
     * A report's heading of its own resolution or decision, not a citation: the capitalised keyword right before a
     * session/number, then a period and the capitalised title ("Resolution 38/1. Integration of women in the Middle
     * East peace process", "A. Resolutions 3/1. Human rights situation ..."), or where a line starts, the title right
     * after the number ("Resolution 67/1 Ulaanbaatar Declaration"). A citation that ends a sentence has the keyword in
     * lower case ("... in its resolution 60/251. The Council").
     */
    static boolean heading(CharSequence s, Num num) {
        int n = s.length();
        int e = num.end;
        if (num.session == null || num.paren != null || num.letterCount > 0 || e + 3 >= n) {
            return false;
        }
        boolean period = s.charAt(e) == '.' && s.charAt(e + 1) == ' ' && Character.isUpperCase(s.charAt(e + 2));
        boolean title = s.charAt(e) == ' ' && Character.isUpperCase(s.charAt(e + 1))
                && Character.isLowerCase(s.charAt(e + 2));
        if (!period && !title) {
            return false;
        }
        long w = Words.before(s, num.start);
        if (w < 0 || Words.end(w) + 1 != num.start || !Character.isUpperCase(s.charAt(Words.start(w)))) {
            return false;
        }
        if (!period) { // "Resolution 67/1 Ulaanbaatar Declaration: ...": without its period only where a line starts
            int b = Words.start(w);
            while (b > 0 && Chars.isSpace(s.charAt(b - 1))) {
                b--;
            }
            long next = Words.after(s, e);
            if (b > 0 && !Chars.isLineBreak(s.charAt(b - 1))
                    || next >= 0 && isOrganWord(Lexicon.classify(s, Words.start(next), Words.end(next)))) {
                return false; // "Резолюция 53/15 Генеральной Ассамблеи": a title naming the organ names the document
            }
        }
        Word cls = Lexicon.classify(s, Words.start(w), Words.end(w));
        return cls == Word.RESOLUTION || cls == Word.DECISION;
    }

    /**
     * A Chinese resolution's own heading, not a citation: 第2734(2024)号决议 alone on its line, and the next line saying
     * where it was adopted ("2024年6月10日安全理事会第9649次会议通过"), as every Chinese resolution opens.
     */
    static boolean chineseHeading(CharSequence s, Num num) {
        int n = s.length();
        int b = num.start > 0 && s.charAt(num.start - 1) == '第' ? num.start - 1 : num.start;
        while (b > 0 && Chars.isSpace(s.charAt(b - 1))) {
            b--;
        }
        if (b > 0 && !Chars.isLineBreak(s.charAt(b - 1))) {
            return false;
        }
        int e = pastParenthesizedYear(s, Words.skipSpace(s, num.end, 2), 5);
        if (e < 0 || e >= n || !isHao(s.charAt(e)) || chineseKind(s, e + 1) != Word.RESOLUTION) {
            return false;
        }
        e = Words.skipSpace(s, e + 3, 4);
        if (e >= n || !Chars.isLineBreak(s.charAt(e))) {
            return false;
        }
        int line = e + 1;
        int lineEnd = line;
        while (lineEnd < n && lineEnd - line < 60 && !Chars.isLineBreak(s.charAt(lineEnd))) {
            lineEnd++;
        }
        String next = s.subSequence(line, lineEnd).toString();
        return next.contains("会议通过") || next.contains("會議通過");
    }

    // ---------------------------------------------------------------------------------------------------- numbers

    static Num parseNumber(CharSequence s, int i) {
        int n = s.length();
        int k = i;
        String prefix = "";
        if (k + 2 < n && s.charAt(k) == 'E' && s.charAt(k + 1) == 'S' && Chars.isDash(s.charAt(k + 2))) {
            prefix = "ES-";
            k += 3;
        } else if (k + 1 < n && s.charAt(k) == 'S' && Chars.isDash(s.charAt(k + 1))) {
            prefix = "S-";
            k += 2;
        }
        int d1 = Chars.digitsEnd(s, k);
        if (d1 == k || d1 - k > 5) {
            return null;
        }
        Num r = new Num();
        r.start = i;
        int e;
        int slash = slashAt(s, d1);
        if (slash >= 0) {
            int q = digitsAfterSlash(s, slash); // "40 / 152": Arabic typesetting spaces the slash
            int d2 = Chars.digitsEnd(s, q);
            if (d2 == q || d2 - q > 5) {
                return null;
            }
            if (d2 < n) {
                char c = s.charAt(d2);
                if (c == '/' || c == '／' || Chars.isAsciiLetter(c) && !gluedChineseLetter(s, d2) || c == '_'
                        || slashAt(s, d2) >= 0
                        || (c == '.' || c == ',' || Chars.isDash(c) || c == ':') && d2 + 1 < n
                        && Chars.isDigit(s.charAt(d2 + 1))) {
                    return null; // a date 12/05/2024, a path, a decimal, a range of years
                }
            }
            r.session = prefix + Chars.asciiDigits(s, k, d1);
            r.sessionValue = Chars.number(s, k, d1);
            r.number = Chars.asciiDigits(s, q, d2);
            e = d2;
        } else {
            if (!prefix.isEmpty()) {
                return null;
            }
            if (d1 < n) {
                char c = s.charAt(d1);
                if (Chars.isAsciiLetter(c) && !gluedPartLetter(s, d1) && !gluedChineseLetter(s, d1)
                        || (c == '.' || c == ',' || c == ':') && d1 + 1 < n && Chars.isDigit(s.charAt(d1 + 1))) {
                    return null;
                }
                int u = Words.skipSpace(s, d1, 1);
                char unit = u < n ? s.charAt(u) : c;
                if (unit == '年' || unit == '月' || unit == '日') {
                    return null; // 2000年, 2000 年 9 月: a Chinese date
                }
            }
            if (Months.monthFollows(s, d1)) {
                return null; // a day, "15 October", "8 de septiembre", "6 آب/أغسطس": never a resolution
            }
            r.number = Chars.asciiDigits(s, k, d1);
            e = d1;
        }
        e = parseLetters(s, e, r, true);
        e = parseParen(s, e, r);
        if (r.letterCount == 0) {
            e = parseLetters(s, e, r, false); // "2200 (XXI) ألف": an Arabic letter may follow the session
        }
        r.end = e;
        return r;
    }

    /**
     * The slash of {@code 75/240} right after the digits, or of {@code 40 / 152}, {@code 40 /152}, {@code 40/ 152}
     * with one space on either side as Arabic typesetting leaves it; else -1.
     */
    private static int slashAt(CharSequence s, int d) {
        int n = s.length();
        int p = d < n && Chars.isSpace(s.charAt(d)) ? d + 1 : d;
        if (p < n && (s.charAt(p) == '/' || s.charAt(p) == '／')
                && (p == d || digitsAfterSlash(s, p) > p + 1 || p + 1 < n && Chars.isDigit(s.charAt(p + 1)))) {
            return p;
        }
        return -1;
    }

    /** Where the digits after the slash at {@code p} begin: right after it, or after one space. */
    private static int digitsAfterSlash(CharSequence s, int p) {
        int q = p + 1;
        return q + 1 < s.length() && Chars.isSpace(s.charAt(q)) && Chars.isDigit(s.charAt(q + 1)) ? q + 1 : q;
    }

    /** The closing parenthesis, half- or full-width ({@code （2014)} mixes them), within 16 characters; or -1. */
    private static int closeParen(CharSequence s, int from, int within) {
        int n = Math.min(s.length(), from + within);
        for (int i = from; i < n; i++) {
            char c = s.charAt(i);
            if (c == ')' || c == '）') {
                return i;
            }
        }
        return -1;
    }

    /**
     * The part letters after a number, each a reference of its own: {@code 68/247 B}, {@code 58/291 A and B},
     * {@code 47/20 A, B y C}, {@code 3419 A to D (XXX)}, {@code 31/406 A-E}, {@code 58/291 А и В} (Cyrillic capitals
     * typed for the Latin ones), {@code 58/291 ألف وباء}, {@code 40 / 152 سين} (the Arabic letter names in the
     * abjad order). A range implies the letters between its ends. Never the root of a next symbol.
     *
     * @param latin false after a parenthetical, where only an Arabic letter name may follow: "2200 (XXI) ألف"
     */
    /**
     * A part letter glued between the number and its Roman session, as printed in running text: {@code 377A(V)}
     * ("resolution 377A(V) “Uniting for peace”"), {@code 2200A (XXI)}.
     */
    private static boolean gluedPartLetter(CharSequence s, int at) {
        int n = s.length();
        if (at + 3 >= n || !Chars.isUpper(s.charAt(at))) {
            return false;
        }
        int open = s.charAt(at + 1) == ' ' ? at + 2 : at + 1;
        int close = open + 1;
        while (close < n && close - open <= 8 && Roman.isNumeralChar(s.charAt(close))) {
            close++;
        }
        return open < n && s.charAt(open) == '(' && close > open + 1 && close < n && s.charAt(close) == ')';
    }

    private static int parseLetters(CharSequence s, int e, Num r, boolean latin) {
        int n = s.length();
        if (latin && e < n && gluedPartLetter(s, e)) {
            r.addLetter(s.charAt(e) - 'A', e, e + 1, true);
            return e + 1;
        }
        int p = Words.skipSpace(s, e, 2);
        if (p == e && latin && gluedChineseLetter(s, e)) {
            r.addLetter(s.charAt(e) - 'A', e, e + 1, true); // 第41/6J号: the part letter glued before 号
            return e + 1;
        }
        if (p == e || p >= n) {
            return e;
        }
        long first = letterAt(s, p, FIRST);
        if (first < 0 || !latin && script(first) != ARABIC) {
            return e;
        }
        boolean arabic = script(first) == ARABIC;
        r.addLetter(index(first), p, end(first), true);
        int end = end(first);
        int last = index(first);
        while (r.letterCount < MAX_LETTERS) {
            int q = Words.skipSpace(s, end, 3);
            boolean range = false;
            int mode = AFTER_SEPARATOR;
            int sep = separatorEnd(s, q, false);
            if (sep >= 0) {
                q = sep;
            } else {
                int to = rangeEnd(s, q);
                if (to >= 0) {
                    q = to;
                    range = true;
                } else if (arabic) {
                    mode = GLUED_WAW; // an Arabic letter may carry its conjunction: "ألف وباء"
                } else {
                    break;
                }
            }
            long next = letterAt(s, q, mode);
            if (next < 0 || (script(next) == ARABIC) != arabic) {
                break;
            }
            int k = index(next);
            if (range) {
                if (k <= last || k - last > MAX_LETTERS) {
                    break;
                }
                for (int between = last + 1; between < k; between++) {
                    r.addLetter(between, q, end(next), false);
                }
            } else if (k == last) {
                break;
            }
            r.addLetter(k, q, end(next), true);
            end = end(next);
            last = k;
        }
        return end;
    }

    /** A capital letter glued to the number and followed by 号/號: "第41/6J号", "第42/39K號"; never "第41/6号". */
    private static boolean gluedChineseLetter(CharSequence s, int e) {
        int n = s.length();
        if (e + 1 >= n || s.charAt(e) < 'A' || s.charAt(e) > 'Z') {
            return false;
        }
        int k = Words.skipSpace(s, e + 1, 1);
        return k < n && (s.charAt(k) == '号' || s.charAt(k) == '號');
    }

    private static int script(long letter) {
        return (int) (letter >>> 40);
    }

    private static int index(long letter) {
        return (int) (letter >>> 32) & 0xFF;
    }

    private static int end(long letter) {
        return (int) letter;
    }

    /**
     * A part letter at {@code p}: a Latin capital, a Cyrillic capital that looks like one, or an Arabic letter name;
     * packed as script, index (0 = A) and end; or -1. A capital glued to a letter, digit, slash or dotted code is a
     * word or a symbol, not a part letter.
     *
     * @param mode {@link #FIRST}, {@link #AFTER_SEPARATOR}, or {@link #GLUED_WAW} when an Arabic letter must carry
     *             the conjunction و ("ألف وباء")
     */
    private static long letterAt(CharSequence s, int p, int mode) {
        int n = s.length();
        if (p >= n) {
            return -1;
        }
        char c = s.charAt(p);
        int script;
        int index;
        int homoglyph = CYRILLIC_HOMOGLYPHS.indexOf(c);
        if (Chars.isUpper(c)) {
            script = LATIN;
            index = c - 'A';
        } else if (homoglyph >= 0) {
            script = CYRILLIC;
            index = CYRILLIC_AS_LATIN.charAt(homoglyph) - 'A';
        } else if (Chars.isArabic(c)) {
            return arabicLetterAt(s, p, mode);
        } else {
            return -1;
        }
        if (mode == GLUED_WAW) {
            return -1;
        }
        int le = p + 1;
        if (le < n) {
            char d = s.charAt(le);
            if (Chars.isDigit(d) || d == '/' || Character.isLetter(d) && !Chars.isCjk(d)
                    || d == '.' && le + 1 < n && Chars.isAsciiAlnum(s.charAt(le + 1))) {
                return -1;
            }
        }
        if (script == CYRILLIC && !endsCyrillicLetter(s, le)) {
            return -1;
        }
        return (long) script << 40 | (long) index << 32 | le;
    }

    /**
     * A Cyrillic capital alone is also a word ("В связи с", "С удовлетворением"): it is a part letter only before
     * punctuation, a parenthetical, a list word ("и", "до") or a date ("от 8 сентября").
     */
    private static boolean endsCyrillicLetter(CharSequence s, int le) {
        int q = Words.skipSpace(s, le, 2);
        if (q >= s.length() || !Character.isLetter(s.charAt(q))) {
            return true;
        }
        long w = Words.after(s, q);
        if (w < 0 || Words.start(w) != q) {
            return true;
        }
        Word cls = Lexicon.classify(s, q, Words.end(w));
        return cls == Word.CONJUNCTION || cls == Word.RANGE_TO || Lexicon.isDateIntro(s, q, Words.end(w));
    }

    private static long arabicLetterAt(CharSequence s, int p, int mode) {
        long w = Words.after(s, p);
        if (w < 0 || Words.start(w) != p) {
            return -1;
        }
        String word = Lexicon.foldArabic(s.subSequence(p, Words.end(w)).toString());
        int k = mode == GLUED_WAW ? -1 : abjad(word);
        if (k < 0 && mode != FIRST && word.length() > 3 && word.charAt(0) == 'و') {
            k = abjad(word.substring(1));
        }
        return k < 0 ? -1 : (long) ARABIC << 40 | (long) k << 32 | Words.end(w);
    }

    /** The index of an Arabic letter name in the abjad order, with the hamza of ألف optional; or -1. */
    private static int abjad(String word) {
        String w = word.isEmpty() || word.charAt(0) != 'ا' && word.charAt(0) != 'إ' && word.charAt(0) != 'آ'
                ? word : 'أ' + word.substring(1);
        for (int k = 0; k < ABJAD.length; k++) {
            if (ABJAD[k].equals(w)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isListPunct(char c) {
        return c == ',' || c == '،' || c == '、' || c == '，' || c == ';' || c == '؛' || c == '；';
    }

    /**
     * After a list separator at {@code k} ("," ";" "、" "and" "et" "y" "и" "و" "和" "及", or a comma and a
     * conjunction), the next position with its white space skipped; or -1 when there is none.
     *
     * @param gluedWaw true when the Arabic conjunction may be written against a number: "و66/54"
     */
    private static int separatorEnd(CharSequence s, int k, boolean gluedWaw) {
        int n = s.length();
        boolean sep = false;
        if (k < n && isListPunct(s.charAt(k))) {
            k = Words.skipSpace(s, k + 1, 4);
            sep = true;
            k = lineBreakEnd(s, k); // "2139 (2014),\n2165 (2014) y 2191 (2014)": a list broken across lines
        }
        if (k < n && (s.charAt(k) == '和' || s.charAt(k) == '及' || s.charAt(k) == '与' || s.charAt(k) == '與')) {
            return Words.skipSpace(s, k + 1, 4);
        }
        if (Words.startsWith(s, k, "以及")) {
            return Words.skipSpace(s, k + 2, 4);
        }
        long w = Words.after(s, k);
        if (w >= 0 && Words.start(w) == k && Lexicon.classify(s, k, Words.end(w)) == Word.CONJUNCTION) {
            // "59/83 и\n59/102": fixed-width copies break the line after the conjunction too
            return lineBreakEnd(s, Words.skipSpace(s, Words.end(w), 4));
        }
        if (gluedWaw && k + 1 < n && s.charAt(k) == 'و' && Chars.isDigit(s.charAt(k + 1))) {
            return k + 1;
        }
        return sep ? k : -1;
    }

    /** After one line break at {@code k} (\n, \r\n) and the white space after it, or {@code k}. */
    private static int lineBreakEnd(CharSequence s, int k) {
        int n = s.length();
        int p = k;
        if (p < n && s.charAt(p) == '\r') {
            p++;
        }
        if (p < n && s.charAt(p) == '\n') {
            return Words.skipSpace(s, p + 1, 4);
        }
        return k;
    }

    /** After a range mark at {@code k} (a dash, "to", "à", "a", "до", "إلى"), the next position; or -1. */
    private static int rangeEnd(CharSequence s, int k) {
        int n = s.length();
        if (k < n && Chars.isDash(s.charAt(k))) {
            return Words.skipSpace(s, k + 1, 2);
        }
        long w = Words.after(s, k);
        if (w >= 0 && Words.start(w) == k && Lexicon.classify(s, k, Words.end(w)) == Word.RANGE_TO) {
            return Words.skipSpace(s, Words.end(w), 4);
        }
        return -1;
    }

    /** A parenthetical after at most one space: {@code (2023)}, {@code (XV)}, {@code (S-VII)}, {@code (د - 15)}. */
    private static int parseParen(CharSequence s, int e, Num r) {
        int n = s.length();
        int p = e < n && Chars.isSpace(s.charAt(e)) ? e + 1 : e;
        if (p == e) {
            p = lineBreakEnd(s, e); // fixed-width copies break the line between a number and its year: "1199\n(1998)"
        }
        boolean brace = p < n && s.charAt(p) == '{'; // OCR of a scanned "(": "resolutions 1 {I) et 41 (I)"
        if (p >= n || s.charAt(p) != '(' && s.charAt(p) != '（' && !brace) {
            return e;
        }
        int q = p + 1;
        int close = brace ? closeBrace(s, q) : closeParen(s, q, 16);
        if (close < 0 && r.session == null && q < n && Chars.isDigit(s.charAt(q))) {
            close = closeParen(s, q, 40); // "(13 de octubre de 2003)", read as a date below or not at all
        }
        if (close < 0) {
            return e;
        }
        String content = s.subSequence(q, close).toString().strip();
        String paren = null;
        boolean year = false;
        if (content.length() == 4 && Chars.number(content, 0, 4) >= 1946 && Chars.number(content, 0, 4) <= 2100) {
            paren = Chars.asciiDigits(content, 0, 4);
            year = true;
        } else if (Roman.parse(content, 0, content.length()) > 0) {
            if (sessionRepeated(r, Roman.parse(content, 0, content.length()))) {
                return close + 1; // "32/162 (XXXI)": the session/number's own session again, in Roman numerals
            }
            paren = content;
        } else if (content.startsWith("S-") && Roman.parse(content, 2, content.length()) > 0
                || content.startsWith("ES-") && Roman.parse(content, 3, content.length()) > 0) {
            paren = content;
        } else if (!content.isEmpty() && content.charAt(0) == 'د') {
            paren = arabicSession(content);
        } else if (content.startsWith(ARABIC_SESSION_WORD)) {
            paren = arabicSessionWord(content);
        } else if (r.session == null && ocrSession(content) != null && number(r) > 0
                && number(r) <= LAST_ROMAN_RESOLUTION) {
            paren = ocrSession(content); // "resolution 41 (1)": OCR's digit 1 for the Roman I of a session
        } else if (r.session == null && adoptionDate(content)) {
            paren = Chars.asciiDigits(content, content.length() - 4, content.length());
            year = true; // "RESOLUCIÓN 1510 (13 de octubre de 2003)": the heading's date of adoption gives the year
            r.dateYear = true;
        }
        if (paren == null) {
            return e;
        }
        r.paren = paren;
        r.parenYear = year;
        return close + 1;
    }

    /**
     * True when a session/number of the Assembly's numbering since its thirty-first session carries its session again
     * in Roman numerals, the same or the one before (the session a resolution's item was first taken up at):
     * "32/162 (XXXI)" cites 32/162, as the older "1514 (XV)" would cite 1514. A numeral further off ("75/240 (XXX)")
     * mixes two numberings and stays unread; a special session ({@code S-10}) never repeats so.
     */
    private static boolean sessionRepeated(Num r, int roman) {
        return r.session != null && r.sessionValue > LAST_ROMAN_SESSION && r.sessionValue < 100
                && Character.isDigit(r.session.charAt(0)) && (roman == r.sessionValue || roman == r.sessionValue - 1);
    }

    /** The last resolution of the General Assembly numbered with a Roman session: 3541 (XXX) of 1975. */
    private static final int LAST_ROMAN_RESOLUTION = 3541;
    /** The last session numbered in Roman numerals in resolution symbols (the thirtieth, 1975). */
    private static final int LAST_ROMAN_SESSION = 30;

    /** After an OCR {@code {}: the closing parenthesis or brace within 16 characters, or -1. */
    private static int closeBrace(CharSequence s, int from) {
        int n = Math.min(s.length(), from + 16);
        for (int i = from; i < n; i++) {
            if (s.charAt(i) == ')' || s.charAt(i) == '}') {
                return i;
            }
        }
        return -1;
    }

    /**
     * A session numeral as OCR reads it, the I printed as the digit 1 or a lower-case l: {@code (1)}, {@code (11)},
     * {@code (X1V)}, {@code (l)}; the Roman numeral of a session up to the thirtieth, or null. Only a numeral that
     * has at least one such digit and no other character is read so.
     */
    static String ocrSession(String content) {
        int n = content.length();
        if (n == 0 || n > 6) {
            return null;
        }
        boolean ocr = false;
        char[] roman = new char[n];
        for (int i = 0; i < n; i++) {
            char c = content.charAt(i);
            if (c == '1' || c == 'l') {
                ocr = true;
                roman[i] = 'I';
            } else if (c == 'I' || c == 'V' || c == 'X') {
                roman[i] = c;
            } else {
                return null;
            }
        }
        if (!ocr) {
            return null;
        }
        String text = new String(roman);
        int value = Roman.parse(text, 0, n);
        return value > 0 && value <= LAST_ROMAN_SESSION ? text : null;
    }

    /** A full date, day first, month name and year: "13 de octubre de 2003", "24 July 2002", "5 octobre 2000". */
    private static boolean adoptionDate(String content) {
        int n = content.length();
        int d = Chars.digitsEnd(content, 0);
        if (d == 0 || d > 2 || n < 10 || n > 40 || !Months.monthFollows(content, d)) {
            return false;
        }
        int y = n - 4;
        int year = Chars.digitsEnd(content, y) == n ? Chars.number(content, y, n) : -1;
        return year >= 1946 && year <= 2100 && !Chars.isDigit(content.charAt(y - 1));
    }

    /** "Session", spelled out where the abbreviation د stands: {@code 194 (الدورة 3)} is 194 (III). */
    private static final String ARABIC_SESSION_WORD = "الدورة";

    /**
     * {@code الدورة 3}, {@code الدورة - 5}, {@code الدورة20}: the session word written out with the number of a regular
     * session (Arabic texts of the older resolutions: "قرارها 194 (الدورة 3)"), as its Roman numeral; else null.
     */
    private static String arabicSessionWord(String content) {
        int k = ARABIC_SESSION_WORD.length();
        int n = content.length();
        while (k < n && (Chars.isSpace(content.charAt(k)) || Chars.isDash(content.charAt(k))
                || Chars.isFormatMark(content.charAt(k)))) {
            k++;
        }
        int d = Chars.digitsEnd(content, k);
        if (d == k || d != n) {
            return null;
        }
        int value = Chars.number(content, k, d);
        return value > 0 && value < FIRST_SLASH_SESSION ? Roman.of(value) : null;
    }

    /** {@code د - 15} is the 15th session (XV); {@code د إ - 6} a special session (S-VI); {@code د إ ط - 5} ES-V. */
    private static String arabicSession(String content) {
        String compact = content.replaceAll("[\\s\\u200E\\u200F]", "");
        String prefix;
        String rest;
        if (compact.startsWith("دإط")) {
            prefix = "ES-";
            rest = compact.substring(3);
        } else if (compact.startsWith("دإ")) {
            prefix = "S-";
            rest = compact.substring(2);
        } else {
            prefix = "";
            rest = compact.substring(1);
        }
        if (rest.isEmpty() || !Chars.isDash(rest.charAt(0))) {
            return null;
        }
        int value = Chars.number(rest, 1, rest.length());
        return value > 0 && value < 400 ? prefix + Roman.of(value) : null;
    }

    // ---------------------------------------------------------------------------------------------------- context

    static Context context(CharSequence s, int numStart, int numEnd) {
        Num num = new Num();
        num.start = numStart;
        num.end = numEnd;
        return context(s, num, null);
    }

    /**
     * The keyword and the organ of the number {@code num}: the organ words between the keyword and the number, right
     * after the number, right before the keyword, after the number across a comma ("Resolution 1266, принятая Советом
     * Безопасности", "In its resolution 58/11, the Commission"), and last the scope of the sentence or paragraph.
     */
    static Context context(CharSequence s, Num num, OrganScope scope) {
        int numStart = num.start;
        int numEnd = num.end;
        Word chinese = chineseKeywordAfter(s, numEnd);
        if (chinese == null) {
            chinese = chineseKeywordBefore(s, numStart, numEnd);
        }
        if (chinese != null) {
            Organ organ = chineseOrgan(s, numStart);
            if ((organ == Organ.NONE || organ == Organ.COUNCIL) && scope != null) {
                organ = scope.resolve(numStart, chinese, num, organ, chinesePossessive(s, numStart), true, true);
            }
            return new Context(chinese, organ);
        }
        Set<Word> inner = EnumSet.noneOf(Word.class);
        int p = numStart;
        int open = openingParenthesis(s, numStart);
        if (open >= 0 && (num.session != null || num.paren != null)) {
            p = open; // "the founding ECOSOC resolution (1994/24 of 26 July 1994)"
        }
        Word kind = null;
        boolean leadOnly = true;
        for (int words = 0; words <= MAX_INNER_WORDS; words++) {
            long w = Words.before(s, p);
            if (w < 0) {
                return null;
            }
            Word cls = Lexicon.classify(s, Words.start(w), Words.end(w));
            p = Words.start(w);
            if (isKeyword(cls)) {
                kind = cls;
                break;
            }
            if (cls == Word.COUNCIL_RESOLUTION) { // "UNSCR 1325": the keyword and its organ in one word
                kind = Word.RESOLUTION;
                inner.add(Word.SECURITY);
                leadOnly = false;
                break;
            }
            if (cls == Word.CONJUNCTION && economicBefore(s, Words.start(w))) {
                continue; // "resoluciones del Consejo Económico y Social 2018/5": the "and" of the Council's name
            }
            if (!mayStandBeforeNumber(cls)) {
                return null;
            }
            if (cls != Word.LEAD && !isNumberWord(s, Words.start(w), Words.end(w))) {
                leadOnly = false;
            }
            inner.add(cls);
        }
        if (kind == null) {
            return null;
        }
        int keyword = p;
        Organ organ = organOf(inner);
        if (organ == Organ.NONE) {
            organ = organOf(wordsAfter(s, numEnd));
        }
        if (organ == Organ.NONE) {
            int listEnd = listEnd(s, num); // "résolutions 1 (I) et 41 (I) de l'Assemblée générale": after the list
            if (listEnd > numEnd) {
                organ = organOf(wordsAfter(s, listEnd));
            }
        }
        if (organ == Organ.NONE) {
            organ = organOf(wordsBefore(s, p));
        }
        if (organ == Organ.NONE && namedBodyBefore(s, p)) {
            organ = Organ.OTHER;
        }
        boolean possessive = possessive(s, keyword);
        if (organ == Organ.NONE || organ == Organ.COUNCIL) {
            Organ forward = forwardOrgan(s, numEnd, possessive);
            if (forward != Organ.NONE && !(organ == Organ.COUNCIL && forward == Organ.COUNCIL)) {
                organ = forward;
            }
        }
        if ((organ == Organ.NONE || organ == Organ.COUNCIL) && scope != null) {
            boolean bareOk = leadOnly && !dateAfter(s, numEnd);
            organ = scope.resolve(keyword, kind, num, organ, possessive, bareOk);
        }
        return new Context(kind, organ);
    }

    /** The {@code (} a number may stand in right after a keyword, up to four spaces before {@code numStart}; or -1. */
    private static int openingParenthesis(CharSequence s, int numStart) {
        int q = numStart;
        while (q > 0 && numStart - q < 4 && Chars.isSpace(s.charAt(q - 1))) {
            q--;
        }
        return q > 0 && s.charAt(q - 1) == '(' ? q - 1 : -1;
    }

    /** The keywords that make a number a citation. */
    private static boolean isKeyword(Word cls) {
        return cls == Word.RESOLUTION || cls == Word.DECISION || cls == Word.REGULATION;
    }

    /** The words that may stand between the keyword and the number: organ words and lead words. */
    private static boolean mayStandBeforeNumber(Word cls) {
        return isOrganWord(cls) || cls == Word.LEAD;
    }

    /**
     * The walk of {@link #context} back from the number when no Chinese keyword follows, without the number: from the
     * number, or from the parenthesis it may stand in, a keyword is reached within {@link #MAX_INNER_WORDS} words that
     * may stand between one and the number. False means {@link #context} finds no keyword, whatever the number turns
     * out to be.
     */
    static boolean mayFollowCitationWord(CharSequence s, int numStart) {
        if (keywordReached(s, numStart)) {
            return true;
        }
        int open = openingParenthesis(s, numStart);
        return open >= 0 && keywordReached(s, open);
    }

    private static boolean keywordReached(CharSequence s, int p) {
        for (int words = 0; words <= MAX_INNER_WORDS; words++) {
            long w = Words.before(s, p);
            if (w < 0) {
                return false;
            }
            Word cls = Lexicon.classify(s, Words.start(w), Words.end(w));
            if (isKeyword(cls) || cls == Word.COUNCIL_RESOLUTION) {
                return true;
            }
            p = Words.start(w);
            if (cls == Word.CONJUNCTION && economicBefore(s, p)) {
                continue; // the "and" of "Economic and Social Council", as context() walks over it
            }
            if (!mayStandBeforeNumber(cls)) {
                return false;
            }
        }
        return false;
    }

    /** "No.", "núm.", "número", "رقم": a number sign between the keyword and the number (the lexicon's list). */
    private static boolean isNumberWord(CharSequence s, int from, int to) {
        return Lexicon.isNumberWord(s, from, to);
    }

    /** A month name right after the number: "resolution on 5 June" is a date, whoever is in scope. */
    private static boolean dateAfter(CharSequence s, int from) {
        long w = Words.after(s, from);
        return w >= 0 && Months.isMonth(s, Words.start(w), Words.end(w));
    }

    /** The keyword is "its resolution", "sa résolution", "свою резолюцию", "قراره", "قراراتها". */
    private static boolean possessive(CharSequence s, int keyword) {
        long w = Words.before(s, keyword);
        if (w >= 0 && Lexicon.classify(s, Words.start(w), Words.end(w)) == Word.POSSESSIVE) {
            return true;
        }
        long k = Words.after(s, keyword);
        if (k < 0) {
            return false;
        }
        if (!Chars.isArabic(s.charAt(Words.end(k) - 1))) {
            return false;
        }
        // presentation forms folded first: "قراراﺗﻬا" is printed with the medial heh U+FEEC
        String word = Lexicon.foldArabic(s.subSequence(Words.start(k), Words.end(k)).toString());
        int len = word.length();
        char last = len == 0 ? ' ' : word.charAt(len - 1);
        return Chars.isArabic(last) && (last == 'ه' || len > 2 && last == 'ا' && word.charAt(len - 2) == 'ه');
    }

    /** 其第2118号决议: 其 ("its") before the number. */
    private static boolean chinesePossessive(CharSequence s, int numStart) {
        int k = numStart;
        if (k > 0 && s.charAt(k - 1) == '第') {
            k--;
        }
        return k > 0 && s.charAt(k - 1) == '其';
    }

    /**
     * The organ named after the number across a comma: "Resolution 1266, принятая Советом Безопасности", "resolution
     * 4/22 adopted by the UN Environment Assembly", and, when the keyword is possessive, the subject that follows
     * ("In its resolution 58/11, the Commission invited"). A bounded look ahead of a few words.
     */
    private static Organ forwardOrgan(CharSequence s, int from, boolean possessive) {
        int n = s.length();
        int p = Words.skipSpace(s, from, 4);
        boolean comma = false;
        if (p < n && (s.charAt(p) == ',' || s.charAt(p) == '،')) {
            p++;
            comma = true;
        }
        if (comma) {
            Organ dated = organAfterDate(s, p);
            if (dated != Organ.NONE) {
                return dated;
            }
        }
        long w = Words.after(s, p);
        if (w < 0) {
            return Organ.NONE;
        }
        Word cls = Lexicon.classify(s, Words.start(w), Words.end(w));
        if (cls == Word.FILLER && !isOrganWord(classifyNext(s, Words.end(w))) ) {
            // "la résolution 58/11, qui a été adoptée par": one relative word before the participle
            long v = Words.after(s, Words.end(w));
            if (v >= 0 && Lexicon.classify(s, Words.start(v), Words.end(v)) == Word.ADOPTED) {
                w = v;
                cls = Word.ADOPTED;
            }
        }
        if (cls == Word.ADOPTED) {
            p = Words.end(w);
            long by = Words.after(s, p);
            if (by >= 0 && Words.end(by) - Words.start(by) <= 3
                    && Lexicon.classify(s, Words.start(by), Words.end(by)) == Word.NONE) {
                p = Words.end(by); // by, par, por
            }
            p = pastSessionOf(s, p);
            return organOf(wordsAfter(s, p));
        }
        if (comma && possessive) {
            return organOf(wordsAfter(s, p));
        }
        return Organ.NONE;
    }

    /** The words that name the adopting body after an adoption date: "on 17 March 2015 by the Commission". */
    private static final Set<String> BY_WORDS = Set.of("by", "par", "por");

    /**
     * The organ named after the number's adoption date: "la résolution 58/8, le 17 mars 2015, par la Commission",
     * "resolution 12/3, on 4 May 2001, by the Council": a date phrase, an optional comma, "by" and the organ. NONE
     * when any of them is missing (a date alone says nothing about the issuer).
     */
    private static Organ organAfterDate(CharSequence s, int from) {
        int d = datePhrase(s, from);
        if (d < 0) {
            return Organ.NONE;
        }
        int p = Words.skipSpace(s, d, 4);
        if (p < s.length() && s.charAt(p) == ',') {
            p++;
        }
        long by = Words.after(s, p);
        if (by < 0 || Words.start(by) - p > 4 || !BY_WORDS.contains(s.subSequence(Words.start(by), Words.end(by))
                .toString().toLowerCase(java.util.Locale.ROOT))) {
            return Organ.NONE;
        }
        return organOf(wordsAfter(s, Words.end(by)));
    }

    /** "session", "sesiones", "сессии", "الدورة": the word that makes "at the twenty-sixth session of" a date, not a body. */
    private static final Set<String> SESSION_WORDS = Set.of("session", "sessions", "sesión", "sesiones", "período",
            "periodo", "сессии", "сессия", "сессией", "الدورة", "دورة", "دورته", "دورتها");

    /**
     * Past "the twenty-sixth session of" after a participle: "resolution 553(XXVI), adopted at the twenty-sixth session
     * of the Economic Commission for Latin America" names its issuer after the session. At most eight words; nothing
     * moves when no session word is among them.
     */
    private static int pastSessionOf(CharSequence s, int from) {
        int p = from;
        boolean session = false;
        for (int words = 0; words < 8; words++) {
            if (p < s.length() && (s.charAt(p) == '-' || s.charAt(p) == '‑')) {
                p++; // twenty-sixth
            }
            long w = Words.after(s, p);
            if (w < 0) {
                return from;
            }
            if (Words.end(w) - Words.start(w) > 8) {
                p = Words.end(w); // no session word is longer
                continue;
            }
            String t = s.subSequence(Words.start(w), Words.end(w)).toString().toLowerCase(java.util.Locale.ROOT);
            if (session) {
                Word cls = Lexicon.classify(s, Words.start(w), Words.end(w));
                return cls == Word.FILLER ? Words.end(w) : from; // "of", "de", "du"
            }
            if (SESSION_WORDS.contains(t) || SESSION_WORDS.contains(Lexicon.foldArabic(t))) {
                session = true;
            }
            p = Words.end(w);
        }
        return from;
    }

    /** The word before {@code pos} is "Economic", "économique", "Económico", "Экономического". */
    private static boolean economicBefore(CharSequence s, int pos) {
        long w = Words.before(s, pos);
        return w >= 0 && Lexicon.classify(s, Words.start(w), Words.end(w)) == Word.ECONOMIC;
    }

    private static Word classifyNext(CharSequence s, int from) {
        long w = Words.after(s, from);
        return w < 0 ? Word.NONE : Lexicon.classify(s, Words.start(w), Words.end(w));
    }

    private static boolean isOrganWord(Word w) {
        return OrganScope.isPhraseWord(w);
    }

    /** The organ phrase right after a citation: "of the General Assembly", "du Conseil de sécurité". */
    private static Set<Word> wordsAfter(CharSequence s, int from) {
        Set<Word> tags = EnumSet.noneOf(Word.class);
        int p = from;
        for (int words = 0; words < 6; words++) {
            long w = Words.after(s, p);
            if (w < 0) {
                break;
            }
            Word cls = Lexicon.classify(s, Words.start(w), Words.end(w));
            if (cls == Word.CONJUNCTION && tags.contains(Word.ECONOMIC) && economicBefore(s, Words.start(w))) {
                p = Words.end(w); // "of the Economic and Social Council": the "and" of the Council's name
                continue;
            }
            if (!isOrganWord(cls) || words == 0 && isTopicWord(s, Words.start(w), Words.end(w))) {
                if (cls == Word.NONE && Character.isUpperCase(s.charAt(Words.start(w))) && fillerOfAfterHead(s, from, p)) {
                    tags.add(Word.OTHER_QUALIFIER); // "the Assembly of the Portuguese Republic": a body of a State
                }
                break; // "regulation 1999/1 on the Authority of ...": a title, not the issuer
            }
            tags.add(cls);
            p = Words.end(w);
        }
        return tags;
    }

    /**
     * True when the words from {@code from} to {@code to} end with a head (assembly, council) and then "of the", "de la":
     * the capitalised name that follows is whose body it is ("Assembly of the Republic", "Council of the European
     * Union"); the UN's own words (United Nations, Organization) are fillers and never reach here.
     */
    private static boolean fillerOfAfterHead(CharSequence s, int from, int to) {
        int p = from;
        boolean head = false;
        boolean of = false;
        for (int words = 0; words < 8; words++) {
            long w = Words.after(s, p);
            if (w < 0 || Words.start(w) >= to) {
                break;
            }
            Word cls = Lexicon.classify(s, Words.start(w), Words.end(w));
            if (cls == Word.ASSEMBLY || cls == Word.COUNCIL) {
                head = true;
                of = false;
            } else if (head && cls == Word.FILLER) {
                String t = s.subSequence(Words.start(w), Words.end(w)).toString().toLowerCase(java.util.Locale.ROOT);
                of |= t.equals("of") || t.equals("de") || t.equals("du") || t.equals("des");
            } else {
                head = head && cls == Word.GENERAL;
            }
            p = Words.end(w);
        }
        return head && of;
    }

    private static boolean isTopicWord(CharSequence s, int from, int to) {
        String w = s.subSequence(from, to).toString().toLowerCase(java.util.Locale.ROOT);
        return w.equals("on") || w.equals("sur") || w.equals("sobre") || w.equals("pour") || w.equals("for")
                || w.equals("para");
    }

    /** The organ phrase right before the keyword: "Security Council resolution", "Economic and Social Council". */
    private static Set<Word> wordsBefore(CharSequence s, int to) {
        Set<Word> tags = EnumSet.noneOf(Word.class);
        int p = bridgeBefore(s, to);
        for (int words = 0; words < 8; words++) {
            long w = Words.before(s, p);
            if (w < 0) {
                break;
            }
            Word cls = Lexicon.classify(s, Words.start(w), Words.end(w));
            if (!isOrganWord(cls) && cls != Word.CONJUNCTION) {
                break;
            }
            tags.add(cls);
            p = Words.start(w);
        }
        return tags;
    }

    /**
     * "Conference of Ministers resolution 718 (XXVI)", "Board of Governors resolution": a body head, "of" and a
     * capitalised name right before the keyword name another body, whatever the organs in scope.
     */
    private static boolean namedBodyBefore(CharSequence s, int to) {
        long name = Words.before(s, to);
        if (name < 0 || !Character.isUpperCase(s.charAt(Words.start(name)))
                || Lexicon.classify(s, Words.start(name), Words.end(name)) != Word.NONE) {
            return false;
        }
        long of = Words.before(s, Words.start(name));
        if (of < 0) {
            return false;
        }
        String t = s.subSequence(Words.start(of), Words.end(of)).toString();
        if (!t.equals("of") && !t.equals("de") && !t.equals("des")) {
            return false;
        }
        long head = Words.before(s, Words.start(of));
        return head >= 0 && Lexicon.classify(s, Words.start(head), Words.end(head)) == Word.OTHER_BODY;
    }

    /**
     * "the General Assembly in its resolution", "la Asamblea General en su resolución", "Ассамблея в своей резолюции",
     * "الجمعية العامة في قرارها": the organ before a possessive keyword, across the preposition. Returns where the
     * organ phrase ends ({@code to} when there is no such bridge).
     */
    private static int bridgeBefore(CharSequence s, int to) {
        long w = Words.before(s, to);
        if (w < 0) {
            return to;
        }
        int p = to;
        boolean arabicPossessive = possessive(s, to) && Lexicon.classify(s, Words.start(w), Words.end(w)) != Word.POSSESSIVE;
        if (!arabicPossessive) {
            if (Lexicon.classify(s, Words.start(w), Words.end(w)) != Word.POSSESSIVE) {
                return to;
            }
            p = Words.start(w);
            w = Words.before(s, p);
            if (w < 0) {
                return to;
            }
        }
        String prep = s.subSequence(Words.start(w), Words.end(w)).toString().toLowerCase(java.util.Locale.ROOT);
        if (prep.equals("in") || prep.equals("en") || prep.equals("dans") || prep.equals("в") || prep.equals("во")
                || prep.equals("في") || prep.equals("through") || prep.equals("by") || prep.equals("par")
                || prep.equals("por")) {
            return Words.start(w);
        }
        return to;
    }

    /**
     * The organ an organ phrase names; NONE when the phrase has no head (an assembly, council, commission, committee,
     * conference, board or an abbreviation), so "resolution 76/300 on the environment" names no body.
     */
    static Organ organOf(Set<Word> tags) {
        boolean head = tags.contains(Word.ASSEMBLY) || tags.contains(Word.COUNCIL) || tags.contains(Word.COMMISSION)
                || tags.contains(Word.OTHER_BODY) || tags.contains(Word.HRC) || tags.contains(Word.UNEA)
                || tags.contains(Word.ECOSOC) || tags.contains(Word.SECURITY);
        if (tags.contains(Word.UNMIK)) {
            return Organ.UNMIK;
        }
        if (!head) {
            return Organ.NONE;
        }
        if (tags.contains(Word.UNEA) || tags.contains(Word.ENVIRONMENT) && tags.contains(Word.ASSEMBLY)) {
            return Organ.ENVIRONMENT_ASSEMBLY;
        }
        if (tags.contains(Word.OTHER_BODY) || tags.contains(Word.OTHER_QUALIFIER) || tags.contains(Word.ENVIRONMENT)) {
            return Organ.OTHER;
        }
        if (tags.contains(Word.HRC) || tags.contains(Word.RIGHTS) && tags.contains(Word.COUNCIL)) {
            return Organ.HUMAN_RIGHTS_COUNCIL;
        }
        if (tags.contains(Word.RIGHTS) && tags.contains(Word.COMMISSION)) {
            return Organ.HUMAN_RIGHTS_COMMISSION;
        }
        if (tags.contains(Word.COMMISSION)) {
            return Organ.OTHER;
        }
        if (tags.contains(Word.SECURITY)) {
            return Organ.SECURITY_COUNCIL;
        }
        if (tags.contains(Word.ECOSOC) || tags.contains(Word.ECONOMIC) && tags.contains(Word.COUNCIL)) {
            return Organ.ECOSOC;
        }
        if (tags.contains(Word.ASSEMBLY)) {
            return Organ.GENERAL_ASSEMBLY;
        }
        if (tags.contains(Word.COUNCIL)) {
            return Organ.COUNCIL;
        }
        return Organ.NONE;
    }

    /**
     * 第70/125号决议, 第68/302 号决议, 第66/53、66/54和66/55号决议, 第1267（1999）号和第1333（2000）号决议,
     * 1998年8月13日第1189(1998)号、1998年8月28日第1193(1998)号决议, 第1160(1998)號關於…的決議: the keyword follows
     * the number or the list, whose items may repeat 第 and 号 and carry their dates.
     */
    private static Word chineseKeywordAfter(CharSequence s, int from) {
        int n = s.length();
        int limit = Math.min(n, from + MAX_CHINESE_LIST);
        for (int i = from; i < limit; i++) {
            char c = s.charAt(i);
            if (c == '号' || c == '號') {
                Word keyword = chineseKeyword(s, i + 1);
                if (keyword != null) {
                    return keyword;
                }
                if (i + 1 < n && isChineseListChar(s.charAt(i + 1))) {
                    continue; // 第1267（1999）号和第1333（2000）号决议: 号 repeated on every item
                }
                return null;
            }
            if (!isChineseListChar(c)) {
                return null;
            }
        }
        return null;
    }

    /**
     * 安理会决议2678号, 決議第2679號: the keyword written before the number, which 号 or 號 then closes (after an
     * optional year in parentheses); or null. Without 号 the number after 决议 is not taken ("决议2段", "决议20个").
     */
    private static Word chineseKeywordBefore(CharSequence s, int numStart, int numEnd) {
        int k = numStart;
        if (k > 0 && s.charAt(k - 1) == '第') {
            k--;
        }
        while (k > 0 && numStart - k < 4 && Chars.isSpace(s.charAt(k - 1))) {
            k--;
        }
        Word kind = k >= 2 ? chineseKind(s, k - 2) : null;
        if (kind == null) {
            return null;
        }
        int e = pastParenthesizedYear(s, Words.skipSpace(s, numEnd, 2), 6);
        return e >= 0 && e < s.length() && isHao(s.charAt(e)) ? kind : null;
    }

    /**
     * Past an optional year in half- or full-width parentheses at {@code e} ("(2024)", "（2014）", at most
     * {@code digits} digits) and the spaces after it; {@code e} when no parenthesis opens there, -1 when one opens and
     * does not close after digits.
     */
    private static int pastParenthesizedYear(CharSequence s, int e, int digits) {
        int n = s.length();
        if (e >= n || s.charAt(e) != '(' && s.charAt(e) != '（') {
            return e;
        }
        int close = e + 1;
        while (close < n && close - e <= digits && Chars.isDigit(s.charAt(close))) {
            close++;
        }
        return close < n && (s.charAt(close) == ')' || s.charAt(close) == '）') ? Words.skipSpace(s, close + 1, 2) : -1;
    }

    /** 号 or its traditional form 號, the counter that closes a Chinese resolution number. */
    private static boolean isHao(char c) {
        return c == '号' || c == '號';
    }

    /** The keyword right after 号: 决议 (resolution), 决定 (decision), or 关于…的决议 ("on …"); or null. */
    private static Word chineseKeyword(CharSequence s, int i) {
        int k = Words.skipSpace(s, i, 2);
        Word kind = chineseKind(s, k);
        if (kind != null || !Words.startsWith(s, k, "关于") && !Words.startsWith(s, k, "關於")) {
            return kind;
        }
        int limit = Math.min(s.length(), k + 40);
        for (int j = k + 2; j < limit; j++) {
            char c = s.charAt(j);
            if (c == '，' || c == '。' || c == '；' || c == '、' || c == ',' || c == ';' || c == '(' || c == '（'
                    || c == '号' || c == '號' || Chars.isLineBreak(c)) {
                return null;
            }
            kind = chineseKind(s, j);
            if (kind != null) {
                return kind;
            }
        }
        return null;
    }

    private static Word chineseKind(CharSequence s, int k) {
        if (Words.startsWith(s, k, "决议") || Words.startsWith(s, k, "決議")) {
            return Word.RESOLUTION;
        }
        if (Words.startsWith(s, k, "决定") || Words.startsWith(s, k, "決定")) {
            return Word.DECISION;
        }
        return null;
    }

    /** What a Chinese list is made of between its numbers: punctuation, 第, 和, 及, the dates 1998年8月13日. */
    private static boolean isChineseListChar(char c) {
        return Chars.isDigit(c) || Chars.isSpace(c) || Chars.isFormatMark(c) || c == '/' || c == '／' || c == '('
                || c == ')' || c == '（' || c == '）' || c == '、' || c == '和' || c == '及' || c == '与' || c == '與'
                || c == '以' || c == ',' || c == '，' || Chars.isDash(c) || Chars.isUpper(c) || c == '第' || c == '年'
                || c == '月' || c == '日';
    }

    /**
     * The names that place a decision numbered session/number in Roman numerals ("decision XI/32") at the Conference of
     * the Parties to the Convention on Biological Diversity, whose decisions are {@code UNEP/CBD/COP/DEC/XI/32} (the
     * main corpus's convention, cbd.int "Decisions"): the conference or the convention, in the six languages.
     */
    private static final String[] CBD_NAMES = {"Conference of the Parties", "Conférence des Parties",
        "Conferencia de las Partes", "Конференция Сторон", "Конференции Сторон", "مؤتمر الأطراف", "缔约方大会",
        "締約方大會", "Biological Diversity", "diversité biologique", "Diversidad Biológica",
        "биологическом разнообразии", "التنوع البيولوجي", "生物多样性"};
    /** How far before such a decision the conference or the convention must be named. */
    private static final int CBD_CONTEXT = 400;

    /**
     * A decision of the Conference of the Parties to the Convention on Biological Diversity around the slash at
     * {@code slash}: a Roman session and a number ("in its decision XI/32", "第十一届会议第 XI/6 号决定") after the word
     * decision or before 号决定, with the conference or the convention named before it. Other bodies number in other
     * forms (UNFCCC 1/CP.21, UNCCD 4/COP.7, Basel BC-11/20, Ramsar XIII.1); the Montreal Protocol's meetings of the
     * Parties also number in Roman numerals, but are no conference of the parties. Emits the decision's symbol.
     *
     * @return the end of the number, or -1 when there is no such decision here
     */
    static int conventionDecision(CharSequence s, int slash, List<Candidate> out) {
        int n = s.length();
        int r = slash;
        while (r > 0 && slash - r < 6 && "IVXL".indexOf(s.charAt(r - 1)) >= 0) {
            r--;
        }
        if (r == slash || r > 0 && (Character.isLetterOrDigit(s.charAt(r - 1)) || Chars.gluesToken(s.charAt(r - 1)))) {
            return -1; // "BS-I/10", "NP-1/3": other bodies' prefixes
        }
        int session = Roman.parse(s, r, slash);
        int d = Chars.digitsEnd(s, slash + 1);
        if (session < 1 || session > 30 || d == slash + 1 || d - slash - 1 > 3
                || d < n && (Chars.isAsciiLetter(s.charAt(d)) || s.charAt(d) == '/' || s.charAt(d) == '.'
                && d + 1 < n && Chars.isDigit(s.charAt(d + 1)))) {
            return -1;
        }
        long w = Words.before(s, r);
        boolean keyword = w >= 0 && Lexicon.classify(s, Words.start(w), Words.end(w)) == Word.DECISION;
        int k = Words.skipSpace(s, d, 2);
        keyword |= k + 2 < n && (s.charAt(k) == '号' || s.charAt(k) == '號')
                && (s.charAt(k + 1) == '决' || s.charAt(k + 1) == '決') && s.charAt(k + 2) == '定';
        if (!keyword || !namedBefore(s, r, CBD_NAMES, CBD_CONTEXT)) {
            return -1;
        }
        out.add(new Candidate("UNEP/CBD/COP/DEC/" + Roman.of(session) + "/" + Chars.asciiDigits(s, slash + 1, d), r, d,
                false, ReferenceForm.CITATION, SymbolKind.DECISION, true, true));
        return d;
    }

    /** True when one of {@code names} (ignoring case) ends at most {@code max} characters before {@code at}. */
    private static boolean namedBefore(CharSequence s, int at, String[] names, int max) {
        String window = s.subSequence(Math.max(0, at - max), at).toString().toLowerCase(java.util.Locale.ROOT);
        for (String name : names) {
            if (window.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** How far before a Chinese citation the Assembly's session ordinal may stand ("第二十六届联合国大会以…通过了第"). */
    private static final int MAX_CHINESE_SESSION_GAP = 24;
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

    /**
     * The regular session a Chinese text names before a bare citation of the Assembly: the ordinal 第…届 (屆), in Arabic
     * or Chinese numerals, then the Assembly (大会, 大會, 联大, 聯大) before the number in the same sentence
     * ("1971年10月25日,第二十六届联合国大会以压倒性多数通过了第2758号决议" is resolution 2758 (XXVI); "第5屆聯合國大會通過了第396號決議").
     * Only the sessions before the thirty-first, whose resolutions carry the session in Roman numerals; else 0.
     */
    static int chineseAssemblySession(CharSequence s, int numStart) {
        int from = Math.max(0, numStart - MAX_CHINESE_SESSION_GAP);
        for (int j = numStart - 1; j >= from; j--) {
            char c = s.charAt(j);
            if (c == '。' || c == '；' || c == ';' || c == '\n') {
                return 0;
            }
            if (c != '届' && c != '屆') {
                continue;
            }
            if (!assemblyBetween(s, j + 1, numStart)) {
                return 0;
            }
            int k = j;
            while (k > 0 && j - k < 4 && (Chars.isDigit(s.charAt(k - 1)) || CHINESE_DIGITS.indexOf(s.charAt(k - 1)) >= 0
                    || s.charAt(k - 1) == '十' || s.charAt(k - 1) == '零')) {
                k--;
            }
            if (k == j || k == 0 || s.charAt(k - 1) != '第') {
                return 0;
            }
            int value = Chars.isDigit(s.charAt(k)) ? (Chars.digitsEnd(s, k) == j ? Chars.number(s, k, j) : -1)
                    : chineseNumber(s, k, j);
            return value > 0 && value < FIRST_SLASH_SESSION ? value : 0;
        }
        return 0;
    }

    private static boolean assemblyBetween(CharSequence s, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            char a = s.charAt(i);
            char b = s.charAt(i + 1);
            if ((a == '大' && (b == '会' || b == '會')) || (a == '联' || a == '聯') && b == '大') {
                return true;
            }
        }
        return false;
    }

    /** A Chinese numeral below one hundred ({@code 二十六} 26, {@code 十六} 16, {@code 三十} 30, {@code 五} 5), or -1. */
    static int chineseNumber(CharSequence s, int from, int to) {
        int value = 0;
        int digit = -1;
        boolean ten = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            int d = CHINESE_DIGITS.indexOf(c);
            if (c == '零') {
                d = 0;
            }
            if (c == '十' && !ten) {
                value = (digit < 0 ? 1 : digit) * 10;
                digit = -1;
                ten = true;
            } else if (d >= 0 && digit < 0) {
                digit = d;
            } else {
                return -1;
            }
        }
        return digit < 0 ? (ten ? value : -1) : value + digit;
    }

    /** The organ named in the 12 characters before a Chinese citation, the nearest first: 安全理事会第2231(2015)号决议. */
    private static Organ chineseOrgan(CharSequence s, int numStart) {
        for (int end = numStart; end > 0 && end > numStart - 12; end--) {
            Organ o = OrganScope.chineseOrganEndingAt(s, end);
            if (o != Organ.NONE) {
                return o;
            }
        }
        return Organ.NONE;
    }

    // ---------------------------------------------------------------------------------------------------- symbols

    /** The series prefix ({@code A/}, {@code S/}, {@code E/}, {@code A/HRC/}, {@code E/CN.4/}) or null. */
    static String series(Context ctx, Num num) {
        return series(ctx, num, true);
    }

    /**
     * The series as {@link #series(Context, Num)} gives it, but with a session/number of the Assembly read before the
     * thirty-first session too: the Assembly named beside another organ still competes for "resolution 25/1" (so
     * neither is chosen), although the number cannot be its own.
     */
    static String competingSeries(Context ctx, Num num) {
        return series(ctx, num, false);
    }

    private static String series(Context ctx, Num num, boolean sessionFloor) {
        boolean slash = num.session != null;
        boolean year = num.parenYear;
        boolean roman = num.paren != null && !year;
        boolean yearSession = slash && !num.session.startsWith("S-") && !num.session.startsWith("ES-")
                && num.sessionValue >= 1946 && num.sessionValue <= 2100;
        boolean decision = ctx.kind() == Word.DECISION;
        if (slash && roman) {
            return null; // 75/240 (XXX) mixes two numbering systems
        }
        if (num.dateYear && ctx.organ() != Organ.SECURITY_COUNCIL && ctx.organ() != Organ.COUNCIL) {
            return null; // a date in parentheses makes a Council resolution only where the Council is named
        }
        if (ctx.kind() == Word.REGULATION || ctx.organ() == Organ.UNMIK) {
            return ctx.kind() == Word.REGULATION && ctx.organ() == Organ.UNMIK && yearSession && num.paren == null
                    && num.letterCount == 0 ? "UNMIK/" : null; // only UNMIK's regulations have a series here
        }
        String series = switch (ctx.organ()) {
            case OTHER -> null;
            case UNMIK -> null;
            case ENVIRONMENT_ASSEMBLY -> slash && !yearSession && !decision && num.session.indexOf('-') < 0
                    && num.letterCount == 0 && num.paren == null ? "UNEP/EA." : null;
            case HUMAN_RIGHTS_COUNCIL -> slash && !yearSession ? "A/HRC/" : null;
            case HUMAN_RIGHTS_COMMISSION -> yearSession ? "E/CN.4/" : null;
            case ECOSOC -> yearSession || roman && !decision ? "E/" : null;
            case SECURITY_COUNCIL -> !slash && !roman ? "S/" : null;
            case COUNCIL -> yearSession ? "E/" : slash ? "A/HRC/" : roman ? "E/" : "S/";
            // a session/number is never the Council's, even with a year after it: resolution 76/142 (2021) is A/RES/76/142
            case GENERAL_ASSEMBLY, NONE -> slash && !yearSession ? (!sessionFloor || assemblySlashSession(num) ? "A/" : null)
                    : year ? "S/" : roman ? "A/" : null;
        };
        if (series == null || decision && (series.equals("S/") || !slash)) {
            return null; // Security Council decisions have no numbers; older decisions no series
        }
        if (decision && number(num) < firstDecisionNumber(series)) {
            return null; // "(decision 19/11)" of the UNEP Governing Council is no General Assembly decision
        }
        return series;
    }

    /** The first regular session whose resolutions and decisions are numbered session/number (1976). */
    static final int FIRST_SLASH_SESSION = 31;

    /**
     * True when a session/number can be the General Assembly's: the Assembly numbered its resolutions consecutively
     * with the session in Roman numerals (1514 (XV)) until its thirtieth session and as session/number only from the
     * thirty-first (1976; DHL research guide "Resolutions of the General Assembly": "Beginning in 1976, 31st session";
     * special sessions from the eighth, emergency special sessions from the seventh). "резолюции 5/3" of a conference
     * of parties, "decision 19/11" of a governing council, are another body's.
     */
    static boolean assemblySlashSession(Num num) {
        return num.session.startsWith("S-") || num.session.startsWith("ES-")
                || num.sessionValue >= FIRST_SLASH_SESSION;
    }

    /**
     * The lowest number a decision of the organ with this series can have: the General Assembly numbers its decisions
     * of a session from 301 (elections and appointments 301-399, plenary 401-499, committees 500 and up), the
     * Economic and Social Council from 101 (its organizational session decisions of the 1980s, decision 1982/112; later
     * from 201), the Human Rights Council from 101 (DHL research guides "General Assembly
     * decisions", "ECOSOC decisions", "Human Rights Council decisions"; A/DEC/31/406, E/DEC/1992/272,
     * A/HRC/DEC/1/105). A lower number ("decision 19/11", "decision 55/1") is another body's.
     */
    static int firstDecisionNumber(String series) {
        return switch (series) {
            case "A/" -> 301;
            case "E/" -> 101; // the organizational session of the 1980s: E/DEC/1982/112
            case "A/HRC/" -> 101;
            default -> 1;
        };
    }

    /** The document number of a citation as an int, or -1 when it is not all digits. */
    static int number(Num num) {
        String n = num.number;
        if (n == null || n.isEmpty() || n.length() > 6) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    static String symbol(String series, Word kind, Num num, String letter) {
        if (series.equals("UNMIK/")) {
            return "UNMIK/REG/" + num.session + "/" + num.number; // UNMIK/REG/1999/24
        }
        if (series.equals("UNEP/EA.")) {
            return series + num.session + "/Res." + num.number; // UNEP/EA.4/Res.22
        }
        StringBuilder sb = new StringBuilder(series).append(kind == Word.DECISION ? "DEC/" : "RES/");
        if (num.session != null) {
            sb.append(num.session).append('/');
        }
        sb.append(num.number);
        if (letter != null) {
            if (num.paren != null && !num.parenYear) {
                sb.append(letter); // A/RES/217A (III): the Roman-era form glues the letter
            } else {
                sb.append(' ').append(letter);
            }
        }
        if (num.paren != null && !(num.parenYear && num.session != null)) {
            sb.append(" (").append(num.paren).append(')'); // the year after 76/142 is the date, not part of the symbol
        }
        return sb.toString();
    }

    private static void emit(CharSequence s, Context ctx, String series, Num num, List<Candidate> out) {
        SymbolKind kind = ctx.kind() == Word.DECISION ? SymbolKind.DECISION
                : ctx.kind() == Word.REGULATION ? SymbolKind.DOCUMENT : SymbolKind.RESOLUTION;
        if (num.letterCount == 0) {
            out.add(new Candidate(symbol(series, ctx.kind(), num, null), num.start, num.end, false,
                    ReferenceForm.CITATION, kind, true, true));
            return;
        }
        for (int j = 0; j < num.letterCount; j++) {
            String text = symbol(series, ctx.kind(), num, String.valueOf(num.letters[j]));
            int start = j == 0 ? num.start : num.letterStart[j];
            int end = j == 0 ? (num.letterCount == 1 ? num.end : num.letterEnd[0]) : num.letterEnd[j];
            out.add(new Candidate(text, start, end, false, ReferenceForm.CITATION, kind, num.letterLinkable[j], true));
        }
    }

    /**
     * Further items: "66/53, 66/54, … et 66/58", "77/512 y 78/541", "69/96 A and B of 5 December 2014", "1267 (1999)
     * of 15 October 1999, 1333 (2000) of 19 December 2000 and 1390 (2002)", "第1189(1998)号、1998年8月28日第1193(1998)号".
     * An item may carry its date and its title; a list goes on over a separator and stops at anything else. A bare
     * number continues only a list of bare numbers: "1267 (1999) of 15 October 1999, 12 members" ends at the date.
     */
    private static int continueList(CharSequence s, Num first, Context ctx, List<Candidate> out) {
        int n = s.length();
        int end = first.end;
        Num last = first;
        for (int items = 0; items < MAX_ITEMS; items++) {
            int k = attributes(s, Words.skipSpace(s, end, 4));
            if (k < n && (s.charAt(k) == '号' || s.charAt(k) == '號')) {
                k = Words.skipSpace(s, k + 1, 4); // 第1267（1999）号和第1333（2000）号决议
            }
            int sep = separatorEnd(s, k, true);
            if (sep < 0 && last.parenYear && k > end && k < n && Chars.isDigit(s.charAt(k))) {
                Num probe = parseNumber(s, k); // "2161 (2014) 2170 (2014)": the comma lost between two dated items
                sep = probe != null && probe.parenYear ? k : -1;
            }
            if (sep < 0 && k < n && s.charAt(k) == 'و') {
                int w = numberWordEnd(s, k);
                sep = w > k ? w : -1; // "رقم 1267 (1999) ورقم 1989 (2011)": the conjunction glued to the number word
            }
            k = sep < 0 ? sep : leadWordsEnd(s, sep);
            if (k < 0 || k >= n) {
                break;
            }
            if (s.charAt(k) == '…' || Words.startsWith(s, k, "...")) {
                end = k + (s.charAt(k) == '…' ? 1 : 3);
                continue; // "66/53, 66/54, … et 66/58": an elided middle
            }
            k = numberWordEnd(s, chineseDateEnd(s, k));
            if (k < n && s.charAt(k) == '第') {
                k = Words.skipSpace(s, k + 1, 2);
            }
            if (k >= n || !Chars.isDigit(s.charAt(k)) && !(s.charAt(k) == 'S' || s.charAt(k) == 'E')) {
                break;
            }
            Num next = parseNumber(s, k);
            if (next != null && next.bare() && !last.bare() && !elidedYear(s, last, next)) {
                break;
            }
            if (next == null) {
                break;
            }
            String series = series(ctx, next);
            if (series == null) {
                break;
            }
            emit(s, ctx, series, next, out);
            end = next.end;
            last = next;
        }
        return end;
    }

    /** The prepositions of "in particular", "en particulier", "en especial" before a leading word. */
    private static final Set<String> LEAD_PREPOSITIONS = Set.of("in", "en", "and", "et", "y", "и");

    /**
     * Past the leading words a list item may carry after its separator ("…, et en particulier 32/162", "and in
     * particular 58/291", "notamment 60/1"): at most three words, each a leading word ({@link Word#LEAD}) or a
     * preposition before one; {@code k} itself when none stands there.
     */
    private static int leadWordsEnd(CharSequence s, int k) {
        int p = k;
        boolean lead = false;
        for (int words = 0; words < 3; words++) {
            long w = Words.after(s, p);
            if (w < 0 || Words.start(w) - p > 2) {
                break;
            }
            Word cls = Lexicon.classify(s, Words.start(w), Words.end(w));
            if (cls == Word.LEAD) {
                p = Words.skipSpace(s, Words.end(w), 4);
                lead = true;
                break;
            }
            String t = s.subSequence(Words.start(w), Words.end(w)).toString().toLowerCase(java.util.Locale.ROOT);
            if (!LEAD_PREPOSITIONS.contains(t)) {
                break;
            }
            p = Words.end(w);
        }
        return lead ? p : k;
    }

    /**
     * Where the list that starts with {@code first} ends, read as {@link #continueList} reads it but without a
     * keyword's organ: the organ phrase after the last item names the issuer of them all ("resolutions 2004/69 and
     * 2017/2 of the Economic and Social Council"). Returns {@code first.end} for a number alone.
     */
    private static int listEnd(CharSequence s, Num first) {
        int n = s.length();
        int end = first.end;
        Num last = first;
        for (int items = 0; items < MAX_ITEMS; items++) {
            int k = separatorEnd(s, attributes(s, Words.skipSpace(s, end, 4)), true);
            k = k < 0 ? k : leadWordsEnd(s, k);
            if (k < 0 || k >= n || !Chars.isDigit(s.charAt(k)) && s.charAt(k) != 'S' && s.charAt(k) != 'E') {
                break;
            }
            Num next = parseNumber(s, k);
            if (next == null || next.bare() && !last.bare() && !elidedYear(s, last, next)) {
                break;
            }
            end = next.end;
            last = next;
        }
        return end;
    }

    /**
     * A bare number after a year/number item whose year it shares: "decisions 2020/205 and 206", "résolutions
     * 2013/18, 19 et 20". Read only when the number is larger than the one before it, has no more digits than it, and
     * ends the item (punctuation, a conjunction, a date, "on"/"sur" or the end of the text follow), so that "2020/205 and 2 other
     * decisions" or "2004/69, 10 members" stay alone. On success {@code next} takes the year of {@code last}.
     */
    private static boolean elidedYear(CharSequence s, Num last, Num next) {
        if (last.session == null || last.sessionValue < 1946 || last.sessionValue > 2100
                || last.session.indexOf('-') >= 0 || last.paren != null || last.letterCount > 0
                || next.letterCount > 0 || next.number.length() > last.number.length()
                || number(next) <= number(last) || number(last) < 0) {
            return false;
        }
        int n = s.length();
        int e = next.end;
        if (e < n && (Chars.isAsciiAlnum(s.charAt(e)) || s.charAt(e) == '/')) {
            return false;
        }
        int p = Words.skipSpace(s, e, 4);
        if (p >= n || s.charAt(p) == ',' || s.charAt(p) == ';' || s.charAt(p) == '.' || s.charAt(p) == ':'
                || s.charAt(p) == ')' || s.charAt(p) == ']' || Chars.isLineBreak(s.charAt(p))) {
            next.session = last.session;
            next.sessionValue = last.sessionValue;
            return true;
        }
        long w = Words.after(s, p);
        boolean ends = w >= 0 && Words.start(w) == p && (Lexicon.classify(s, p, Words.end(w)) == Word.CONJUNCTION
                || isTopicWord(s, p, Words.end(w)) || datePhrase(s, p) >= 0);
        if (ends) {
            next.session = last.session;
            next.sessionValue = last.sessionValue;
        }
        return ends;
    }

    /**
     * What a list item may carry before the next separator, skipped: its date ("of 8 September 2000", ", de 24 de
     * noviembre de 1992", "от 14 апреля 1995 года", "المؤرخ 6 آب/أغسطس 1990") and its quoted title (", “Transformar
     * nuestro mundo…”", "entitled “…”") and a bracketed note ("[page 12]"). Returns {@code k} when there is none.
     */
    private static int attributes(CharSequence s, int k) {
        int n = s.length();
        for (int a = 0; a < MAX_ATTRIBUTES; a++) {
            int p = k < n && (s.charAt(k) == ',' || s.charAt(k) == '،') ? Words.skipSpace(s, k + 1, 4) : k;
            int d = datePhrase(s, p);
            if (d < 0) {
                d = title(s, p);
            }
            if (d < 0 && p == k) {
                d = bracketed(s, p);
            }
            if (d < 0 && p == k) {
                d = databaseId(s, p);
            }
            if (d < 0 && p > k) {
                d = sectionPinpoint(s, p);
            }
            if (d < 0) {
                break;
            }
            k = Words.skipSpace(s, d, 4);
        }
        return k;
    }

    /**
     * A date phrase at {@code p}: one to four introducing words (of, dated, adopted on, du, en date du, de, del, от,
     * принятой, المؤرخ, المؤرخة, في), an optional day, a month name (Arabic: "تشرين الأول/أكتوبر", "حزيران/ يونيه"),
     * an optional day and comma ("September 8, 2000"), and a year, with "года" or "г." after it in Russian. Returns its
     * end, or -1.
     */
    static int datePhrase(CharSequence s, int p) {
        int n = s.length();
        int k = p;
        int intro = 0;
        while (intro < 4) {
            int q = Words.skipSpace(s, k, 4);
            long w = Words.after(s, q);
            if (w >= 0 && Words.start(w) == q && elidedMonth(s, q, Words.end(w))) {
                k = q + 2; // "d’août 1990": the elided "de" glued to the month, no day
                intro++;
                break;
            }
            if (w < 0 || Words.start(w) != q || !Lexicon.isDateIntro(s, q, Words.end(w))) {
                break;
            }
            k = Words.end(w);
            intro++;
        }
        if (intro == 0) {
            return -1;
        }
        k = Words.skipSpace(s, k, 4);
        boolean day = false;
        int d = Chars.digitsEnd(s, k);
        if (d > k) {
            if (d - k > 2) {
                return -1;
            }
            day = true;
            k = Words.skipSpace(s, ordinalEnd(s, d), 4);
            k = wordIf(s, k, "de");
        }
        long w = Words.after(s, k);
        if (w < 0 || Words.start(w) != k || !Months.isMonthName(s, k, Words.end(w))) {
            return -1;
        }
        k = Months.qualifierEnd(s, Words.end(w));
        int slash = Words.skipSpace(s, k, 2);
        if (slash < n && s.charAt(slash) == '/') { // آب/أغسطس: the Syriac and the Latin month names
            int q = Words.skipSpace(s, slash + 1, 2);
            long m = Words.after(s, q);
            if (m < 0 || Words.start(m) != q || !Months.isMonthName(s, q, Words.end(m))) {
                return -1;
            }
            k = Months.qualifierEnd(s, Words.end(m));
        }
        k = Words.skipSpace(s, k, 4);
        if (!day) {
            d = Chars.digitsEnd(s, k);
            if (d > k && d - k <= 2) { // September 8, 2000
                k = d < n && s.charAt(d) == ',' ? Words.skipSpace(s, d + 1, 4) : Words.skipSpace(s, d, 4);
            }
        }
        k = wordIf(s, wordIf(s, k, "de"), "of");
        int y = Chars.digitsEnd(s, k);
        int year = Chars.number(s, k, y);
        if (y - k != 4 || year < 1900 || year > 2100) {
            return -1;
        }
        if (y < n && s.charAt(y) == 'م' && (y + 1 >= n || !Character.isLetter(s.charAt(y + 1)))) {
            return y + 1; // 1999م: the Gregorian year mark
        }
        int after = Words.skipSpace(s, y, 2);
        if (after == y) {
            after = lineBreakEnd(s, y); // "от 24 октября 1998\nгода": the word for "year" on the next line
        }
        long g = Words.after(s, after);
        if (g >= 0 && Words.start(g) == after) {
            String word = s.subSequence(after, Words.end(g)).toString();
            if (word.equals("года") || word.equals("год") || word.equals("г")) {
                y = Words.end(g) < n && s.charAt(Words.end(g)) == '.' ? Words.end(g) + 1 : Words.end(g);
            }
        }
        return y;
    }

    /** The French elided "de" glued to a month name: "d’août", "d'avril", "D’octobre". */
    private static boolean elidedMonth(CharSequence s, int from, int to) {
        return to - from > 3 && (s.charAt(from) == 'd' || s.charAt(from) == 'D')
                && (s.charAt(from + 1) == '’' || s.charAt(from + 1) == '\'') && Months.isMonthName(s, from + 2, to);
    }

    /**
     * After a day's ordinal suffix ("1er", "1st", "2nd", "3rd", "4th"), also split from its day by one space as a
     * superscript suffix comes out of a PDF ("1 er décembre"); or {@code d}. The caller then wants a month name.
     */
    private static int ordinalEnd(CharSequence s, int d) {
        if (d + 1 < s.length() && s.charAt(d) == ' ' && Character.isLetter(s.charAt(d + 1))) {
            int split = ordinalEnd(s, d + 1);
            if (split > d + 1) {
                return split;
            }
        }
        for (String suffix : new String[] {"er", "st", "nd", "rd", "th"}) {
            if (Words.startsWith(s, d, suffix) && (d + 2 >= s.length() || !Character.isLetter(s.charAt(d + 2)))) {
                return d + 2;
            }
        }
        return d;
    }

    /** After the word {@code word} at {@code k} and its white space, or {@code k} when another word is there. */
    private static int wordIf(CharSequence s, int k, String word) {
        int e = k + word.length();
        if (Words.startsWith(s, k, word) && (e >= s.length() || !Character.isLetter(s.charAt(e)))) {
            return Words.skipSpace(s, e, 4);
        }
        return k;
    }

    /** A quoted title, after an optional "entitled" word: its end after the closing quote, or -1. */
    private static int title(CharSequence s, int p) {
        int n = s.length();
        int k = p;
        long w = Words.after(s, k);
        if (w >= 0 && Words.start(w) == k && Lexicon.isTitleIntro(s, k, Words.end(w))) {
            k = Words.skipSpace(s, Words.end(w), 4);
        }
        if (k >= n) {
            return -1;
        }
        char open = s.charAt(k);
        char close = switch (open) {
            case '“' -> '”';
            case '«' -> '»';
            case '"' -> '"';
            case '„' -> '“';
            case '‘' -> '’';
            default -> 0;
        };
        if (close == 0) {
            return -1;
        }
        int limit = Math.min(n, k + 1 + MAX_TITLE);
        for (int i = k + 1; i < limit; i++) {
            char c = s.charAt(i);
            if (c == close || open == '“' && c == '"') {
                return i + 1;
            }
            if (Chars.isLineBreak(c)) {
                return -1;
            }
        }
        return -1;
    }

    /** After a number word at {@code k} ("No.", "n°", "رقم", "ورقم") and its white space, or {@code k}. */
    private static int numberWordEnd(CharSequence s, int k) {
        long w = Words.after(s, k);
        if (w < 0 || Words.start(w) != k || !Lexicon.isNumberWord(s, k, Words.end(w))) {
            return k;
        }
        int e = Words.end(w);
        return Words.skipSpace(s, e < s.length() && s.charAt(e) == '.' ? e + 1 : e, 4);
    }

    /** An editorial note in brackets after an item, "59/543 [page 12] and 61/563", "[1]": its end, or -1. */
    private static int bracketed(CharSequence s, int p) {
        if (p >= s.length() || s.charAt(p) != '[') {
            return -1;
        }
        int limit = Math.min(s.length(), p + 1 + MAX_NOTE);
        for (int i = p + 1; i < limit; i++) {
            char c = s.charAt(i);
            if (c == ']') {
                return i + 1;
            }
            if (c == '[' || Chars.isLineBreak(c)) {
                return -1;
            }
        }
        return -1;
    }

    /** "section I", "part II", "sección III": the part of a resolution an item points to, after a comma. */
    private static final java.util.Set<String> SECTION_WORDS = java.util.Set.of("section", "sections", "part",
            "sección", "parte", "partie", "раздел");

    /** A pinpoint after a list item's comma: "974 D (XXXVI), section I, of 5 July 1963": its end, or -1. */
    private static int sectionPinpoint(CharSequence s, int p) {
        long w = Words.after(s, p);
        if (w < 0 || Words.start(w) != p
                || !SECTION_WORDS.contains(s.subSequence(p, Words.end(w)).toString().toLowerCase(java.util.Locale.ROOT))) {
            return -1;
        }
        int k = Words.skipSpace(s, Words.end(w), 2);
        int e = k;
        while (e < s.length() && e - k < 6 && "IVXLC".indexOf(s.charAt(e)) >= 0) {
            e++;
        }
        if (e == k) {
            e = Chars.digitsEnd(s, k);
            if (e == k || e - k > 2) {
                return -1;
            }
        }
        if (e < s.length() && Character.isLetterOrDigit(s.charAt(e))) {
            return -1;
        }
        return e < s.length() && (s.charAt(e) == ',' || s.charAt(e) == '،') ? e : -1;
    }

    /**
     * A legal database's own id in parentheses after a list item, "1234 (1999) от 9 апреля 1999 года ( 995_531 )":
     * digits, an underscore and digits (the Ukrainian parliament's code of an international act), spaces allowed
     * inside. Its end, or -1; never a year "(1999)" or a symbol.
     */
    private static int databaseId(CharSequence s, int p) {
        int n = s.length();
        if (p >= n || s.charAt(p) != '(') {
            return -1;
        }
        int k = Words.skipSpace(s, p + 1, 2);
        int d = Chars.digitsEnd(s, k);
        if (d == k || d - k > 6 || d >= n || s.charAt(d) != '_') {
            return -1;
        }
        int e = Chars.digitsEnd(s, d + 1);
        if (e == d + 1 || e - d > 7) {
            return -1;
        }
        int c = Words.skipSpace(s, e, 2);
        return c < n && s.charAt(c) == ')' ? c + 1 : -1;
    }

    /** After a Chinese date at {@code k} ("1998年8月28日", "2000 年 9 月 8 日", "1999年"), or {@code k}. */
    private static int chineseDateEnd(CharSequence s, int k) {
        int y = Chars.digitsEnd(s, k);
        int p = Words.skipSpace(s, y, 1);
        if (y - k != 4 || p >= s.length() || s.charAt(p) != '年') {
            return k;
        }
        int end = p + 1;
        for (char unit : new char[] {'月', '日'}) {
            int q = Words.skipSpace(s, end, 1);
            int d = Chars.digitsEnd(s, q);
            int u = Words.skipSpace(s, d, 1);
            if (d == q || d - q > 2 || u >= s.length() || s.charAt(u) != unit) {
                break;
            }
            end = u + 1;
        }
        return Words.skipSpace(s, end, 2);
    }
}
