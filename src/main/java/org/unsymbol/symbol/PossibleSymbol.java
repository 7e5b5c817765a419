package org.unsymbol.symbol;

import java.util.ArrayList;
import java.util.List;

/**
 * The "possible" reading of a single symbol whose root has no modelled series ({@link SeriesTable#models}), as
 * libphonenumber's {@code isPossible} is to {@code isValid}: outside the roots whose series the data describes, any
 * well-formed sequence of components is a symbol. Tried only when the strict assembler found a syntax error, so it
 * never changes a symbol the strict reading accepts.
 *
 * <p>A well-formed sequence: a root of capital letters (at least two; words joined by hyphens: {@code CO-ORDINATION};
 * a dotted session number: {@code IDB.51}, {@code GC.18}), then components that are each letters ({@code MSP},
 * {@code VIII}, {@code GUI}), dotted codes ({@code MX.1}, {@code EB.2}, {@code OzL.Pro.31}, {@code Dec.11},
 * {@code T.656}), letters with a numbered session in parentheses ({@code PCB(22)}, {@code COP(14)},
 * {@code PCB (40)}), numbers ({@code 3}), dotted numbers ({@code 08.22}) or hyphenated numbers ({@code 6-G}); then
 * modifiers ({@code Add.1}, {@code Rev.2}) in canonical spelling. At least one digit somewhere (a document is
 * numbered); no placeholder ({@code X}, {@code xx} where the number goes, {@code L.XX}); no range ({@code 5-6}:
 * the strict reading decides combined reports). Components keep the case they were written in: the series is not
 * modelled, so there is no rule to normalise it by.
 */
final class PossibleSymbol {

    private PossibleSymbol() {
    }

    /** The symbol read from {@code t.buf[s, e)}, or null (no finding written then: the strict findings stand). */
    static DocumentSymbol read(SymbolRules rules, CleanText t, Findings f, int s, int e) {
        char[] b = t.buf;
        while (s < e && b[s] == ' ') {
            s++;
        }
        while (e > s && b[e - 1] == ' ') {
            e--;
        }
        boolean reissued = false;
        int reissueAt = -1;
        if (e > s && b[e - 1] == '*') {
            reissued = true;
            reissueAt = e - 1;
            e--;
            while (e > s && b[e - 1] == ' ') {
                e--;
            }
        }
        if (e - s < 4 || b[s] < 'A' || b[s] > 'Z' || !plausibleCharacters(b, s, e)) {
            return null; // cheap refusal first: most inputs that reach here are noise
        }
        Parenthetical tail = gluedTail(b, s, e, f);
        if (tail != null) {
            e = tail.start(); // LC/G.2602(SES.35/13): the meeting set aside, the components read before it
        }
        List<String> parts = new ArrayList<>(6);
        int from = s;
        for (int i = s; i <= e; i++) {
            if (i == e || b[i] == '/') {
                int a = from;
                int z = i;
                while (a < z && b[a] == ' ') {
                    a++;
                }
                while (z > a && b[z - 1] == ' ') {
                    z--;
                }
                if (z == a) {
                    return null;
                }
                parts.add(new String(b, a, z - a));
                from = i + 1;
            }
        }
        if (parts.size() < 2 || !isRoot(parts.get(0))) {
            return null;
        }
        String root = parts.get(0);
        int rootLetters = root.indexOf('.') < 0 ? root.length() : root.indexOf('.');
        String rootKey = root.substring(0, rootLetters);
        if (Vocabulary.isPressReleaseRoot(rootKey) || Vocabulary.isOtherOrganizationRoot(rootKey)
                || Vocabulary.isBodyElementRoot(root)) {
            return null; // WP.29/AC.2: a body's element without its root
        }
        StringBuilder out = new StringBuilder(e - s + 4);
        out.append(root);
        List<String> bodies = new ArrayList<>(4);
        List<Modifier> modifiers = List.of();
        String number = null;
        boolean digit = hasDigit(root);
        int baseEnd = -1;
        for (int i = 1; i < parts.size(); i++) {
            String p = parts.get(i);
            Modifier m = modifier(p);
            if (m != null) {
                if (baseEnd < 0) {
                    baseEnd = out.length();
                }
                if (modifiers.isEmpty()) {
                    modifiers = new ArrayList<>(2);
                }
                modifiers.add(m);
                out.append('/').append(m.text());
                continue;
            }
            if (baseEnd >= 0 || !isComponent(p)) {
                return null; // a component after a modifier, or one that is not well-formed
            }
            boolean last = i + 1 == parts.size() || modifier(parts.get(i + 1)) != null;
            if (last && allX(p, 0, p.length())) {
                return null; // ISBA/24/C/X: a placeholder where the number goes
            }
            digit |= hasDigit(p);
            if (number != null) {
                bodies.add(number);
            }
            number = p;
            out.append('/').append(p);
        }
        if (!digit || number == null || !hasDigit(number) && number.length() < 2) { // SPLOS/30/C: one letter
            return null;
        }
        SymbolDraft d = new SymbolDraft();
        if (tail != null) {
            tail.appendTo(out);
            d.parens = List.of(tail);
        }
        d.out.append(out);
        d.root = rootKey;
        d.bodies = bodies;
        d.number = number;
        d.modifiers = modifiers;
        d.reissued = reissued;
        if (rules.registry().isKnownRoot(rootKey)) {
            // registered, but its series not modelled: possible and plausible as far as the data says
        } else {
            f.add(FindingCode.UNREGISTERED_ROOT, "'" + rootKey + "' is not in the registry of roots; the symbol is "
                    + "well-formed.", s, s + rootLetters);
            f.unregistered();
        }
        if (reissued) {
            f.add(FindingCode.NORMALIZED_REISSUE_MARK, "Reissue mark '*' dropped: " + out + " is the same document "
                    + "(reissued for technical reasons).", reissueAt, reissueAt + 1);
        }
        return d.build(baseEnd < 0 ? null : out.substring(0, baseEnd));
    }

