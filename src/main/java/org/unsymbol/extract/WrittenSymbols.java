package org.unsymbol.extract;

import java.util.List;
import java.util.Set;
import org.unsymbol.symbol.Vocabulary;

/**
 * Symbols written out in running text, found from a slash: the root letters before it, the components after it,
 * the tail ({@code *}, {@code (2023)}, {@code (Resumption1)}, a part letter after {@code RES}), a joint second symbol
 * ({@code A/55/305-S/2000/809}), and the inherited parts that follow it ("and Corr.1", ", 44, 46 and 50",
 * "SR.24-34, 36").
 *
 * <p>Rules that keep it from inventing references: the root is 1-10 upper-case ASCII letters not glued to a
 * preceding token (so {@code undocs.org/A/78/265} and URLs are skipped whole); at least one component has a digit
 * or a placeholder; a final period, comma or closing bracket is never part of a symbol.
 */
final class WrittenSymbols {

    /** The largest number of items one range expands to. */
    static final int RANGE_CAP = 200;

    private static final int MAX_ROOT = 10;
    private static final int MAX_TAIL_ITEMS = 400;
    private static final Set<String> DOTTED = Set.of("L", "SR", "PV", "CRP", "WP", "R", "Add", "Corr", "Rev",
            "Amend", "Sub", "AC", "C", "CN", "CONF", "WG");
    /** Final dotted types whose number a list or range may continue ("SR.24-34, 36", "Add.39, 44"). */
    private static final Set<String> CONTINUABLE = Set.of("L", "SR", "PV", "CRP", "WP", "R", "Add", "Corr", "Rev",
            "Amend");
    private static final String[] MODIFIERS = {"Add", "Corr", "Rev", "Amend"};

    private WrittenSymbols() {
    }

    /** One symbol as read from the text. */
    private static final class Match {
        int start;
        int end;
        final StringBuilder text = new StringBuilder();
        boolean verbatim = true;
        boolean lineJoined;
        boolean hasDigit;
        boolean placeholder;
        boolean res;
        boolean incomplete;
        boolean tailed;
    }

    /**
     * Tries a written symbol around the slash at {@code slash}.
     *
     * @return where scanning resumes (after the symbol and its inherited tail, or after a skipped URL or path), or -1
     *         when nothing here is a symbol
     */
    static int recognize(String s, int slash, List<Candidate> out, List<Notice> notices) {
        int n = s.length();
        if (slash > 0 && s.charAt(slash - 1) == ':' || slash + 1 < n && s.charAt(slash + 1) == '/') {
            return pathEnd(s, slash); // scheme://host/... or //host/...
        }
        int rootEnd = slash;
        if (slash >= 2 && s.charAt(slash - 1) == ' ' && Chars.isUpper(s.charAt(slash - 2)) && slash + 1 < n
                && Chars.isComponentChar(s.charAt(slash + 1))) {
            rootEnd = slash - 1; // "A /AC.290/2021/CRP.2"
        }
        int root = rootEnd;
        while (root > 0 && Chars.isAsciiLetter(s.charAt(root - 1)) && rootEnd - root <= MAX_ROOT) {
            root--;
        }
        if (root == rootEnd) {
            return -1;
        }
        if (root > 0 && Chars.gluesToken(s.charAt(root - 1))) {
            return pathEnd(s, slash);
        }
        Match m = parseSingle(s, root);
        if (m == null) {
            return -1;
        }
        while (true) { // joint symbols: A/55/305-S/2000/809
            int k = m.end;
            // the separator glued to both singles; or glued to the first with one space after
            // ("ISBA/25/A/10- ISBA/25/C/31"); after a reissue mark, one space either side ("ISBA/21/C/15* – ...")
            boolean star = m.text.charAt(m.text.length() - 1) == '*';
            int dash = star && k + 1 < n && s.charAt(k) == ' ' ? k + 1 : k;
            int next = dash + 1 < n && s.charAt(dash + 1) == ' ' ? dash + 2 : dash + 1;
            if (next < n && Chars.isDash(s.charAt(dash)) && Chars.isUpper(s.charAt(next))) {
                Match second = parseSingle(s, next);
                if (second != null) {
                    m.text.append('-').append(second.text);
                    m.verbatim &= second.verbatim && s.charAt(dash) == '-' && dash == k && next == k + 1;
                    m.end = second.end;
                    m.res = second.res;
                    m.incomplete = second.incomplete;
                    m.placeholder |= second.placeholder;
                    m.tailed = true; // lists do not continue a joint symbol
                    continue;
                }
            }
            break;
        }
        if (m.incomplete) {
            BidiRepair.repair(s, m.start, m.end, m.text, out, notices);
        }
        boolean asserted = Lexicon.documentKeywordBefore(s, m.start);
        String text = m.text.toString();
        out.add(0, new Candidate(text, m.start, m.end, m.verbatim && text.contentEquals(s.subSequence(m.start, m.end)),
                ReferenceForm.WRITTEN, null, true, asserted, m.placeholder));
        if (m.lineJoined) {
            notices.add(new Notice(NoticeCode.LINE_JOINED, "joined " + text + " across a line break", m.start, m.end));
        }
        if (m.tailed || m.incomplete) {
            return m.end;
        }
        return tail(s, m.end, text, asserted, out, notices);
    }

