package org.unsymbol.symbol;

/**
 * The fixed words of the grammar (symbol-rules.md §4, §6, §7): document natures, modifiers, and the few tokens that
 * are written with an initial capital. Codes are compared ignoring ASCII case, without allocating. The few rules the
 * reference extractor shares with the parser (press-release roots, combined treaty-body reports, plural modifiers)
 * are public here, so both read one list.
 */
public final class Vocabulary {

    private static final String[] SLASH_NATURES = {"RES", "DEC", "INF", "BUR", "PRST", "NGO", "GC", "D", "PET"};
    /** Dotted natures; {@code Dec.} is the decision series of a body's own numbering (S/AC.26/Dec.36, IDB.50/Dec.11). */
    private static final String[] DOT_NATURES = {"L", "R", "CRP", "WP", "PV", "SR", "RES", "PET", "DEC"};
    private static final String[] MODIFIERS = {"ADD", "CORR", "REV", "AMEND", "SUMMARY"};
    private static final Modifier.Type[] MODIFIER_TYPES = {
        Modifier.Type.ADD, Modifier.Type.CORR, Modifier.Type.REV, Modifier.Type.AMEND, Modifier.Type.SUMMARY};
    private static final String[] DOTTED_CODES = {
        "L", "R", "CRP", "WP", "PV", "SR", "AC", "C", "CN", "CONF", "SUB", "WG", "SC", "EA", "RPM"};
    private static final String[] CONJUNCTIONS = {"AND", "ET", "Y", "OR", "TO", "UND", "OU", "AU"};

    /**
     * Roots of press-release numbers (press.un.org: GA/12515, SC/15295, SG/SM/1234, ECOSOC/5731), which are not
     * document symbols; a root that is also registered ({@code HR}, {@code DC}) is a document root to the parser.
     */
    private static final java.util.Set<String> PRESS_RELEASE_ROOTS = java.util.Set.of("GA", "SC", "SG", "ECOSOC",
            "OBV", "PI", "DEV", "ENV", "SAG", "SOC", "WOM", "POP", "IHA", "NGO", "L", "DC", "ORG", "BIO", "PRST", "HQ",
            "CS", "SEA",
            // UNOG's press releases in French (Droits de l'homme): "Communiqué de presse DH/G/357"
            "DH");

    /**
     * Roots of the documents of other organizations that UN texts cite beside UN symbols, which are no UN document
     * symbols: the ILO Governing Body ({@code GB.267/TC/4}: session 267, the Technical Cooperation Committee; ilo.org,
     * "Governing Body documents") and the IAEA Board of Governors ({@code GOV/2006/14}; iaea.org, "Board of Governors
     * documents"). Checked on the root's letters before a dotted session.
     */
    private static final java.util.Set<String> OTHER_ORGANIZATION_ROOTS = java.util.Set.of("GB", "GOV");

    /**
     * The series of the human rights treaty bodies whose State party documents carry the country code after the
     * series: {@code CRC/C/DEU/5}, {@code CRC/C/DEU/CO/5}, {@code CEDAW/C/FRA/Q/7}. Source: the OHCHR announcement of
     * harmonized treaty-body symbols and the DHL research guide (src/test/resources/corpus/roots.tsv, kind "treaty
     * body"); CED and CRPD as printed on their own documents.
     */
    private static final String[] TREATY_BODY_SERIES = {
        "CCPR/C", "CERD/C", "CEDAW/C", "CAT/C", "CRC/C", "CMW/C", "CED/C", "CRPD/C", "E/C.12"};

    /**
     * The most reports one combined report covers, plus one: combined reports are numbered by the range of periodic
     * reports they replace ({@code CRC/C/DEU/5-6}, {@code CERD/C/DEU/19-22}, {@code CERD/C/URY/16-20}).
     */
    static final int MAX_COMBINED_SPAN = 10;

    /** Plural modifier words of running text: "Adds.1 and 2", "Corrs.1-3", "Revs.1 and 2". */
    private static final String[][] PLURAL_MODIFIERS = {{"Adds", "Add"}, {"Corrs", "Corr"}, {"Revs", "Rev"},
        {"Amends", "Amend"}};

    private Vocabulary() {
    }

    /** True for the root of another organization's documents ({@code GB} of {@code GB.267/TC/4}). */
    public static boolean isOtherOrganizationRoot(String root) {
        return OTHER_ORGANIZATION_ROOTS.contains(root);
    }

