package org.unsymbol.symbol;

/**
 * The fixed words of the grammar (symbol-rules.md §4, §6, §7): document natures, modifiers, and the few tokens that
 * are written with an initial capital. Codes are compared ignoring ASCII case, without allocating.
 */
final class Vocabulary {

    private static final String[] SLASH_NATURES = {"RES", "DEC", "INF", "BUR", "PRST", "NGO", "GC", "D", "PET"};
    private static final String[] DOT_NATURES = {"L", "R", "CRP", "WP", "PV", "SR", "RES", "PET"};
    private static final String[] MODIFIERS = {"ADD", "CORR", "REV", "AMEND", "SUMMARY"};
    private static final Modifier.Type[] MODIFIER_TYPES = {
        Modifier.Type.ADD, Modifier.Type.CORR, Modifier.Type.REV, Modifier.Type.AMEND, Modifier.Type.SUMMARY};
    private static final String[] DOTTED_CODES = {
        "L", "R", "CRP", "WP", "PV", "SR", "AC", "C", "CN", "CONF", "SUB", "WG", "SC", "EA", "RPM"};
    private static final String[] CONJUNCTIONS = {"AND", "ET", "Y", "OR", "TO", "UND", "OU", "AU"};

    private Vocabulary() {
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

    /** Words joining two citations: the input names several documents, not one. */
    static boolean isConjunction(CharSequence s, int from, int to) {
        Word w = word(s, from, to);
        return w != null && w.conjunction();
    }

    /** Canonical case of a dotted body or nature code: upper, except {@code Sub.} and UNEP's {@code Res.}. */
    static String dottedCodeCase(String upper) {
        return switch (upper) {
            case "SUB" -> "Sub";
            case "RES" -> "Res";
            default -> upper;
        };
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