    /** The end of a URL or path run: the next white space, quote, angle bracket, or closing bracket. */
    static int pathEnd(String s, int from) {
        int n = s.length();
        int i = from;
        while (i < n) {
            char c = s.charAt(i);
            if (Chars.isWhite(c) || c == '<' || c == '>' || c == '"' || c == '\'' || c == '`' || c == '|'
                    || c == ')' || c == ']' || c == '}' || c == '“' || c == '”' || c == '»') {
                break;
            }
            i++;
        }
        return Math.max(i, from + 1);
    }

    /** A single symbol whose root starts at {@code root}: root letters, then slash-separated components, then tail. */
    private static Match parseSingle(String s, int root) {
        int n = s.length();
        int k = root;
        while (k < n && Chars.isUpper(s.charAt(k))) {
            k++;
        }
        if (k == root || k - root > MAX_ROOT || k < n && Chars.isAsciiLetter(s.charAt(k))) {
            return null;
        }
        Match m = new Match();
        m.start = root;
        m.text.append(s, root, k);
        int components = 1;
        while (true) {
            int j = k;
            if (components == 1 && j + 1 < n && s.charAt(j) == ' ' && s.charAt(j + 1) == '/') {
                j++;
            }
            if (j >= n || s.charAt(j) != '/') {
                break;
            }
            int c0 = j + 1;
            int c = skipBreak(s, c0, m);
            int lengthBefore = m.text.length();
            m.text.append('/');
            int ce = readComponent(s, c, m);
            if (ce == c) {
                m.text.setLength(lengthBefore);
                break;
            }
            if (j != k || c != c0) {
                m.verbatim = false;
            }
            components++;
            k = ce;
        }
        if (components < 2 || !m.hasDigit) {
            return null;
        }
        m.end = k;
        if (m.incomplete) {
            return m;
        }
        readTail(s, m);
        return m;
    }

    /** White space after a slash, kept out of the symbol: a line break ({@code A/AC.292/\n2024/L.1}) or OCR space. */
    private static int skipBreak(String s, int c0, Match m) {
        int n = s.length();
        int c = c0;
        int breaks = 0;
        while (c < n && c - c0 < 4 && Chars.isWhite(s.charAt(c))) {
            if (s.charAt(c) == '\n' || s.charAt(c) == '\u2028') {
                breaks++;
            }
            c++;
        }
        if (c == c0 || breaks > 1 || c >= n || !Chars.isComponentChar(s.charAt(c))) {
            return c0;
        }
        m.lineJoined |= breaks > 0;
        return c;
    }

