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

    /** Natures written as a component of their own, followed by a slash: {@code RES/}, {@code INF/}, {@code D/}. */
    static String slashNature(CharSequence s, int from, int to) {
        return match(s, from, to, SLASH_NATURES);
    }

    /** Natures written with a dot before their number: {@code L.}, {@code PV.}, {@code Res.} (UNEP). */
    static String dotNature(CharSequence s, int from, int to) {
        return match(s, from, to, DOT_NATURES);
    }

    /** The canonical spelling of a modifier word ({@code Add}, {@code Corr}, {@code Rev}, {@code Amend}, {@code Summary}). */
    static Modifier.Type modifier(CharSequence s, int from, int to) {
        int n = to - from;
        for (int i = 0; i < MODIFIERS.length; i++) {
            if (MODIFIERS[i].length() == n && equalsIgnoreCase(s, from, MODIFIERS[i])) {
                return MODIFIER_TYPES[i];
            }
        }
        return null;
    }

    /** Dotted codes that take a number; used to restore the dot in slugs ({@code AC-292}, {@code L1}). */
    static boolean takesDottedNumber(CharSequence s, int from, int to) {
        return match(s, from, to, DOTTED_CODES) != null || modifier(s, from, to) != null;
    }

    /** Words joining two citations: the input names several documents, not one. */
    static boolean isConjunction(CharSequence s, int from, int to) {
        return match(s, from, to, CONJUNCTIONS) != null;
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