    /** True for a root that numbers press releases, not documents ({@code SC} of {@code SC/6784}). */
    public static boolean isPressReleaseRoot(String root) {
        return PRESS_RELEASE_ROOTS.contains(root);
    }

    /**
     * True when {@code symbol} is in a treaty body's series ({@link #TREATY_BODY_SERIES}): {@code CRC/C/OPAC/DEU/1},
     * {@code CERD/C/SR.1914}. Their dashes after a number are combined reports or left alone, never ranges of documents.
     */
    public static boolean isTreatyBodySymbol(CharSequence symbol) {
        for (String series : TREATY_BODY_SERIES) {
            if (symbol.length() > series.length() && regionEquals(symbol, 0, series)
                    && symbol.charAt(series.length()) == '/') {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the canonical series {@code s[from, to)} (no trailing slash) is a treaty-body State party series whose
     * report number may be a combined range: a {@link #TREATY_BODY_SERIES}, a three-letter country code (or two,
     * {@code CHN-HKG}), and at most
     * one letter code of the document's nature ({@code CO}, {@code Q}, {@code RQ}): {@code CRC/C/DEU},
     * {@code CRC/C/NZL/Q}. Not {@code CRC/C/OPAC/DEU} (a protocol code first), not a series with a session.
     */
    public static boolean isCombinedReportSeries(CharSequence s, int from, int to) {
        for (String series : TREATY_BODY_SERIES) {
            int n = series.length();
            if (to - from < n + 4 || !regionEquals(s, from, series) || s.charAt(from + n) != '/') {
                continue;
            }
            int c = from + n + 1;
            if (c + 3 > to || !isUpperAscii(s.charAt(c)) || !isUpperAscii(s.charAt(c + 1))
                    || !isUpperAscii(s.charAt(c + 2))) {
                return false;
            }
            c += 3;
            if (c + 4 <= to && s.charAt(c) == '-' && isUpperAscii(s.charAt(c + 1)) && isUpperAscii(s.charAt(c + 2))
                    && isUpperAscii(s.charAt(c + 3))) {
                c += 4; // CEDAW/C/CHN-HKG/7-8: a territory's code after its State's
            }
            if (c == to) {
                return true;
            }
            if (s.charAt(c) != '/') {
                return false;
            }
            int w = ++c;
            while (c < to && isUpperAscii(s.charAt(c))) {
                c++;
            }
            return c == to && c > w && c - w <= 5;
        }
        return false;
    }

    /**
     * True when {@code inner}, the inside of a parenthetical glued to a symbol, is one that only a document carries:
     * ECLAC's meeting ({@code CEA.8/3} of {@code LC/L.4068(CEA.8/3)}) or a part letter ({@code A} of
     * {@code ICCD/COP(3)/5/Add.1(A)}); the grammar's own reading ({@code Parenthetical}), for the extractor.
     */
    public static boolean isDocumentParenthetical(String inner) {
        Parenthetical p = Parenthetical.of(inner, 0, inner.length(), new Findings());
        return p != null && (p.kind() == Parenthetical.Kind.MEETING || p.kind() == Parenthetical.Kind.LETTER);
    }

    /** True when {@code lo-hi} can number a combined report: {@code 5-6}, {@code 19-22}; not {@code 6-5}, {@code 0-1}. */
    public static boolean isCombinedReportRange(int lo, int hi) {
        return lo >= 1 && hi > lo && hi - lo < MAX_COMBINED_SPAN;
    }

    /** The singular of a plural modifier word {@code s[from, to)} ({@code Adds} gives {@code Add}), or null. */
    public static String singularModifier(CharSequence s, int from, int to) {
        for (String[] p : PLURAL_MODIFIERS) {
            if (to - from == p[0].length() && regionEquals(s, from, p[0])) {
                return p[1];
            }
        }
        return null;
    }

    private static boolean regionEquals(CharSequence s, int from, String word) {
        if (from + word.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (s.charAt(from + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUpperAscii(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** What one fixed word is in the grammar; a word can be several things ({@code RES/} and UNEP's {@code Res.}). */
    record Word(String slashNature, String dotNature, Modifier.Type modifier, boolean dottedCode, boolean conjunction,
                boolean mixedCase) {
    }

    /** Every fixed word, keyed by its letters packed 5 bits each (case folded): one hash probe instead of list scans. */
    private static final int TABLE_SIZE = 128;
    private static final long[] KEYS = new long[TABLE_SIZE];
    private static final Word[] WORDS = new Word[TABLE_SIZE];

    static {
        java.util.Set<String> all = new java.util.LinkedHashSet<>();
        for (String[] list : new String[][] {SLASH_NATURES, DOT_NATURES, MODIFIERS, DOTTED_CODES, CONJUNCTIONS}) {
            all.addAll(java.util.List.of(list));
        }
        for (String w : all) {
            int m = java.util.List.of(MODIFIERS).indexOf(w);
            Word word = new Word(find(SLASH_NATURES, w), find(DOT_NATURES, w), m < 0 ? null : MODIFIER_TYPES[m],
                    find(DOTTED_CODES, w) != null, find(CONJUNCTIONS, w) != null, !dottedCodeCase(w).equals(w));
            long key = pack(w, 0, w.length());
            int i = slot(key);
            while (KEYS[i] != 0) {
                i = (i + 1) & (TABLE_SIZE - 1);
            }
            KEYS[i] = key;
            WORDS[i] = word;
        }
    }

    private static String find(String[] words, String w) {
        for (String candidate : words) {
            if (candidate.equals(w)) {
                return candidate;
            }
        }
        return null;
    }

    /** Letters {@code s[from, to)} upper-cased and packed 5 bits each; 0 when not 1-12 ASCII letters. */
    static long pack(CharSequence s, int from, int to) {
        if (to <= from || to - from > 12) {
            return 0;
        }
        long key = 0;
        for (int i = from; i < to; i++) {
            char c = upper(s.charAt(i));
            if (c < 'A' || c > 'Z') {
                return 0;
            }
            key = packUpper(key, c);
        }
        return key;
    }

    private static int slot(long key) {
        return (int) (key * 0x9E3779B97F4A7C15L >>> 57); // 7 bits: TABLE_SIZE
    }

    /** The fixed word {@code s[from, to)} (any ASCII case), or null. */
    static Word word(CharSequence s, int from, int to) {
        return wordAt(wordIndex(s, from, to));
    }

    /** A small handle (1 to 128) of the fixed word {@code s[from, to)}, for callers that pack it; 0 for none. */
    static int wordIndex(CharSequence s, int from, int to) {
        return wordIndex(pack(s, from, to));
    }

    /**
     * The key of upper-case letters as {@link #wordIndex} and {@link RootTable} pack them, one letter at a time:
     * {@code key = packUpper(key, c)} for each of at most 12 letters {@code A-Z}.
     */
    static long packUpper(long key, char c) {
        return key << 5 | (c - 'A' + 1);
    }

    /** {@link #wordIndex} of letters packed by {@link #packUpper} (0 for none or more than 12 letters). */
    static int wordIndex(long key) {
        if (key == 0) {
            return 0;
        }
        for (int i = slot(key); KEYS[i] != 0; i = (i + 1) & (TABLE_SIZE - 1)) {
            if (KEYS[i] == key) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The fixed word of a {@link #wordIndex} handle; null for 0. */
    static Word wordAt(int index) {
        return index == 0 ? null : WORDS[index - 1];
    }

    /** Natures written as a component of their own, followed by a slash: {@code RES/}, {@code INF/}, {@code D/}. */
    static String slashNature(CharSequence s, int from, int to) {
        Word w = word(s, from, to);
        return w == null ? null : w.slashNature();
    }

    /** Natures written with a dot before their number: {@code L.}, {@code PV.}, {@code Res.} (UNEP). */
    static String dotNature(CharSequence s, int from, int to) {
        Word w = word(s, from, to);
        return w == null ? null : w.dotNature();
    }

    /** The canonical spelling of a modifier word ({@code Add}, {@code Corr}, {@code Rev}, {@code Amend}, {@code Summary}). */
    static Modifier.Type modifier(CharSequence s, int from, int to) {
        Word w = word(s, from, to);
        return w == null ? null : w.modifier();
    }

    /** Dotted codes that take a number; used to restore the dot in slugs ({@code AC-292}, {@code L1}). */
    static boolean takesDottedNumber(CharSequence s, int from, int to) {
        Word w = word(s, from, to);
        return w != null && (w.dottedCode() || w.modifier() != null);
    }

    /**
     * Natures written with a slash that name a body rather than a kind of document, and so may be followed by that
     * body's own meeting records: the General Committee's {@code BUR} ({@code A/BUR/53/1}, and its summary records
     * {@code A/BUR/53/SR.1}; corpus round5, un.org's first report of the General Committee of the 53rd session).
     */
    private static final String[] BODY_NATURES = {"BUR"};

    /** True when the slash nature {@code nature} is a body whose meeting records ({@code SR.}, {@code PV.}) follow it. */
    static boolean bodyWithRecords(String nature, String recordNature) {
        return find(BODY_NATURES, nature) != null && ("SR".equals(recordNature) || "PV".equals(recordNature));
    }

    /**
     * Codes of a numbered subsidiary body ({@code AC.}, {@code C.}, {@code CN.}, {@code CONF.}, {@code WG.}...): dotted
     * codes that are neither a document nature nor a modifier. The extractor and the grammar's dot-for-slash reading
     * ({@code A.AC.96/1066}) both ask this.
     */
    public static boolean isNumberedBodyCode(CharSequence s, int from, int to) {
        Word w = word(s, from, to);
        return w != null && w.dottedCode() && w.dotNature() == null && w.modifier() == null;
    }

    /** Words joining two citations: the input names several documents, not one. */
    static boolean isConjunction(CharSequence s, int from, int to) {
        Word w = word(s, from, to);
        return w != null && w.conjunction();
    }

    /**
     * True for a "root" that is a subsidiary body's or a document's dotted element with its number ({@code WP.29},
     * {@code AC.2}, {@code C.3}, {@code SR.12}): the element of a series whose root was left out ("(WP.29/AC.2)" names
     * the Administrative Committee of ECE's WP.29), never a root of its own, registered or not.
     */
    public static boolean isBodyElementRoot(String root) {
        int dot = root.indexOf('.');
        if (dot <= 0 || dot + 1 >= root.length()) {
            return false;
        }
        for (int i = dot + 1; i < root.length(); i++) {
            if (root.charAt(i) < '0' || root.charAt(i) > '9') {
                return false;
            }
        }
        return find(DOTTED_CODES, root.substring(0, dot).toUpperCase(java.util.Locale.ROOT)) != null;
    }

    /**
     * Canonical case of a dotted body or nature code: upper, except {@code Sub.}, UNEP's {@code Res.} and the Montreal
     * Protocol's {@code OzL.}, bureau {@code Bur.} ({@code UNEP/OzL.Pro.12/Bur.2/3}, as printed on the Ozone
     * Secretariat's mastheads: corpus round4 symbols.tsv) and the UNCC's decisions {@code Dec.}.
     */
    static String dottedCodeCase(String upper) {
        return switch (upper) {
            case "SUB" -> "Sub";
            case "RES" -> "Res";
            case "OZL" -> "OzL";
            case "BUR" -> "Bur";
            case "DEC" -> "Dec";
            default -> upper;
        };
    }

    /**
     * Canonical case of a letters-only element (a body code, or the letters after a dotted code's dot): upper, except
     * the elements of the Montreal Protocol's series that its mastheads print in mixed case: the {@code Pro} of
     * {@code OzL.Pro}, the Multilateral Fund's Executive Committee {@code ExCom} and the Implementation Committee
     * {@code ImpCom} ({@code UNEP/OzL.Pro/ExCom/80/12}, {@code UNEP/OzL.Pro/ImpCom/55/4}; corpus round4 symbols.tsv).
     */
    public static String elementCase(String upper) {
        return switch (upper) {
            case "PRO" -> "Pro";
            case "EXCOM" -> "ExCom";
            case "IMPCOM" -> "ImpCom";
            default -> upper;
        };
    }

    private static final String[] ELEMENT_CASES = {"Pro", "ExCom", "ImpCom"};

    /**
     * {@link #elementCase(String)} for the letters {@code s[from, to)} in any case, without allocating: the mixed-case
     * spelling, or null when the element is written upper case.
     */
    static String elementCase(char[] s, int from, int to) {
        for (String w : ELEMENT_CASES) {
            if (w.length() == to - from) {
                int i = 0;
                while (i < w.length() && upper(s[from + i]) == upper(w.charAt(i))) {
                    i++;
                }
                if (i == w.length()) {
                    return w;
                }
            }
        }
        return null;
    }

    /** The candidate among {@code words} equal to {@code s[from, to)} ignoring ASCII case, or null. */
    static String match(CharSequence s, int from, int to, String... words) {
        int n = to - from;
        for (String w : words) {
            if (w.length() == n && equalsIgnoreCase(s, from, w)) {
                return w;
            }
        }
        return null;
    }

    static boolean equalsIgnoreCase(CharSequence s, int from, String upperWord) {
        for (int k = 0; k < upperWord.length(); k++) {
            if (upper(s.charAt(from + k)) != upperWord.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    static char upper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }

    static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Edit distance (bounded use: short words only) for "did you mean" on modifiers. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = upper(a.charAt(i - 1)) == upper(b.charAt(j - 1)) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