    /** One component: {@code AC.292}, {@code 2024}, {@code L.1}, {@code ES-10}, {@code EX(12)}, {@code CRP.X}, {@code ...}. */
    private static int readComponent(String s, int j, Match m) {
        int n = s.length();
        for (String placeholder : new String[] {"[...]", "[…]", "...", "…"}) {
            if (Words.startsWith(s, j, placeholder)) {
                m.text.append(placeholder);
                m.hasDigit = true;
                m.placeholder = true;
                return j + placeholder.length();
            }
        }
        int k = j;
        if (k < n && s.charAt(k) == '#') {
            while (k < n && s.charAt(k) == '#') {
                k++;
            }
            m.text.append(s, j, k);
            m.hasDigit = true;
            m.placeholder = true;
            return k;
        }
        int segment = j;
        boolean lettersOnly = true;
        while (k < n) {
            char c = s.charAt(k);
            if (Chars.isComponentChar(c)) {
                if (Chars.isDigit(c)) {
                    lettersOnly = false;
                    m.hasDigit = true;
                }
                m.text.append(c);
                k++;
            } else if (c == '.') {
                char next = k + 1 < n ? s.charAt(k + 1) : ' ';
                String singular = lettersOnly && k > segment ? Vocabulary.singularModifier(s, segment, k) : null;
                if (singular != null) { // "Adds.1 and 2": the plural names each addendum; the list follows
                    m.text.setLength(m.text.length() - (k - segment));
                    m.text.append(singular);
                    m.verbatim = false;
                }
                String token = singular != null ? singular : s.substring(segment, k);
                if (Chars.isComponentChar(next)) {
                    m.text.append('.');
                    k++;
                    segment = k;
                    lettersOnly = true;
                } else if (lettersOnly && k > segment && next == ' ' && k + 2 < n && Chars.isDigit(s.charAt(k + 2))
                        && DOTTED.contains(token)) {
                    m.text.append('.'); // OCR "SR. 54"
                    m.verbatim = false;
                    k += 2;
                    segment = k;
                    lettersOnly = false;
                } else if (lettersOnly && k > segment && DOTTED.contains(token) && !Chars.isDigit(next)) {
                    m.text.append('.'); // "A/61/L." with its number lost: keep the dot, report it incomplete
                    m.incomplete = true;
                    return k + 1;
                } else {
                    break;
                }
            } else if (c == '(' && k > j) {
                int d = Chars.digitsEnd(s, k + 1);
                if (d > k + 1 && d < n && s.charAt(d) == ')' && d + 1 < n && s.charAt(d + 1) == '/') {
                    m.text.append(s, k, d + 1); // TD/B/EX(12)/2
                    k = d + 1;
                } else {
                    break;
                }
            } else if (Chars.isDash(c) && !lettersOnly && segment == j && k + 1 < n && Chars.isDigit(s.charAt(k + 1))
                    && combinedReport(s, j, k, m)) {
                k = Chars.digitsEnd(s, k + 1); // CRC/C/DEU/5-6: one combined report, not a range of two
            } else if (Chars.isDash(c) && lettersOnly && k > segment && k - segment <= 3 && k + 1 < n
                    && (Chars.isDigit(s.charAt(k + 1)) || Roman.isNumeralChar(s.charAt(k + 1)))) {
                m.text.append('-'); // S-10, ES-10, ORG-75
                if (c != '-') {
                    m.verbatim = false;
                }
                k++;
            } else {
                break;
            }
        }
        if (k > j && s.regionMatches(j, "RES", 0, 3) && k - j == 3) {
            m.res = true;
        }
        return k;
    }

    /**
     * True (and the range appended) when the digits {@code s[j, dash)} and the digits after the dash number a combined
     * report of a treaty-body State party series, by the grammar's own rule ({@link Vocabulary#isCombinedReportSeries}).
     */
    private static boolean combinedReport(String s, int j, int dash, Match m) {
        int d = Chars.digitsEnd(s, dash + 1);
        if (d < s.length() && (Chars.isAsciiLetter(s.charAt(d)) || Chars.isDigit(s.charAt(d)))) {
            return false;
        }
        int series = m.text.length() - (dash - j) - 1; // the '/' before this component
        if (series <= 0 || m.text.charAt(series) != '/' || !Vocabulary.isCombinedReportSeries(m.text, 0, series)
                || !Vocabulary.isCombinedReportRange(Chars.number(s, j, dash), Chars.number(s, dash + 1, d))) {
            return false;
        }
        m.text.append('-').append(Chars.asciiDigits(s, dash + 1, d));
        if (s.charAt(dash) != '-') {
            m.verbatim = false;
        }
        return true;
    }

