package org.unsymbol.symbol;

/**
 * The fixed words of the grammar (symbol-rules.md §4, §6, §7): document natures, modifiers, and the few tokens that
 * are written with an initial capital. Codes are compared ignoring ASCII case, without allocating.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    /** Natures written as a component of their own, followed by a slash: {@code RES/}, {@code INF/}, {@code D/}. */
    static String slashNature(CharSequence s, int from, int to) {
        return match(s, from, to, "RES", "DEC", "INF", "BUR", "PRST", "NGO", "GC", "D", "PET");
    }

    /** Natures written with a dot before their number: {@code L.}, {@code PV.}, {@code Res.} (UNEP). */
    static String dotNature(CharSequence s, int from, int to) {
        return match(s, from, to, "L", "R", "CRP", "WP", "PV", "SR", "RES", "PET");
    }

    /** The canonical spelling of a modifier word ({@code Add}, {@code Corr}, {@code Rev}, {@code Amend}, {@code Summary}). */
    static Modifier.Type modifier(CharSequence s, int from, int to) {
        String m = match(s, from, to, "ADD", "CORR", "REV", "AMEND", "SUMMARY");
        if (m == null) {
            return null;
        }
        return switch (m) {
            case "ADD" -> Modifier.Type.ADD;
            case "CORR" -> Modifier.Type.CORR;
            case "REV" -> Modifier.Type.REV;
            case "AMEND" -> Modifier.Type.AMEND;
            default -> Modifier.Type.SUMMARY;
        };
    }

    /** Dotted codes that take a number; used to restore the dot in slugs ({@code AC-292}, {@code L1}). */
    static boolean takesDottedNumber(CharSequence s, int from, int to) {
        return match(s, from, to, "L", "R", "CRP", "WP", "PV", "SR", "AC", "C", "CN", "CONF", "SUB", "WG", "SC",
                "EA", "RPM") != null || modifier(s, from, to) != null;
    }

    /** Words joining two citations: the input names several documents, not one. */
    static boolean isConjunction(CharSequence s, int from, int to) {
        return match(s, from, to, "AND", "ET", "Y", "OR", "TO", "UND", "OU", "AU") != null;
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