    /**
     * A parenthetical glued to the end that only a document symbol carries, never a session or year: a meeting
     * ({@code (CEA.8/3)}, which has a slash of its own) or a part letter ({@code (A)}); null otherwise.
     */
    private static Parenthetical gluedTail(char[] b, int s, int e, Findings f) {
        if (b[e - 1] != ')') {
            return null;
        }
        int open = e - 2;
        while (open > s && b[open] != '(' && e - open <= 16) {
            open--;
        }
        if (open <= s || b[open] != '(' || b[open - 1] == ' ') {
            return null;
        }
        Parenthetical p = Parenthetical.of(new String(b, open + 1, e - open - 2), open, e, f.scratch());
        return p != null && (p.kind() == Parenthetical.Kind.MEETING || p.kind() == Parenthetical.Kind.LETTER) ? p
                : null;
    }

    private static boolean plausibleCharacters(char[] b, int s, int e) {
        boolean slash = false;
        for (int i = s; i < e; i++) {
            char c = b[i];
            if (c == '/') {
                slash = true;
            } else if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-'
                    || c == '(' || c == ')' || c == ' ')) {
                return false;
            }
        }
        return slash;
    }

    /** {@code UNEP}, {@code CO-ORDINATION}, {@code IDB.51}: capital letters (hyphenated words), maybe a dotted number. */
    static boolean isRoot(String p) {
        int n = p.length();
        int i = word(p, 0, n, true);
        if (i < 2) {
            return false;
        }
        if (i == n) {
            return true;
        }
        return p.charAt(i) == '.' && Component.allDigits(p, i + 1, n);
    }

    /** A well-formed component other than a modifier (see the class comment). */
    static boolean isComponent(String p) {
        int n = p.length();
        int i = word(p, 0, n, false);
        if (i > 0) {
            if (i == n) {
                return !lowerX(p, 0, n);
            }
            char c = p.charAt(i);
            if (c == '(' || c == ' ' && i + 1 < n && p.charAt(i + 1) == '(') {
                int open = c == '(' ? i : i + 1;
                return p.charAt(n - 1) == ')' && Component.allDigits(p, open + 1, n - 1);
            }
            return c == '.' && dottedSegments(p, i + 1, n);
        }
        int d = 0;
        while (d < n && Vocabulary.isDigit(p.charAt(d))) {
            d++;
        }
        if (d == 0) {
            return false;
        }
        if (d == n) {
            return true;
        }
        if (p.charAt(d) == '-') {
            return Component.allLetters(p, d + 1, n) && n - d - 1 <= 2; // 6-G, not a range 5-6
        }
        return p.charAt(d) == '.' && digitSegments(p, d + 1, n); // 08.22, not 04.E
    }

    private static boolean digitSegments(String p, int from, int to) {
        int a = from;
        for (int i = from; i <= to; i++) {
            if (i == to || p.charAt(i) == '.') {
                if (!Component.allDigits(p, a, i)) {
                    return false;
                }
                a = i + 1;
            }
        }
        return true;
    }

    /** {@code Pro.31}, {@code 22}, {@code 1}: segments of letters or of digits between dots, none a placeholder. */
    private static boolean dottedSegments(String p, int from, int to) {
        int a = from;
        for (int i = from; i <= to; i++) {
            if (i == to || p.charAt(i) == '.') {
                if (i == a || !(Component.allLetters(p, a, i) || Component.allDigits(p, a, i)) || allX(p, a, i)) {
                    return false;
                }
                a = i + 1;
            }
        }
        return true;
    }

    /** The end of a word of letters from {@code from} (words joined by single hyphens); 0 when there is none. */
    private static int word(String p, int from, int to, boolean upperOnly) {
        int i = from;
        while (i < to) {
            char c = p.charAt(i);
            if (Vocabulary.isLetter(c) && (!upperOnly || c >= 'A' && c <= 'Z')) {
                i++;
            } else if (c == '-' && i > from && i + 1 < to && Vocabulary.isLetter(p.charAt(i + 1))
                    && Vocabulary.isLetter(p.charAt(i - 1))) {
                i++;
            } else {
                break;
            }
        }
        return i == from ? 0 : i;
    }

    private static Modifier modifier(String p) {
        int dot = p.indexOf('.');
        int codeEnd = dot < 0 ? p.length() : dot;
        Modifier.Type type = Vocabulary.modifier(p, 0, codeEnd);
        if (type == null) {
            return null;
        }
        if (type == Modifier.Type.SUMMARY) {
            return dot < 0 ? new Modifier(type, 0) : null;
        }
        if (dot < 0 || !Component.allDigits(p, dot + 1, p.length()) || p.length() - dot - 1 > 4) {
            return null;
        }
        return new Modifier(type, SingleParser.parseInt(p, dot + 1, p.length()));
    }

    private static boolean hasDigit(String p) {
        for (int i = 0; i < p.length(); i++) {
            if (Vocabulary.isDigit(p.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean allX(String p, int from, int to) {
        for (int i = from; i < to; i++) {
            if (p.charAt(i) != 'x' && p.charAt(i) != 'X') {
                return false;
            }
        }
        return to > from;
    }

    private static boolean lowerX(String p, int from, int to) {
        for (int i = from; i < to; i++) {
            if (p.charAt(i) != 'x') {
                return false;
            }
        }
        return to > from;
    }
}