    /** Reissue mark, parentheticals, a part letter after a resolution, a modifier after one space. */
    private static void readTail(String s, Match m) {
        int n = s.length();
        int k = m.end;
        if (k < n && s.charAt(k) == '*') {
            m.text.append('*');
            k++;
            m.tailed = true;
        }
        while (true) {
            int p = k < n && Chars.isSpace(s.charAt(k)) ? k + 1 : k;
            if (p < n && s.charAt(p) == '(') {
                int close = Words.indexOf(s, ')', p + 1, 20);
                if (close > 0 && isSymbolParenthetical(s, p + 1, close)) {
                    m.text.append(s, k, close + 1);
                    k = close + 1;
                    m.tailed = true;
                    continue;
                }
            }
            break;
        }
        if (m.res && k + 1 < n && s.charAt(k) == ' ' && Chars.isUpper(s.charAt(k + 1))) {
            int le = k + 2;
            if (le + 1 < n && Chars.isDash(s.charAt(le)) && Chars.isUpper(s.charAt(le + 1))) {
                le += 2;
            }
            if (le >= n || !Chars.isAsciiAlnum(s.charAt(le)) && s.charAt(le) != '/' && s.charAt(le) != '.'
                    || le < n && s.charAt(le) == '.' && (le + 1 >= n || !Chars.isAsciiAlnum(s.charAt(le + 1)))) {
                m.text.append(s, k, le); // A/RES/69/274 A, A/RES/70/93 A-B
                k = le;
                m.tailed = true;
            }
        }
        if (!m.tailed && k + 1 < n && s.charAt(k) == ' ') {
            int me = modifierEnd(s, k + 1);
            if (me > 0) {
                m.text.append('/').append(modifierText(s, k + 1, me)); // "A/78/265 Add.1" is one symbol
                m.verbatim = false;
                k = me;
            }
        }
        m.end = k;
    }

    private static boolean isSymbolParenthetical(String s, int from, int to) {
        String c = s.substring(from, to).strip();
        if (c.length() == 4 && Chars.number(c, 0, 4) >= 1946 && Chars.number(c, 0, 4) <= 2100) {
            return true;
        }
        if (Roman.parse(c, 0, c.length()) > 0
                || c.startsWith("S-") && Roman.parse(c, 2, c.length()) > 0
                || c.startsWith("ES-") && Roman.parse(c, 3, c.length()) > 0) {
            return true;
        }
        String compact = c.replace(" ", "");
        return compact.matches("(?:Resumption|Part|Vol\\.?|Session)(?:[0-9]{1,2}|[IVX]{1,5})");
    }

    /** End of a modifier {@code Add.1}, {@code Corr.l} (OCR), {@code Rev. 2} starting at {@code k}, or -1. */
    static int modifierEnd(String s, int k) {
        int n = s.length();
        for (String mod : MODIFIERS) {
            int w = k + mod.length();
            if (s.startsWith(mod, k) && w + 1 < n && s.charAt(w) == 's' && s.charAt(w + 1) == '.') {
                w++; // plural: "Adds.1 and 2", "Corrs.1-3"
            }
            if (s.startsWith(mod, k) && w < n && s.charAt(w) == '.') {
                int d = w + 1;
                if (d < n && s.charAt(d) == ' ') {
                    d++;
                }
                int e = Chars.digitsEnd(s, d);
                if (e == d && d < n && (s.charAt(d) == 'l' || s.charAt(d) == 'I')) {
                    e = d + 1; // OCR: Corr.l
                }
                if (e == d || e < n && (Chars.isAsciiAlnum(s.charAt(e)) || s.charAt(e) == '/')) {
                    return -1;
                }
                return e;
            }
        }
        return -1;
    }

