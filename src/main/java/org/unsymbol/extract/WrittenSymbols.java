package org.unsymbol.extract;

import java.util.List;
import java.util.Set;
import org.unsymbol.symbol.ParseResult;
import org.unsymbol.symbol.SymbolParser;
import org.unsymbol.symbol.Tier;
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

    /** The largest number of items one range of numbers under one symbol expands to ({@code SR.1-5000}). */
    static final int RANGE_CAP = 200;
    /**
     * The longest range of whole documents that is expanded ({@code A/78/1 to A/78/5}, {@code A/HRC/55/L.1–L.25});
     * a longer one is reported by its two ends with {@link NoticeCode#DOCUMENT_RANGE_NOT_EXPANDED}.
     */
    static final int DOCUMENT_RANGE_CAP = 25;
    /** Words for "to" between the ends of a range of documents beside {@link Lexicon.Word#RANGE_TO}. */
    private static final Set<String> RANGE_WORDS = Set.of("through", "au", "по", "hasta");
    private static final int MAX_WORD = 40;
    private static final int MAX_SPACED_RUNS = 12;
    /** The letters of the six languages that end a publication's job or sales code after a dot ({@code 04.E}). */
    private static final String LANGUAGE_LETTERS = "AEFSRC";

    private static final int MAX_ROOT = 10;
    private static final int MAX_TAIL_ITEMS = 400;
    private static final Set<String> DOTTED = Set.of("L", "SR", "PV", "CRP", "WP", "R", "Add", "Corr", "Rev",
            "Amend", "Sub", "AC", "C", "CN", "CONF", "WG");
    /** Final dotted types whose number a list or range may continue ("SR.24-34, 36", "Add.39, 44"). */
    private static final Set<String> CONTINUABLE = Set.of("L", "SR", "PV", "CRP", "WP", "R", "Add", "Corr", "Rev",
            "Amend");
    private static final String[] MODIFIERS = {"Add", "Corr", "Rev", "Amend"};
    /** The same in the capitals of older documents: "ADD.1". */
    private static final String[] MODIFIERS_UPPER = {"ADD", "CORR", "REV", "AMEND"};

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
        /** The last component ends where a second symbol's registered root starts, glued on ({@code 6ISBA/24/C/19}). */
        boolean fusedNext;
        /** A date glued to the last number was cut off; {@link #cutNotice} says how. */
        boolean dateCut;
        /** Written with a space either side of its first slash ({@code ST / LEG / ...}): later ones may be too. */
        boolean spacedSlashes;
        /** Ends in its slash ({@code A/HRC/55/}): malformed as written, with no tail read after it. */
        boolean trailingSlash;
        String cutNotice;
    }

    /**
     * Tries a written symbol around the slash at {@code slash}.
     *
     * @param parser the grammar, asked about roots (is the root glued to a word a registered one?) and, for letter-spaced
     *               OCR, whether the joined form parses
     * @return where scanning resumes (after the symbol and its inherited tail, or after a skipped URL or path), or -1
     *         when nothing here is a symbol
     */
    static int recognize(String s, int slash, List<Candidate> out, List<Notice> notices, SymbolParser parser) {
        int n = s.length();
        if (slash > 0 && s.charAt(slash - 1) == ':' || slash + 1 < n && s.charAt(slash + 1) == '/'
                && !(slash > 0 && Chars.isRootLetter(s.charAt(slash - 1)) && slash + 2 < n
                && Chars.isDigit(s.charAt(slash + 2)))) {
            return pathEnd(s, slash); // scheme://host/... or //host/..., but not a root's doubled slash (A//78/1)
        }
        int rootEnd = slash;
        if (slash >= 2 && s.charAt(slash - 1) == ' ' && Chars.isRootLetter(s.charAt(slash - 2)) && slash + 1 < n
                && (Chars.isComponentChar(s.charAt(slash + 1)) || letterSpaced(s, slash) || slash + 2 < n
                && s.charAt(slash + 1) == ' ' && Chars.isComponentChar(s.charAt(slash + 2)))) {
            rootEnd = slash - 1; // "A /AC.290/2021/CRP.2", "E / 1 9 9 8 / 5 3", "ST / LEG / SER.A / 283"
        }
        if (rootEnd == slash && slash > 0 && Chars.isWhite(s.charAt(slash - 1))) {
            int lineRoot = rootEndingLine(s, slash, parser);
            if (lineRoot > 0) {
                rootEnd = lineRoot; // a masthead's root on the line above the rest: "HSP\n\n/EB.2020/28"
            }
        }
        int root = rootEnd;
        while (root > 0 && rootLetterAt(s, root - 1, rootEnd) && rootEnd - root <= MAX_ROOT) {
            root--;
        }
        if (root == rootEnd) {
            root = sessionRootStart(s, rootEnd); // IDB.50/Dec.11, GC.18/INF/4: the session numbered on the root
            if (root < rootEnd) {
                root = rootBeforeDot(s, root, parser); // A.AC.96/1066: a dot typed for the slash after the root
            } else {
                root = dottedBodyRootStart(s, rootEnd, parser); // A.C.3/59/12: a one-letter body code
            }
        }
        int word = root; // the letters of a word the root is glued to, if any
        while (word > 0 && gluedLetter(s.charAt(word - 1)) && root - word < MAX_WORD) {
            word--;
        }
        boolean pathBefore = word > 0 && Chars.gluesToken(s.charAt(word - 1));
        if (root == rootEnd) {
            if (word == root && slash > 0 && Chars.isDigit(s.charAt(slash - 1))) {
                return BidiRepair.visualOrder(s, slash, out, notices, parser); // "31/2006/RES/E" on an Arabic page
            }
            return word < root && pathBefore ? pathEnd(s, slash) : -1;
        }
        boolean fusedBefore = false;
        if (word < root) {
            // "Consejo de SeguridadS/2016/436", "GeneralAssemblyA/47/19": a registered root after a lower-case letter
            if (!pathBefore && Character.isLowerCase(s.charAt(root - 1)) && registeredRoot(s, root, rootEnd, parser)) {
                fusedBefore = true;
            } else {
                return pathBefore ? pathEnd(s, slash) : -1;
            }
        } else if (pathBefore) {
            int year = yearBefore(s, root);
            if (year < 0) {
                year = numberBefore(s, root); // "و1915CERD/C/SR.1914)": right-to-left reordering glued a meeting number
            }
            if (year < 0 || !registeredRoot(s, root, rootEnd, parser)) {
                return pathEnd(s, slash);
            }
            word = year; // "Distr.: General 1 August 2023A/78/265": a masthead date glued before the symbol
            fusedBefore = true;
        }
        if (letterSpaced(s, slash)) {
            int spaced = spaced(s, root, rootEnd, out, notices, parser);
            if (spaced > 0) {
                return spaced;
            }
        }
        Match m = word == root && !fusedBefore ? splitRoot(s, root, rootEnd, parser) : null;
        if (m != null) {
            notices.add(new Notice(NoticeCode.LETTER_SPACING_JOINED, "joined " + m.text + " across the space that "
                    + "split its root", m.start, m.end));
        } else {
            m = parseSingle(s, root, parser);
        }
        if (m == null) {
            return -1;
        }
        if (m.dateCut) {
            notices.add(new Notice(NoticeCode.FUSED_TEXT_SPLIT, m.cutNotice, m.start, m.end));
        }
        if (fusedBefore) {
            notices.add(new Notice(NoticeCode.FUSED_TEXT_SPLIT, "cut " + m.text + " from the word "
                    + s.substring(word, root) + " it is glued to", word, m.end));
        }
        boolean asserted = Lexicon.documentKeywordBefore(s, fusedBefore ? word : m.start);
        while (true) { // joint symbols: A/55/305-S/2000/809; fused ones; ranges A/78/1-A/78/5
            int k = m.end;
            if (m.fusedNext) { // "ISBA/24/A/6ISBA/24/C/19": the separator lost in text extraction
                Match second = parseSingle(s, k, parser);
                if (second == null) {
                    break;
                }
                if (second.text.toString().contentEquals(m.text) || rangeCut(m.text, second.text) > 0) {
                    // the same symbol twice (a bilingual page), or two of one series: two documents, not one joint
                    notices.add(new Notice(NoticeCode.FUSED_TEXT_SPLIT, "separated " + m.text + " from " + second.text
                            + " glued to it", m.start, second.end));
                    out.add(candidate(s, m, asserted));
                    m = second;
                    continue;
                }
                notices.add(new Notice(NoticeCode.FUSED_TEXT_SPLIT, "read " + m.text + second.text
                        + " as the joint symbol " + m.text + "-" + second.text, m.start, second.end));
                joinJoint(m, second);
                continue;
            }
            // the separator glued to both singles; or glued to the first with one space after
            // ("ISBA/25/A/10- ISBA/25/C/31"); after a reissue mark, one space either side ("ISBA/21/C/15* – ...")
            // a masthead's spaced dash, one space either side: "E/CN.6/1996/15 - E/1996/26", "E/2001/28 – E/CN.7/..."
            boolean star = m.text.charAt(m.text.length() - 1) == '*';
            boolean spaced = k + 2 < n && s.charAt(k) == ' ' && Chars.isDash(s.charAt(k + 1)) && s.charAt(k + 2) == ' '
                    && mastheadPosition(s, m.start);
            int dash = (star || spaced) && k + 1 < n && s.charAt(k) == ' ' ? k + 1 : k;
            int next = dash + 1 < n && s.charAt(dash + 1) == ' ' ? dash + 2 : dash + 1;
            int broken = dash == k && k < n && Chars.isDash(s.charAt(k)) ? lineAfterDash(s, k + 1) : -1;
            if (broken > 0) {
                next = broken; // "ISBA/12/A/7-" at a line's end, "ISBA/12/C/9" on the next: one joint symbol
            }
            if (next < n && Chars.isDash(s.charAt(dash)) && Chars.isRootLetter(s.charAt(next))) {
                Match second = parseSingle(s, next, parser);
                if (second != null) {
                    if (!star && documentRange(s, m, second, asserted, out, notices)) {
                        m = second; // "S/2024/1-S/2024/9": a range of one series, never a joint symbol
                        break;
                    }
                    boolean plain = s.charAt(dash) == '-' && dash == k && next == k + 1;
                    joinJoint(m, second);
                    m.verbatim &= plain;
                    continue;
                }
            }
            int to = rangeWordEnd(s, k);
            if (to > 0 && !m.incomplete) { // "A/78/1 to A/78/5", "A/78/1至A/78/5"
                Match second = parseSingle(s, to, parser);
                if (second != null && documentRange(s, m, second, asserted, out, notices)) {
                    m = second;
                }
            }
            break;
        }
        int headAt = out.size();
        if (m.incomplete) {
            BidiRepair.repair(s, m.start, m.end, m.text, out, notices);
        }
        String text = m.text.toString();
        out.add(headAt, candidate(s, m, asserted));
        if (m.lineJoined) {
            notices.add(new Notice(NoticeCode.LINE_JOINED, "joined " + text + " across a line break", m.start, m.end));
        }
        if (m.tailed || m.incomplete) {
            return m.end;
        }
        return tail(s, m.end, text, asserted, out, notices);
    }

    /** The longest run of spaces, line breaks and leaked line-break tags ({@code <br />}) after a line-ending dash. */
    private static final int MAX_LINE_BREAK_RUN = 24;

    /**
     * Where the next line starts when the dash before {@code from} ends its line: only spaces, line breaks and a leaked
     * {@code <br>} or {@code <br />} tag follow it, with at least one line break; else -1.
     */
    private static int lineAfterDash(String s, int from) {
        int n = s.length();
        int k = from;
        boolean newline = false;
        while (k < n && k - from <= MAX_LINE_BREAK_RUN) {
            char c = s.charAt(k);
            if (c == '\n' || c == '\r') {
                newline = true;
                k++;
            } else if (c == ' ' || c == '\t') {
                k++;
            } else if (c == '<' && s.startsWith("<br", k)) {
                int close = s.indexOf('>', k);
                if (close < 0 || close - k > 6) {
                    return -1;
                }
                k = close + 1;
            } else {
                break;
            }
        }
        return newline && k < n && k - from <= MAX_LINE_BREAK_RUN ? k : -1;
    }

    private static Candidate candidate(String s, Match m, boolean asserted) {
        String text = m.text.toString();
        return new Candidate(text, m.start, m.end, m.verbatim && text.contentEquals(s.subSequence(m.start, m.end)),
                ReferenceForm.WRITTEN, null, true, asserted, m.placeholder);
    }

    /** The masthead's organization line, in the six languages, before the symbol it prints. */
    private static final String[] MASTHEAD_NAMES = {"United Nations", "UNITED NATIONS", "Nations Unies",
        "NATIONS UNIES", "Naciones Unidas", "NACIONES UNIDAS", "Организация Объединенных Наций", "联合国", "الأمم المتحدة"};

    /**
     * True when a symbol starting at {@code start} stands where a masthead prints it, after the organization's name
     * ("United Nations E/2001/28 – E/CN.7/2001/12"). Only there is a spaced dash the joint separator; elsewhere
     * "A/78/1 - S/2023/5" lists two documents (CombinedPluralReissueExtractionTest).
     */
    private static boolean mastheadPosition(String s, int start) {
        int b = start;
        while (b > 0 && Chars.isSpace(s.charAt(b - 1))) {
            b--;
        }
        for (String name : MASTHEAD_NAMES) {
            int a = b - name.length();
            if (a >= 0 && s.startsWith(name, a) && (a == 0 || !Character.isLetter(s.charAt(a - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static void joinJoint(Match m, Match second) {
        m.text.append('-').append(second.text);
        m.verbatim &= second.verbatim && !m.fusedNext;
        m.end = second.end;
        m.res = second.res;
        m.incomplete = second.incomplete;
        m.placeholder |= second.placeholder;
        m.fusedNext = second.fusedNext;
        m.tailed = true; // lists do not continue a joint symbol
    }

    /** The prefixes of the job numbers of the UN's Geneva and Vienna offices ("GE.19-16183", "V.18-02582"). */
    private static final String[] JOB_NUMBER_PREFIXES = {"GE.", "V."};

    /**
     * True when a job number starts at {@code k}: an office prefix and its dot, then (after at most a line break and
     * spaces) two digits and a hyphen ("GE.19-16183 (S)", "V.18-02582"). A symbol glued to it ends before it.
     */
    private static boolean jobNumberAt(String s, int k) {
        for (String prefix : JOB_NUMBER_PREFIXES) {
            if (s.startsWith(prefix, k)) {
                int d = k + prefix.length();
                if (d < s.length() && s.charAt(d) == '\n') {
                    d++;
                }
                d = Words.skipSpace(s, d, 2);
                return d + 2 < s.length() && Chars.isDigit(s.charAt(d)) && Chars.isDigit(s.charAt(d + 1))
                        && Chars.isDash(s.charAt(d + 2));
            }
        }
        return false;
    }

    /** How far a root split after its first letter is read on (the rest of a masthead line). */
    private static final int MAX_SPLIT_ROOT_TAIL = 120;

    /**
     * A root split by a space after its first letter, as PDF text extraction prints letter-spaced mastheads
     * ("C ERD/C/URY/CO/21-23", "C EDAW/C/BLR/CO/7"): a lone capital, one space, then letters that are no registered
     * root but become one with it. The symbol is read joined; its span covers the space.
     *
     * @return the match, or null when the root at {@code root} is not so split
     */
    private static Match splitRoot(String s, int root, int rootEnd, SymbolParser parser) {
        if (root < 2 || rootEnd - root < 2 || rootEnd >= s.length() || s.charAt(rootEnd) != '/'
                || s.charAt(root - 1) != ' ' || s.charAt(root - 2) < 'A' || s.charAt(root - 2) > 'Z'
                || root > 2 && Character.isLetterOrDigit(s.charAt(root - 3))
                || registeredRoot(s, root, rootEnd, parser)) {
            return null;
        }
        String joined = s.charAt(root - 2) + s.substring(root, Math.min(s.length(), root + MAX_SPLIT_ROOT_TAIL));
        if (!registeredRoot(joined, 0, rootEnd - root + 1, parser)) {
            return null;
        }
        Match m = parseSingle(joined, 0, parser);
        if (m == null) {
            return null;
        }
        m.start = root - 2; // joined[0] is s[root - 2]; joined[i] is s[root - 1 + i] for i >= 1
        m.end = root - 1 + m.end;
        m.verbatim = false;
        return m;
    }

    /** A letter that makes a word of what it touches: Latin (any accent) or Cyrillic; not Arabic or CJK. */
    private static boolean gluedLetter(char c) {
        return Character.isLetter(c) && Chars.gluesToken(c);
    }

    /**
     * True when {@code s[from, to)}, its Cyrillic or Greek lookalikes read as Latin and an OCR zero between capitals
     * as O ({@code L0S}), is a registered root.
     */
    private static boolean registeredRoot(CharSequence s, int from, int to, SymbolParser parser) {
        return to > from
                && parser.registry().isKnownRoot(Chars.foldLookalikes(s.subSequence(from, to)).replace('0', 'O'));
    }

    /**
     * A letter of a root at {@code i}: a capital or lookalike, or an OCR zero between two of them ({@code L0S/PCN}),
     * whose root the grammar's OCR rules then read; {@code end} is where the root ends.
     */
    /** Digits of a session numbered on the root ({@code IDB.50}, {@code GC.18}): at most this many. */
    private static final int MAX_ROOT_SESSION = 3;

    /**
     * Where the root of {@code IDB.50/...} starts when {@code slash} follows a session numbered on it: two or more root
     * letters, a dot, one to three digits, the slash. Else {@code slash} (no root).
     */
    private static int sessionRootStart(String s, int slash) {
        int d = slash;
        while (d > 0 && d > slash - MAX_ROOT_SESSION && isAsciiDigit(s.charAt(d - 1))) {
            d--;
        }
        if (d == slash || d < 3 || s.charAt(d - 1) != '.') {
            return slash;
        }
        int r = d - 1;
        while (r > 0 && Chars.isRootLetter(s.charAt(r - 1)) && s.charAt(r - 1) <= 'Z' && d - 1 - r < MAX_ROOT) {
            r--;
        }
        return d - 1 - r >= 2 ? r : slash;
    }

    /**
     * After a registered root's letters {@code [root, k)}: past a dot typed for its slash and the numbered body after
     * it, up to the real slash ({@code A.AC.96/1066}: the letters of a body, a dot, its number), or {@code k}.
     */
    private static int dottedBodyEnd(String s, int root, int k, SymbolParser parser) {
        int n = s.length();
        if (k + 4 >= n || s.charAt(k) != '.') {
            return k;
        }
        int b = k + 1;
        while (b < n && s.charAt(b) >= 'A' && s.charAt(b) <= 'Z' && b - k <= 4) {
            b++;
        }
        if (b == k + 1 || b + 1 >= n || s.charAt(b) != '.' || !isAsciiDigit(s.charAt(b + 1))
                || !Vocabulary.isNumberedBodyCode(s, k + 1, b)) {
            return k;
        }
        int d = b + 1;
        while (d < n && isAsciiDigit(s.charAt(d)) && d - b <= 4) {
            d++;
        }
        return d < n && s.charAt(d) == '/' && parser.registry().isKnownRoot(s.substring(root, k)) ? d : k;
    }

    /**
     * Where the registered root starts of {@code A.C.3/...} when {@code slash} follows a numbered body's number, the
     * body's code of one letter that {@link #sessionRootStart} does not take, and a dot typed for the root's slash;
     * else {@code slash} (no root).
     */
    private static int dottedBodyRootStart(String s, int slash, SymbolParser parser) {
        int d = slash;
        while (d > 0 && slash - d < 4 && isAsciiDigit(s.charAt(d - 1))) {
            d--;
        }
        if (d == slash || d < 4 || s.charAt(d - 1) != '.') {
            return slash;
        }
        int b = capitalsStart(s, d - 1, 4);
        if (b == d - 1 || !Vocabulary.isNumberedBodyCode(s, b, d - 1)) {
            return slash;
        }
        int q = rootBeforeDot(s, b, parser);
        return q < b ? q : slash;
    }

    /** Where the run of at most {@code max} ASCII capitals that ends at {@code end} starts ({@code end} if none). */
    private static int capitalsStart(String s, int end, int max) {
        int q = end;
        while (q > 0 && s.charAt(q - 1) >= 'A' && s.charAt(q - 1) <= 'Z' && end - q < max) {
            q--;
        }
        return q;
    }

    /**
     * Where a registered root starts that a dot joins to the numbered body at {@code body} ({@code A.AC.96/1066}: the
     * dot typed for the slash, which the grammar reads back), or {@code body}. The root's capitals stand apart from
     * the word before them.
     */
    private static int rootBeforeDot(String s, int body, SymbolParser parser) {
        if (body < 2 || s.charAt(body - 1) != '.') {
            return body;
        }
        int q = capitalsStart(s, body - 1, MAX_ROOT);
        if (q == body - 1 || q > 0 && (Character.isLetterOrDigit(s.charAt(q - 1)) || Chars.gluesToken(s.charAt(q - 1)))
                || !parser.registry().isKnownRoot(s.substring(q, body - 1))) {
            return body;
        }
        return q;
    }

    /** After root letters ending at {@code k}: past a session numbered on the root ({@code .50} of IDB.50/), or k. */
    private static int sessionEnd(String s, int root, int k) {
        if (k - root < 2 || k + 2 >= s.length() || s.charAt(k) != '.') {
            return k;
        }
        int d = k + 1;
        while (d < s.length() && d - k - 1 < MAX_ROOT_SESSION && isAsciiDigit(s.charAt(d))) {
            d++;
        }
        return d > k + 1 && d < s.length() && s.charAt(d) == '/' ? d : k;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean rootLetterAt(String s, int i, int end) {
        char c = s.charAt(i);
        return Chars.isRootLetter(c) || c == '0' && i > 0 && i + 1 < end && Chars.isRootLetter(s.charAt(i - 1))
                && Chars.isRootLetter(s.charAt(i + 1));
    }

    /**
     * Where a number glued before the root at {@code root} starts when nothing Latin, Cyrillic or path-like is glued
     * before the number: one to five digits directly after an Arabic or CJK letter
     * ("في جلستيها 1914 و1915CERD/C/SR.1914)", where right-to-left reordering moved a meeting number onto the symbol);
     * or -1. The root must have two letters at least (checked by the caller against the registry).
     */
    private static int numberBefore(String s, int root) {
        int y = root;
        while (y > 0 && root - y < 6 && Chars.isDigit(s.charAt(y - 1))) {
            y--;
        }
        if (y == root || root - y > 5 || y == 0) {
            return -1;
        }
        char c = s.charAt(y - 1);
        // only after Arabic or CJK script: "in 2023A/78/1", "1 2023A/78/265" stay unread (a glued number is no date)
        return Character.isLetter(c) && c >= '\u0600' ? y : -1;
    }

    /**
     * Where a year glued before the root at {@code root} starts, when a month name precedes it ("August 2023A/78/265",
     * "2 de agosto de 2023S/2023/5"); -1 otherwise.
     */
    private static int yearBefore(String s, int root) {
        int y = root;
        while (y > 0 && root - y < 5 && Chars.isDigit(s.charAt(y - 1))) {
            y--;
        }
        int year = root - y == 4 ? Chars.number(s, y, root) : -1;
        if (year < 1946 || year > 2100 || y < 2 || !Chars.isSpace(s.charAt(y - 1))) {
            return -1;
        }
        long w = Words.before(s, y - 1);
        if (w >= 0 && Words.end(w) == y - 1 && Months.isMonth(s, Words.start(w), Words.end(w))) {
            return y; // a month name, or the "de" of "de agosto de 2023"
        }
        return -1;
    }

    /**
     * Where the upper end of a range starts after a "to" word ("A/78/1 to A/78/5", "de A/78/1 à A/78/5", "A/78/1 по
     * A/78/5", "A/78/1 إلى A/78/5", "A/78/1至A/78/5"), or -1.
     */
    private static int rangeWordEnd(String s, int k) {
        int n = s.length();
        if (k < n && (s.charAt(k) == '至' || s.charAt(k) == '到')) {
            int r = Words.skipSpace(s, k + 1, 2);
            return r < n && Chars.isRootLetter(s.charAt(r)) ? r : -1;
        }
        int w = Words.skipSpace(s, k, 4);
        if (w == k || w >= n) {
            return -1;
        }
        if (Chars.isDash(s.charAt(w)) && w + 2 < n && s.charAt(w + 1) == ' ') { // "A/78/1 – A/78/5"
            return Chars.isRootLetter(s.charAt(w + 2)) ? w + 2 : -1;
        }
        int we = w;
        while (we < n && Chars.isWordChar(s.charAt(we)) && we - w < 8) {
            we++;
        }
        if (we == w || we >= n || !Chars.isSpace(s.charAt(we))
                || Lexicon.classify(s, w, we) != Lexicon.Word.RANGE_TO && !RANGE_WORDS.contains(s.substring(w, we))) {
            return -1;
        }
        int r = Words.skipSpace(s, we, 4);
        return r > we && r < n && Chars.isRootLetter(s.charAt(r)) ? r : -1;
    }

    /**
     * Reads {@code first}–{@code second} as a range of documents when the two share everything but the last number
     * and the first number is the lower: the items between are expanded ({@link #DOCUMENT_RANGE_CAP} at most, else
     * only the two ends are reported, with a notice). The first end is added to {@code out} here; the second is left
     * to the caller as the head of what follows.
     *
     * @return false (nothing added) when it is not such a range
     */
    private static boolean documentRange(String s, Match first, Match second, boolean asserted, List<Candidate> out,
                                         List<Notice> notices) {
        int cut = rangeCut(first.text, second.text);
        if (cut < 0 || first.incomplete || first.placeholder || second.placeholder) {
            return false;
        }
        String a = Chars.asciiDigits(first.text, 0, first.text.length());
        String b = Chars.asciiDigits(second.text, 0, second.text.length());
        int lo = Chars.number(a, cut, a.length());
        int hi = Chars.number(b, cut, b.length());
        out.add(candidate(s, first, asserted));
        if (hi - lo + 1 <= DOCUMENT_RANGE_CAP) {
            expandBetween(a.substring(0, cut), lo, hi - 1, hi, second.start, second.end, asserted, out);
        } else {
            notices.add(new Notice(NoticeCode.DOCUMENT_RANGE_NOT_EXPANDED, "range " + first.text + " to " + second.text
                    + " has " + (hi - lo + 1) + " documents (cap " + DOCUMENT_RANGE_CAP + "): only its ends reported",
                    first.start, second.end));
        }
        return true;
    }

    /**
     * The length of the prefix two symbols share when they differ only in their last number and the first's is the
     * lower ({@code A/HRC/55/L.1}, {@code A/HRC/55/L.40} give 11); -1 otherwise.
     */
    static int rangeCut(CharSequence first, CharSequence second) {
        int a = first.length();
        int b = second.length();
        int da = a;
        while (da > 0 && Chars.isDigit(first.charAt(da - 1))) {
            da--;
        }
        int db = b;
        while (db > 0 && Chars.isDigit(second.charAt(db - 1))) {
            db--;
        }
        if (da == a || db == b || da != db || da == 0 || first.charAt(da - 1) != '/' && first.charAt(da - 1) != '.') {
            return -1;
        }
        for (int i = 0; i < da; i++) {
            if (first.charAt(i) != second.charAt(i)) {
                return -1;
            }
        }
        int lo = Chars.number(first, da, a);
        int hi = Chars.number(second, db, b);
        return lo >= 0 && hi > lo ? da : -1;
    }

    /**
     * True when the slash at {@code slash} opens OCR letter spacing: one character, one space, one character, then a
     * space or a slash ({@code А /3 4 /3 3}).
     */
    private static boolean letterSpaced(String s, int slash) {
        int n = s.length();
        int j = slash + 1 < n && s.charAt(slash + 1) == ' ' ? slash + 2 : slash + 1;
        return j + 3 < n && Chars.isComponentChar(s.charAt(j)) && s.charAt(j + 1) == ' '
                && Chars.isComponentChar(s.charAt(j + 2)) && (s.charAt(j + 3) == ' ' || s.charAt(j + 3) == '/');
    }

    /**
     * A letter-spaced symbol ({@code А /3 4 /3 3} in OCR'd Official Records): components of runs of one or two
     * characters separated by single spaces, at least two components, joined only when the joined form (its
     * lookalike letters read as Latin) parses as a plausible symbol of a registered root; of the readings that end
     * after a run of the last component, the longest that parses. Prose digits ("page 3 4 5") never get here: there
     * is no root and slash before them.
     *
     * @return where scanning resumes, or -1 when no joined reading parses
     */
    private static int spaced(String s, int root, int rootEnd, List<Candidate> out, List<Notice> notices,
                              SymbolParser parser) {
        int n = s.length();
        StringBuilder text = new StringBuilder(24).append(s, root, rootEnd);
        int k = rootEnd;
        int components = 0;
        int[] ends = new int[MAX_SPACED_RUNS];
        int[] lengths = new int[MAX_SPACED_RUNS];
        int runs = 0;
        while (components < 8) {
            int j = k < n && s.charAt(k) == ' ' ? k + 1 : k;
            if (j >= n || s.charAt(j) != '/') {
                break;
            }
            j = j + 1 < n && s.charAt(j + 1) == ' ' ? j + 2 : j + 1;
            int before = text.length();
            text.append('/');
            runs = 0;
            int c = j;
            while (runs < MAX_SPACED_RUNS) {
                int r = c;
                while (r < n && r - c < 3 && (Chars.isComponentChar(s.charAt(r)) || s.charAt(r) == '.')) {
                    r++;
                }
                if (r == c || r - c > 2) {
                    break;
                }
                text.append(s, c, r);
                ends[runs] = r;
                lengths[runs] = text.length();
                runs++;
                k = r;
                if (r + 1 < n && s.charAt(r) == ' ' && s.charAt(r + 1) != '/' && s.charAt(r + 1) != ' ') {
                    c = r + 1;
                } else {
                    break;
                }
            }
            if (runs == 0) {
                text.setLength(before);
                break;
            }
            components++;
        }
        if (components < 2) {
            return -1;
        }
        for (int r = runs - 1; r >= 0; r--) {
            String joined = text.substring(0, lengths[r]);
            ParseResult parsed = parser.parse(Chars.foldLookalikes(joined));
            if (parsed.tier() == Tier.PLAUSIBLE && parsed.symbol().isPresent()) {
                boolean asserted = Lexicon.documentKeywordBefore(s, root);
                out.add(new Candidate(joined, root, ends[r], false, ReferenceForm.WRITTEN, null, true, asserted));
                notices.add(new Notice(NoticeCode.LETTER_SPACING_JOINED, "joined the letter-spaced "
                        + s.substring(root, ends[r]) + " as " + joined, root, ends[r]));
                return ends[r];
            }
        }
        return -1;
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
    private static Match parseSingle(String s, int root, SymbolParser parser) {
        int n = s.length();
        int k = root;
        boolean lookalike = false;
        while (k < n && (Chars.isRootLetter(s.charAt(k)) || k > root && s.charAt(k) == '0' && k + 1 < n
                && Chars.isRootLetter(s.charAt(k + 1)))) {
            lookalike |= s.charAt(k) > 'Z' || s.charAt(k) == '0';
            k++;
        }
        if (k == root || k - root > MAX_ROOT || k < n && gluedLetter(s.charAt(k))) {
            return null;
        }
        int letters = k;
        k = sessionEnd(s, root, k);
        if (k == letters && !lookalike) {
            k = dottedBodyEnd(s, root, k, parser); // A.AC.96/1066
        }
        if (lookalike && !registeredRoot(s, root, k, parser)) {
            return null; // Cyrillic or Greek capitals only count in a Latin-shaped root: А/34/33, never ООН/...
        }
        Match m = new Match();
        m.start = root;
        m.text.append(s, root, k);
        int components = 1;
        while (!m.fusedNext) {
            int j = k;
            if ((components == 1 || m.spacedSlashes) && j + 1 < n && s.charAt(j) == ' ' && s.charAt(j + 1) == '/') {
                j++; // "A /AC.290/...", and every slash of a symbol spaced throughout: "ST / LEG / SER.A / 283"
                m.spacedSlashes |= components == 1 && j + 1 < n && s.charAt(j + 1) == ' ';
            }
            if (components == 1 && j < n && Chars.isWhite(s.charAt(j))) {
                int q = lineBreakBeforeSlash(s, j);
                if (q > j && registeredRoot(s, root, k, parser)) {
                    j = q; // the root printed on the line above its first slash
                    m.lineJoined = true;
                    m.verbatim = false;
                }
            }
            if (j >= n || s.charAt(j) != '/') {
                break;
            }
            int c0 = j + 1;
            int c = skipBreak(s, c0, m);
            int lengthBefore = m.text.length();
            m.text.append('/');
            int ce = readComponent(s, c, m, parser);
            if (ce < 0) {
                return null; // a publication code (ISA/02/04.E)
            }
            if (ce == c) {
                if (c == c0 && c + 2 < n && s.charAt(c) == '/' && Chars.isComponentChar(s.charAt(c + 1))) {
                    k = c; // "A//78/1", "A/78//1": an empty component, kept for the grammar to report and repair
                    continue;
                }
                if (c == c0 && components >= 2 && (c >= n || Chars.isWhite(s.charAt(c))
                        || ",;:)]".indexOf(s.charAt(c)) >= 0)) {
                    k = c; // "A/HRC/55/ and": a symbol ending in its slash, kept whole so the grammar calls it so
                    m.trailingSlash = true;
                    break;
                }
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
        if (!m.fusedNext && k + 1 < n && s.charAt(k) == '/' && Chars.isDash(s.charAt(k + 1))) {
            return null; // "T/AC.4/--": a series pattern, naming no document
        }
        m.end = k;
        if (m.incomplete || m.fusedNext || m.trailingSlash) {
            return m;
        }
        cutFusedDate(s, m);
        readTail(s, m);
        return m;
    }

    /**
     * A date glued to the symbol's last number ({@code CRC/C/15/Add.23830 juin 2004}, {@code CRC/C/COL/CO/38 de junio
     * de 2006}, {@code S/2016/4361 June 2016}): when the number is followed by a month name and a year, its last one
     * or two digits are the day (two when they make 10-31, else one of 1-9; at least one digit stays the number), and
     * the symbol ends before them. A {@link NoticeCode#FUSED_TEXT_SPLIT} notice names the cut.
     */
    private static void cutFusedDate(String s, Match m) {
        int n = s.length();
        int k = m.end;
        int d = k;
        while (d > m.start && Chars.isDigit(s.charAt(d - 1))) {
            d--;
        }
        if (k - d < 2 || k + 1 >= n || !Chars.isSpace(s.charAt(k)) || !monthAndYear(s, k + 1)) {
            return;
        }
        int cut;
        int two = Chars.number(s, k - 2, k);
        if (k - d >= 3 && s.charAt(k - 2) != '0' && two >= 10 && two <= 31) {
            cut = k - 2;
        } else if (Chars.digit(s.charAt(k - 1)) >= 1) {
            cut = k - 1;
        } else {
            return;
        }
        String whole = m.text.toString();
        m.text.setLength(m.text.length() - (k - cut));
        m.end = cut;
        m.dateCut = true;
        m.cutNotice = "cut the date beginning " + s.substring(cut, Math.min(n, k + 12)) + " glued to " + m.text
                + " (written " + whole + ")";
    }

    /** A month name (after "de" in Spanish and French) and then a year, from {@code p}. */
    private static boolean monthAndYear(String s, int p) {
        long w = Words.after(s, p);
        if (w < 0 || Words.start(w) != p) {
            return false;
        }
        int we = Words.end(w);
        if (!Months.isMonthName(s, p, we)) {
            if (!Months.isMonth(s, p, we) || we + 1 >= s.length() || s.charAt(we) != ' ') { // "de junio"
                return false;
            }
            long m = Words.after(s, we + 1);
            if (m < 0 || Words.start(m) != we + 1 || !Months.isMonthName(s, Words.start(m), Words.end(m))) {
                return false;
            }
            we = Words.end(m);
        }
        if (we < s.length() && s.charAt(we) == '/') { // Arabic "حزيران/يونيه 2004"
            long alt = Words.after(s, we + 1);
            if (alt >= 0 && Words.start(alt) == we + 1) {
                we = Words.end(alt);
            }
        }
        int y = Words.skipSpace(s, we, 2);
        if (y > we && y + 3 < s.length() && (s.charAt(y) == 'd' || s.charAt(y) == 'D')
                && Months.isMonth(s, y, y + 2) && s.charAt(y + 2) == ' ') {
            y += 3; // "de 2006"
        }
        int ye = Chars.digitsEnd(s, y);
        int year = ye - y == 4 ? Chars.number(s, y, ye) : -1;
        return y > we && year >= 1900 && year <= 2100 && (ye >= s.length() || !Chars.isDigit(s.charAt(ye)));
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
        if (c == c0 || breaks > 1 || c >= n || !Chars.isComponentChar(s.charAt(c))
                || Character.isLowerCase(s.charAt(c))) {
            return c0; // never across a space into a word: "A/HRC/55/ and" is not A/HRC/55/and
        }
        m.lineJoined |= breaks > 0;
        return c;
    }

    /** One component: {@code AC.292}, {@code 2024}, {@code L.1}, {@code ES-10}, {@code EX(12)}, {@code CRP.X}, {@code ...}. */
    private static int readComponent(String s, int j, Match m, SymbolParser parser) {
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
        boolean digitsOnly = true;
        while (k < n) {
            char c = s.charAt(k);
            if (k > j && Chars.isRootLetter(c) && Chars.isDigit(s.charAt(k - 1)) && fusedRootAt(s, k, parser)) {
                m.fusedNext = true; // "ISBA/24/A/6ISBA/24/C/19", "L.18A/AC.109/2019/L.18"
                break;
            }
            if (k > j && Chars.isUpper(c) && Chars.isDigit(s.charAt(k - 1)) && k + 1 < n
                    && Character.isLowerCase(s.charAt(k + 1)) && modifierEnd(s, k) < 0) {
                break; // "A/78/265The next": a word glued after the number
            }
            if (k > j && Chars.isDigit(s.charAt(k - 1)) && jobNumberAt(s, k)) {
                break; // "JIU/REP/2019/6GE.\n19-16183": the masthead's job number glued after the number
            }
            if (Chars.isComponentChar(c)) {
                digitsOnly &= Chars.isDigit(c);
                if (Chars.isDigit(c)) {
                    lettersOnly = false;
                    m.hasDigit = true;
                }
                m.text.append(c);
                k++;
            } else if (c == '.') {
                char next = k + 1 < n ? s.charAt(k + 1) : ' ';
                if (digitsOnly && k > segment && Chars.isUpper(next) && k + 2 < n
                        && Character.isLowerCase(s.charAt(k + 2)) && modifierEnd(s, k + 1) < 0) {
                    break; // "A/78/265.The report": a sentence's period that lost its space
                }
                if (digitsOnly && k > segment && LANGUAGE_LETTERS.indexOf(next) >= 0
                        && (k + 2 >= n || !Chars.isComponentChar(s.charAt(k + 2)) && s.charAt(k + 2) != '.')) {
                    return -1; // "ISA/02/04.E": a publication or job code with its language letter, not a symbol
                }
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
                    digitsOnly = true;
                } else if (lettersOnly && k > segment && next == ' ' && k + 2 < n && Chars.isDigit(s.charAt(k + 2))
                        && DOTTED.contains(token)) {
                    m.text.append('.'); // OCR "SR. 54"
                    m.verbatim = false;
                    k += 2;
                    segment = k;
                    lettersOnly = false;
                } else if (partBeforeSpacedRoman(s, segment, k)) {
                    m.text.append('.'); // "CRP.1/Part. I": the part's Roman numeral after a space
                    m.verbatim = false;
                    k += 2;
                    segment = k;
                    lettersOnly = false;
                } else if (lettersOnly && k > segment && DOTTED.contains(token) && Chars.isLineBreak(next)
                        && digitOnNextLine(s, k + 1) > 0) {
                    m.text.append('.'); // "E/C.\n18/2024/4": a line wrapped after the dot of a dotted code
                    m.verbatim = false;
                    m.lineJoined = true;
                    k = digitOnNextLine(s, k + 1);
                    segment = k;
                    lettersOnly = false;
                } else if (lettersOnly && k > segment && DOTTED.contains(token) && !Chars.isDigit(next)) {
                    m.text.append('.'); // "A/61/L." with its number lost: keep the dot, report it incomplete
                    m.incomplete = true;
                    return k + 1;
                } else {
                    break;
                }
            } else if (c == ' ' && m.spacedSlashes && lettersOnly && k > segment && k + 3 < n && s.charAt(k + 1) == '.'
                    && s.charAt(k + 2) == ' ' && Chars.isComponentChar(s.charAt(k + 3))) {
                m.text.append('.'); // spaced throughout, the dots too: "SER . A" of "ST / LEG / SER . A /283"
                m.verbatim = false;
                k += 3;
                segment = k;
            } else if (c == ' ' && lettersOnly && k > segment && k + 2 < n && s.charAt(k + 1) == '.'
                    && (Chars.isDigit(s.charAt(k + 2)) || k + 3 < n && s.charAt(k + 2) == ' '
                    && Chars.isDigit(s.charAt(k + 3))) && DOTTED.contains(s.substring(segment, k))) {
                m.text.append('.'); // text extraction's "Rev .1", OCR's "SR . 54": spaces around a dotted code's dot
                m.verbatim = false;
                k += Chars.isDigit(s.charAt(k + 2)) ? 2 : 3;
                segment = k;
                lettersOnly = false;
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
            } else if (Chars.isDash(c) && digitsOnly && k > segment && k + 1 < n && Chars.isUpper(s.charAt(k + 1))
                    && letterSuffix(s, k + 1, parser)) {
                m.text.append('-').append(s.charAt(k + 1)); // WFP/EB.2/2009/6-G: an agenda sub-item's document
                if (c != '-') {
                    m.verbatim = false;
                }
                k += 2;
                break;
            } else if (c == '-' && subdivisionCode(s, j, k)) {
                m.text.append(s, k, k + 4); // CCPR/C/CHN-HKG/CO/3: a territory's code after its State's
                k += 4;
                break;
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
        if (languageCoded(s, j, k)) {
            return -1; // "CAT/18/017E", "UNAIDS/04.02E": a press-release or publication code, not a symbol
        }
        return k;
    }

    /**
     * True when the component {@code s[j, k)} ends in one of the six languages' letters after a zero-padded number
     * ({@code 017E}) or a dotted one ({@code 04.02E}): UNOG's press-release codes and UN-system publication codes
     * number that way, while a document number is never zero-padded before a letter nor dotted.
     */
    private static boolean languageCoded(String s, int j, int k) {
        if (k - j < 3 || LANGUAGE_LETTERS.indexOf(s.charAt(k - 1)) < 0 || !Chars.isDigit(s.charAt(k - 2))) {
            return false;
        }
        int dots = 0;
        for (int i = j; i < k - 1; i++) {
            char c = s.charAt(i);
            if (c == '.' && i > j && Chars.isDigit(s.charAt(i - 1))) {
                dots++;
            } else if (!Chars.isDigit(c) || c > '9') {
                return false;
            }
        }
        return s.charAt(j) == '0' || dots == 1;
    }

    /**
     * True when the component {@code s[j, dash)} and what follows its hyphen are two country codes of three capitals
     * ending the component ({@code CHN-HKG/}, {@code CHN-MAC/}): the grammar's {@code ISO3} slot of a territory
     * reported on apart from its State. A joint symbol's second root is followed by a slash after at most its
     * letters, so {@code CHN-HKG/CO/3} is never one here: the grammar reads the whole.
     */
    static boolean subdivisionCode(String s, int j, int dash) {
        return dash - j == 3 && dash + 4 < s.length() && upper3(s, j) && upper3(s, dash + 1) && s.charAt(dash + 4) == '/';
    }

    private static boolean upper3(String s, int at) {
        return Chars.isUpper(s.charAt(at)) && Chars.isUpper(s.charAt(at + 1)) && Chars.isUpper(s.charAt(at + 2));
    }

    /**
     * True when a registered root ({@code ISBA}, {@code A}, {@code S}) starts at {@code k} and runs to a slash and a
     * component: a second symbol glued to the number before it.
     */
    private static boolean fusedRootAt(String s, int k, SymbolParser parser) {
        int n = s.length();
        int r = k;
        while (r < n && Chars.isRootLetter(s.charAt(r)) && r - k <= MAX_ROOT) {
            r++;
        }
        return r < n - 1 && s.charAt(r) == '/' && Chars.isComponentChar(s.charAt(r + 1))
                && registeredRoot(s, k, r, parser);
    }

    /**
     * True when the capital at {@code l}, after a number and a dash, is the letter of the number ({@code 6-G}): it
     * ends the component, and is not the root of a joint second symbol ({@code 305-S/2000/809}).
     */
    private static boolean letterSuffix(String s, int l, SymbolParser parser) {
        int n = s.length();
        if (l + 1 >= n) {
            return true;
        }
        char after = s.charAt(l + 1);
        if (Chars.isComponentChar(after) || after == '.' && l + 2 < n && Chars.isComponentChar(s.charAt(l + 2))) {
            return false;
        }
        return after != '/' || !registeredRoot(s, l, l + 1, parser);
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
                if (close > 0 && (isSymbolParenthetical(s, p + 1, close, m.res && !sessionNumbered(m.text))
                        || p == k && gluedDocumentParenthetical(s, p + 1, close, m))) {
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

    /**
     * A resolution numbered within a session or a year ({@code A/RES/ES-10/17}, {@code A/RES/76/142},
     * {@code E/RES/2023/5}): a year in parentheses after it is its date, as the extractor reads "resolution 76/142
     * (2021)", and is left out of the symbol; {@code S/RES/1325 (2000)} keeps its year.
     */
    private static boolean sessionNumbered(CharSequence text) {
        String t = text.toString();
        int res = t.indexOf("RES/");
        return res >= 0 && t.indexOf('/', res + 4) > 0;
    }

    /**
     * A parenthetical that belongs to the symbol. A year does only after a resolution ({@code S/RES/827 (1993)}); after
     * any other document it is the citation's date ("U.N. Doc. S/25704/Add.1 (1993)", "IT/32/Rev.7 (1996)").
     */
    private static boolean isSymbolParenthetical(String s, int from, int to, boolean resolution) {
        String c = s.substring(from, to).strip();
        if (c.length() == 4 && Chars.number(c, 0, 4) >= 1946 && Chars.number(c, 0, 4) <= 2100) {
            return resolution;
        }
        if (Roman.parse(c, 0, c.length()) > 0
                || c.startsWith("S-") && Roman.parse(c, 2, c.length()) > 0
                || c.startsWith("ES-") && Roman.parse(c, 3, c.length()) > 0) {
            return true;
        }
        String compact = c.replace(" ", "");
        return compact.matches("(?:Resumption|Part|Vol\\.?|Session)(?:[0-9]{1,2}|[IVX]{1,5})");
    }

    /**
     * A parenthetical glued to the symbol that the grammar reads as a document's own
     * ({@link Vocabulary#isDocumentParenthetical}): ECLAC's meeting, {@code LC/L.4068(CEA.8/3)}, or a part letter,
     * taken only after a modifier ({@code ICCD/COP(3)/5/Add.1(A)}) since "A/78/265(B)" in prose is more often a
     * list mark than a part.
     */
    private static boolean gluedDocumentParenthetical(String s, int from, int to, Match m) {
        String inner = s.substring(from, to);
        if (!Vocabulary.isDocumentParenthetical(inner)) {
            return false;
        }
        if (inner.indexOf('.') > 0) {
            return true; // a meeting, CEA.8/3
        }
        int slash = m.text.lastIndexOf("/");
        return slash >= 0 && modifierEnd(m.text.toString(), slash + 1) == m.text.length();
    }

    /** End of a modifier {@code Add.1}, {@code Corr.l} (OCR), {@code Rev. 2} starting at {@code k}, or -1. */
    static int modifierEnd(String s, int k) {
        return modifierEnd(s, k, s.length());
    }

    /** As {@link #modifierEnd(String, int)}, reading the text only up to {@code limit}. */
    private static int modifierEnd(String s, int k, int limit) {
        int n = limit;
        for (int m = 0; m < MODIFIERS.length; m++) {
            String mod = MODIFIERS[m];
            int w = k + mod.length();
            // as printed, or in the capitals of older documents and their OCR: "E/CONF.66/3 and ADD.1 and 3"
            boolean at = s.startsWith(mod, k) || s.startsWith(MODIFIERS_UPPER[m], k);
            if (at && w + 1 < n && s.charAt(w) == 's' && s.charAt(w + 1) == '.') {
                w++; // plural: "Adds.1 and 2", "Corrs.1-3"
            }
            if (at && w < n && s.charAt(w) == '.') {
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

    /**
     * Past the date of a document when a sibling modifier follows it: "A/38/570 of 18 November 1983 and Corr.1",
     * "E/1990/6 of May 2, 1990, and Add.1". Returns where the separator before the modifier starts, or {@code k}
     * when no date is there or no modifier follows it (the date then ends the symbol's tail as before).
     */
    private static int pastDateBeforeSibling(String s, int k) {
        int n = s.length();
        int p = k < n && s.charAt(k) == ',' ? Words.skipSpace(s, k + 1, 4) : k;
        int d = CitedNumbers.datePhrase(s, p);
        if (d < 0) {
            return k;
        }
        int q = Words.skipSpace(s, d, 4);
        int r = q < n && s.charAt(q) == ',' ? Words.skipSpace(s, q + 1, 4) : q;
        long w = Words.after(s, r);
        if (w < 0 || Words.start(w) != r
                || Lexicon.classify(s, Words.start(w), Words.end(w)) != Lexicon.Word.CONJUNCTION) {
            return k;
        }
        int m = Words.skipSpace(s, Words.end(w), 4);
        return modifierEnd(s, m) > 0 || compoundModifierEnd(s, m) > 0 ? q : k;
    }

    /**
     * End of a modifier that carries a modifier of its own, {@code Rev.1/Add.1}, {@code Add.1/Corr.1}, starting at
     * {@code k}: two modifiers joined by one slash, nothing glued after the second; or -1.
     */
    static int compoundModifierEnd(String s, int k) {
        int n = s.length();
        int slash = -1;
        for (int i = k; i < n && i - k <= 12; i++) {
            char c = s.charAt(i);
            if (c == '/') {
                slash = i;
                break;
            }
            if (!Chars.isAsciiAlnum(c) && c != '.' && c != ' ') {
                return -1;
            }
        }
        if (slash < 0 || modifierEnd(s, k, slash) != slash) {
            return -1;
        }
        return modifierEnd(s, slash + 1);
    }

    /** The modifier {@code s[k, me)} as a symbol writes it: no space, singular ({@code Adds. 1} gives {@code Add.1}). */
    private static String modifierText(String s, int k, int me) {
        String mod = s.substring(k, me).replace(" ", "");
        int dot = mod.indexOf('.');
        for (int m = 0; m < MODIFIERS.length; m++) {
            if (dot == MODIFIERS[m].length() && mod.startsWith(MODIFIERS_UPPER[m])) {
                mod = MODIFIERS[m] + mod.substring(dot); // ADD.1 -> Add.1
                break;
            }
        }
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

    /** The most bare numbers a sibling list may carry, and the most digits of each. */
    private static final int MAX_SIBLINGS = 12;

    /**
     * True when bare numbers follow a symbol in an agenda item's list of documents, each naming a sibling under the
     * same session ("(A/64/13 and Add.1, A/64/115, 174, 323 and 324; A/C.4/64/7)"): a comma, then only numbers of one
     * to four digits joined by commas or a conjunction (a line break allowed), and the run closes with ";" or ")".
     * Anything else after a number ("A/64/115, 12 members", "A/64/115, 2009") leaves the list alone.
     */
    static boolean siblingList(String s, int from) {
        int n = s.length();
        int k = Words.skipSpace(s, from, 2);
        if (k >= n || s.charAt(k) != ',') {
            return false;
        }
        for (int items = 0; items < MAX_SIBLINGS; items++) {
            k = skipBlank(s, k + (s.charAt(k) == ',' ? 1 : 0));
            long w = Words.after(s, k);
            if (w >= 0 && Words.start(w) == k
                    && Lexicon.classify(s, Words.start(w), Words.end(w)) == Lexicon.Word.CONJUNCTION) {
                k = skipBlank(s, Words.end(w));
            }
            int d = Chars.digitsEnd(s, k);
            if (d == k || d - k > 4 || d - k == 4 && Chars.number(s, k, d) >= 1946) {
                return false; // no number, or a year
            }
            k = skipBlank(s, d);
            if (k >= n) {
                return false;
            }
            char c = s.charAt(k);
            if (c == ';' || c == ')') {
                return true;
            }
            long next = Words.after(s, k);
            boolean conj = next >= 0 && Words.start(next) == k
                    && Lexicon.classify(s, Words.start(next), Words.end(next)) == Lexicon.Word.CONJUNCTION;
            if (c != ',' && !conj) {
                return false;
            }
        }
        return false;
    }

    /**
     * A registered root that ends the line before the one that starts with the slash at {@code slash}, as mastheads
     * split by PDF text extraction print it ("HSP\n\n/EB.2020/28", "United Nations A\n\n/76/100*"): one or two
     * line breaks and spaces between, the root a word of its own. Returns where the root ends, or -1.
     */
    private static int rootEndingLine(String s, int slash, SymbolParser parser) {
        if (slash + 1 >= s.length() || !Chars.isComponentChar(s.charAt(slash + 1))) {
            return -1;
        }
        int p = slash;
        int breaks = 0;
        while (p > 0 && slash - p < 8 && Chars.isWhite(s.charAt(p - 1))) {
            if (s.charAt(p - 1) == '\n') {
                breaks++;
            }
            p--;
        }
        if (breaks == 0 || breaks > 2 || p == 0 || !Chars.isRootLetter(s.charAt(p - 1))) {
            return -1;
        }
        int r = p;
        while (r > 0 && Chars.isRootLetter(s.charAt(r - 1)) && p - r <= MAX_ROOT) {
            r--;
        }
        if (r > 0 && !Chars.isWhite(s.charAt(r - 1)) || !registeredRoot(s, r, p, parser)) {
            return -1;
        }
        return p;
    }

    /** After the line break at {@code j} (and a blank line), the digit that starts the next line; or -1. */
    private static int digitOnNextLine(String s, int j) {
        int n = s.length();
        int q = j;
        int breaks = 0;
        while (q < n && q - j < 8 && Chars.isWhite(s.charAt(q))) {
            if (s.charAt(q) == '\n') {
                breaks++;
            }
            q++;
        }
        return breaks <= 2 && q < n && Chars.isDigit(s.charAt(q)) ? q : -1;
    }

    /** After the spaces and one or two line breaks at {@code j}, the slash that starts the next line; or -1. */
    private static int lineBreakBeforeSlash(String s, int j) {
        int n = s.length();
        int q = j;
        int breaks = 0;
        while (q < n && q - j < 8 && Chars.isWhite(s.charAt(q))) {
            if (s.charAt(q) == '\n') {
                breaks++;
            }
            q++;
        }
        return breaks >= 1 && breaks <= 2 && q < n && s.charAt(q) == '/' ? q : -1;
    }

    /** Past spaces and at most one line break. */
    private static int skipBlank(String s, int k) {
        int p = Words.skipSpace(s, k, 4);
        if (p < s.length() && s.charAt(p) == '\r') {
            p++;
        }
        if (p < s.length() && s.charAt(p) == '\n') {
            p = Words.skipSpace(s, p + 1, 4);
        }
        return p;
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
        boolean siblings = cut < 0 && siblingList(s, from);
        if (siblings) {
            cut = current.lastIndexOf('/') + 1; // "(A/64/115, 174, 323 and 324;": A/64/174, A/64/323, A/64/324
        }
        String series = cut < 0 ? null : current.substring(0, cut);
        int last = cut < 0 ? -1 : Chars.number(current, cut, current.length());
        if (series == null) {
            int listed = yearNumberList(s, e, current, asserted, out);
            if (listed > e) {
                return listed;
            }
        }
        if (series == null && e + 1 < n && Chars.isDash(s.charAt(e)) && Chars.isDigit(s.charAt(e + 1))) {
            int range = plainNumberRange(s, e, current, asserted, out, notices);
            if (range > e) {
                return range;
            }
        }
        for (int items = 0; items < MAX_TAIL_ITEMS; items++) {
            int upper = e + 1 < n && Chars.isDash(s.charAt(e)) ? repeatedTypeEnd(s, e + 1, series) : -1;
            if (series != null && upper > e && upper < n // "SR.665-666", "SR.665‑666" (U+2011), "SR.58-SR.65"
                    && Chars.isDigit(s.charAt(upper))) {
                int d = Chars.digitsEnd(s, upper);
                int hi = Chars.number(s, upper, d);
                if (!endsNumber(s, d) || hi <= last) {
                    break;
                }
                expandRange(series, last, hi, upper, d, asserted, out, notices);
                last = hi;
                e = d;
                continue;
            }
            int k = siblings ? skipBlank(s, e) : Words.skipSpace(s, e, 4);
            long to = series != null && k > e ? Words.after(s, k) : -1;
            if (to >= 0 && Words.start(to) == k
                    && Lexicon.classify(s, Words.start(to), Words.end(to)) == Lexicon.Word.RANGE_TO) {
                int r = Words.skipSpace(s, Words.end(to), 4); // "Add.1 à 3", "SR.24 to 34"
                int at = repeatedTypeEnd(s, r, series); // "Add.1 a Add.4", "SR.24 to SR.34": the type repeated
                int d = Chars.digitsEnd(s, at);
                int hi = d > at && r > Words.end(to) ? Chars.number(s, at, d) : -1;
                if (hi > last && endsNumber(s, d)) {
                    expandRange(series, last, hi, at, d, asserted, out, notices);
                    last = hi;
                    e = d;
                    continue;
                }
            }
            k = pastDateBeforeSibling(s, k);
            boolean separated = false;
            if (k < n && (s.charAt(k) == ',' || s.charAt(k) == '،' || s.charAt(k) == '、' || s.charAt(k) == '，')) {
                k = Words.skipSpace(s, k + 1, 4);
                separated = true;
            }
            long w = Words.after(s, k);
            if (k + 1 < n && s.charAt(k) == 'و' && Chars.isAsciiLetter(s.charAt(k + 1))) {
                k++; // "CERD/C/SR.2630 وSR.2631": the conjunction glued to the Latin element after it
                separated = true;
            } else if (gluedConjunctionBeforeMovedParenthesis(s, k)) {
                k += 2; // "Add.4و(Add.7": the glued conjunction, then a parenthesis that bidi reordering moved
                separated = true;
            } else if (w >= 0 && Words.start(w) == k
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
            int inner = me > 0 ? -1 : compoundModifierEnd(s, k);
            if (inner > 0) { // "and Rev.1/Add.1", "+ Add.1/Corr.1": a modifier of a sibling modifier
                int slash = s.indexOf('/', k);
                String outer = modifierText(s, k, slash);
                String inside = modifierText(s, slash + 1, inner);
                int dot = outer.indexOf('.');
                String host = attach(current, outer.substring(0, dot), outer.substring(dot + 1));
                String innerType = inside.substring(0, inside.indexOf('.'));
                String text = attach(host, innerType, inside.substring(inside.indexOf('.') + 1));
                out.add(new Candidate(text, k, inner, false, ReferenceForm.INHERITED, null, true, asserted));
                series = null; // what follows ("+ Add.2") is again a sibling of the base
                e = inner;
                continue;
            }
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
     * The numbers that continue a symbol numbered within a year ({@code S/PRST/2006/39, 45 et 57}, {@code S/2000/809
     * and 810}): the series of the year once, then a list of its later numbers, each larger than the one before it,
     * read only when the list is closed by a conjunction and its last number ("..., 45 et 57"), so that a comma and
     * a number after a symbol ("S/2000/809, 10 May", "A/78/265, 12 pages") are never taken for one. Returns where
     * the list ends, or {@code from} when there is none.
     */
    private static int yearNumberList(String s, int from, String base, boolean asserted, List<Candidate> out) {
        int slash = base.lastIndexOf('/');
        int prev = slash > 4 ? base.lastIndexOf('/', slash - 1) : -1;
        if (prev < 0 || slash - prev != 5 || !asciiDigitsOnly(base, slash + 1, base.length())
                || !asciiDigitsOnly(base, prev + 1, slash)) {
            return from;
        }
        int year = Chars.number(base, prev + 1, slash);
        if (year < 1946 || year > 2100 || base.length() - slash - 1 > 4) {
            return from;
        }
        String series = base.substring(0, slash + 1);
        int last = Chars.number(base, slash + 1, base.length());
        int n = s.length();
        int e = from;
        int[] starts = new int[8];
        int[] ends = new int[8];
        int count = 0;
        while (count < starts.length) {
            int k = Words.skipSpace(s, e, 2);
            boolean conjunction = false;
            if (k < n && (s.charAt(k) == ',' || s.charAt(k) == '،' || s.charAt(k) == '，')) {
                k = Words.skipSpace(s, k + 1, 2);
            } else {
                long w = Words.after(s, k);
                if (w < 0 || Words.start(w) != k
                        || Lexicon.classify(s, Words.start(w), Words.end(w)) != Lexicon.Word.CONJUNCTION) {
                    return from;
                }
                k = Words.skipSpace(s, Words.end(w), 2);
                conjunction = true;
            }
            int d = Chars.digitsEnd(s, k);
            if (d == k || d - k > 4 || !endsNumber(s, d) || d < n && (s.charAt(d) == '(' || s.charAt(d) == '-')) {
                return from;
            }
            int v = Chars.number(s, k, d);
            if (v <= last || d - k == 4 && v >= 1946 && v <= 2100) {
                return from;
            }
            starts[count] = k;
            ends[count] = d;
            count++;
            last = v;
            e = d;
            if (conjunction) {
                break;
            }
        }
        if (count == 0 || e == from || count == starts.length) {
            return from;
        }
        for (int i = 0; i < count; i++) {
            out.add(new Candidate(series + Chars.asciiDigits(s, starts[i], ends[i]), starts[i], ends[i], false,
                    ReferenceForm.INHERITED, null, true, asserted));
        }
        return e;
    }

    private static boolean asciiDigitsOnly(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return to > from;
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

    /**
     * Where the upper bound's digits start after a range's dash at {@code k}: right there ("SR.58-65"), or after the
     * final dotted type written again ("A/CONF.62/SR.58-SR.65", "Add.1-Add.3"). {@code k} when the type is not repeated.
     */
    private static int repeatedTypeEnd(String s, int k, String series) {
        if (series == null || k >= s.length() || Chars.isDigit(s.charAt(k))) {
            return k;
        }
        String type = series.substring(series.lastIndexOf('/') + 1); // "SR."
        return type.length() > 1 && s.regionMatches(true, k, type, 0, type.length()) ? k + type.length() : k;
    }

    /**
     * A range on the plain last number of a symbol outside the treaty-body State party series (whose "5-6" is one
     * combined report, read before, and whose other dashes are left alone): "UNEP/OzL.Pro/ExCom/79/8-13" is documents 8 to 13 of the session, each expanded
     * ({@link #DOCUMENT_RANGE_CAP} at most). Not a span of years ("1990-1995") and never a lower upper bound.
     *
     * @return the end of the upper bound, or {@code e} when it is not such a range
     */
    private static int plainNumberRange(String s, int e, String current, boolean asserted, List<Candidate> out,
                                        List<Notice> notices) {
        int slash = current.lastIndexOf('/');
        int lo = slash > 0 && Chars.digitsEnd(current, slash + 1) == current.length()
                ? Chars.number(current, slash + 1, current.length()) : -1;
        if (lo < 0 || Vocabulary.isTreatyBodySymbol(current)) {
            return e;
        }
        int d = Chars.digitsEnd(s, e + 1);
        int hi = Chars.number(s, e + 1, d);
        if (hi <= lo || hi - lo + 1 > DOCUMENT_RANGE_CAP || !endsNumber(s, d)
                || lo >= 1946 && hi <= 2100 && d - (e + 1) == 4) {
            return e;
        }
        expandRange(current.substring(0, slash + 1), lo, hi, e + 1, d, asserted, out, notices);
        return d;
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
        expandBetween(series, lo, top, hi, start, end, asserted, out);
    }

    /**
     * The items {@code lo+1 .. top} of a range, each spanning the text of its upper bound {@code hi}; only the item
     * that the bound names is linkable. Shared by number ranges ("SR.243-245") and ranges of documents.
     */
    private static void expandBetween(String series, int lo, int top, int hi, int start, int end, boolean asserted,
                                      List<Candidate> out) {
        for (int v = lo + 1; v <= top; v++) {
            out.add(new Candidate(series + v, start, end, false, ReferenceForm.INHERITED, null, v == hi, asserted));
        }
    }

    /** {@code A/78/265} + Corr.1 = {@code A/78/265/Corr.1}; {@code S/2000/40/Add.39} + Add.44 replaces the last. */
    static String attach(String base, String type, String number) {
        int slash = base.lastIndexOf('/');
        String last = base.substring(slash + 1);
        if (slash > 0 && last.startsWith("Part.") && !type.equals("Part")) {
            return attach(base.substring(0, slash), type, number); // "CRP.1/Part.I and Add.1": of the document
        }
        if (last.startsWith(type + ".")) {
            return base.substring(0, slash + 1) + type + "." + number;
        }
        return base + "/" + type + "." + number;
    }

    /**
     * {@code Part.} at {@code [segment, dot)} of a component, then one space and a Roman numeral that ends the token:
     * "CCPR/C/99/CRP.1/Part. I", a division of a document written with a space after the dot.
     */
    private static boolean partBeforeSpacedRoman(String s, int segment, int dot) {
        int n = s.length();
        if (dot - segment != 4 || !s.startsWith("Part", segment) || dot + 2 >= n || s.charAt(dot + 1) != ' ') {
            return false;
        }
        int e = dot + 2;
        while (e < n && "IVX".indexOf(s.charAt(e)) >= 0) {
            e++;
        }
        return e > dot + 2 && Roman.parse(s, dot + 2, e) > 0 && (e == n || !Chars.isComponentChar(s.charAt(e)));
    }

    /**
     * At {@code k}: the Arabic conjunction glued to an opening parenthesis and a modifier ("Add.4و(Add.7"), the
     * parenthesis that closes the list moved before its last item when right-to-left text was copied as visual
     * order. Only before a modifier, so "و(أ)" and other Arabic lists stay apart.
     */
    private static boolean gluedConjunctionBeforeMovedParenthesis(String s, int k) {
        return k + 2 < s.length() && s.charAt(k) == 'و' && s.charAt(k + 1) == '('
                && Chars.isAsciiLetter(s.charAt(k + 2)) && modifierEnd(s, k + 2) > 0;
    }
}