    /** The modifier {@code s[k, me)} as a symbol writes it: no space, singular ({@code Adds. 1} gives {@code Add.1}). */
    private static String modifierText(String s, int k, int me) {
        String mod = s.substring(k, me).replace(" ", "");
        int dot = mod.indexOf('.');
        String singular = Vocabulary.singularModifier(mod, 0, dot);
        return singular == null ? mod : singular + mod.substring(dot);
    }

    /** The dotted type whose number ends {@code text}: {@code SR} for {@code .../SR.24}; null otherwise. */
    private static int seriesCut(String text) {
        int i = text.length();
        while (i > 0 && Character.isDigit(text.charAt(i - 1))) {
            i--;
        }
        if (i == text.length() || i == 0 || text.charAt(i - 1) != '.') {
            return -1;
        }
        int dot = i - 1;
        int t = dot;
        while (t > 0 && Character.isLetter(text.charAt(t - 1))) {
            t--;
        }
        if (t == 0 || text.charAt(t - 1) != '/' || !CONTINUABLE.contains(text.substring(t, dot))) {
            return -1;
        }
        return i;
    }

    /**
     * The inherited parts after a symbol: modifiers joined by a conjunction ("and Corr.1", "y Add.1", "و Add.1"),
     * numbers continuing its last dotted type (", 44, 46 and 50"), and ranges ("-34"), each expanded item reported
     * with the span of the text that names it.
     */
    private static int tail(String s, int from, String base, boolean asserted, List<Candidate> out,
                            List<Notice> notices) {
        int n = s.length();
        int e = from;
        String current = Chars.asciiDigits(base, 0, base.length());
        int cut = seriesCut(current);
        String series = cut < 0 ? null : current.substring(0, cut);
        int last = cut < 0 ? -1 : Chars.number(current, cut, current.length());
        for (int items = 0; items < MAX_TAIL_ITEMS; items++) {
            if (series != null && e + 1 < n && (s.charAt(e) == '-' || s.charAt(e) == '\u2013')
                    && Chars.isDigit(s.charAt(e + 1))) {
                int d = Chars.digitsEnd(s, e + 1);
                int hi = Chars.number(s, e + 1, d);
                if (!endsNumber(s, d) || hi <= last) {
                    break;
                }
                expandRange(series, last, hi, e + 1, d, asserted, out, notices);
                last = hi;
                e = d;
                continue;
            }
            int k = Words.skipSpace(s, e, 4);
            long to = series != null && k > e ? Words.after(s, k) : -1;
            if (to >= 0 && Words.start(to) == k
                    && Lexicon.classify(s, Words.start(to), Words.end(to)) == Lexicon.Word.RANGE_TO) {
                int r = Words.skipSpace(s, Words.end(to), 4); // "Add.1 à 3", "SR.24 to 34"
                int d = Chars.digitsEnd(s, r);
                int hi = d > r && r > Words.end(to) ? Chars.number(s, r, d) : -1;
                if (hi > last && endsNumber(s, d)) {
                    expandRange(series, last, hi, r, d, asserted, out, notices);
                    last = hi;
                    e = d;
                    continue;
                }
            }
            boolean separated = false;
            if (k < n && (s.charAt(k) == ',' || s.charAt(k) == '،' || s.charAt(k) == '、' || s.charAt(k) == '，')) {
                k = Words.skipSpace(s, k + 1, 4);
                separated = true;
            }
            long w = Words.after(s, k);
            if (w >= 0 && Words.start(w) == k
                    && Lexicon.classify(s, Words.start(w), Words.end(w)) == Lexicon.Word.CONJUNCTION) {
                k = Words.skipSpace(s, Words.end(w), 4);
                separated = true;
            } else if (k < n && (s.charAt(k) == '和' || s.charAt(k) == '及' || s.charAt(k) == '&'
                    || s.charAt(k) == '+')) { // "A/CN.4/620 + Add.1" (the ILC's document lists)
                k = Words.skipSpace(s, k + 1, 4);
                separated = true;
            }
            if (!separated || k >= n) {
                break;
            }
            int me = modifierEnd(s, k);
            if (me > 0) {
                String mod = modifierText(s, k, me);
                String type = mod.substring(0, mod.indexOf('.'));
                String text = attach(current, type, mod.substring(mod.indexOf('.') + 1));
                out.add(new Candidate(text, k, me, false, ReferenceForm.INHERITED, null, true, asserted));
                series = attach(current, type, "");
                last = Chars.number(text, series.length(), text.length());
                if (last < 0) {
                    last = 1; // OCR l
                }
                e = me;
                continue;
            }
            int elided = series == null ? -1 : elidedNumber(s, k, series);
            if (elided > k) { // "CERD/C/SR.2337 and SR.2338": the series once, its dotted type again
                int d = Chars.digitsEnd(s, elided);
                String digits = Chars.asciiDigits(s, elided, d);
                out.add(new Candidate(series + digits, k, d, false, ReferenceForm.INHERITED, null, true, asserted));
                last = Chars.number(s, elided, d);
                e = d;
                continue;
            }
            if (series != null && Chars.isDigit(s.charAt(k))) {
                int d = Chars.digitsEnd(s, k);
                if (!endsNumber(s, d)) {
                    break;
                }
                String digits = Chars.asciiDigits(s, k, d);
                out.add(new Candidate(series + digits, k, d, false, ReferenceForm.INHERITED, null, true, asserted));
                last = Chars.number(s, k, d);
                e = d;
                continue;
            }
            break;
        }
        return e;
    }

    /**
     * Where the digits start when {@code s} at {@code k} repeats the dotted type that ends {@code series} ({@code SR.}
     * of {@code CERD/C/SR.}) before a list number ({@code SR.2338}); -1 otherwise.
     */
    private static int elidedNumber(String s, int k, String series) {
        int slash = series.lastIndexOf('/');
        String type = series.substring(slash + 1); // "SR."
        if (type.length() < 2 || !s.startsWith(type, k) || k > 0 && Chars.isAsciiLetter(s.charAt(k - 1))) {
            return -1;
        }
        int d0 = k + type.length();
        int d = Chars.digitsEnd(s, d0);
        return d > d0 && endsNumber(s, d) ? d0 : -1;
    }

    /** A list number ends at a clause boundary: not a date ("12 May"), a decimal, a path or the start of a word. */
    private static boolean endsNumber(String s, int d) {
        int n = s.length();
        if (d >= n) {
            return true;
        }
        char c = s.charAt(d);
        if (Chars.isAsciiLetter(c) || c == '/' || c == '%' || c == '年' || c == '月' || c == '日'
                || (c == '.' || c == ',' || c == ':') && d + 1 < n && Chars.isDigit(s.charAt(d + 1))) {
            return false;
        }
        long w = Words.after(s, d);
        return w < 0 || Words.start(w) - d > 2 || !Months.isMonth(s, Words.start(w), Words.end(w));
    }

    private static void expandRange(String series, int lo, int hi, int start, int end, boolean asserted,
                                    List<Candidate> out, List<Notice> notices) {
        int top = hi;
        if (hi - lo > RANGE_CAP) {
            top = lo + RANGE_CAP;
            notices.add(new Notice(NoticeCode.RANGE_CAPPED, "range " + series + lo + "-" + hi + " expanded only to "
                    + series + top + " (cap " + RANGE_CAP + ")", start, end));
        }
        for (int v = lo + 1; v <= top; v++) {
            out.add(new Candidate(series + v, start, end, false, ReferenceForm.INHERITED, null, v == hi, asserted));
        }
    }

    /** {@code A/78/265} + Corr.1 = {@code A/78/265/Corr.1}; {@code S/2000/40/Add.39} + Add.44 replaces the last. */
    static String attach(String base, String type, String number) {
        int slash = base.lastIndexOf('/');
        String last = base.substring(slash + 1);
        if (last.startsWith(type + ".")) {
            return base.substring(0, slash + 1) + type + "." + number;
        }
        return base + "/" + type + "." + number;
    }
}
