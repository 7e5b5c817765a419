package org.unsymbol.symbol;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses one single symbol (one side of a joint symbol) from the cleaned buffer: a scanner splits it into components
 * and a tail ({@link #scan}), then a small state machine walks root → subsidiary bodies → document part → modifiers
 * ({@link #assemble}), {@link SymbolRules} judges plausibility, and the canonical form is rendered. One instance per
 * single; not thread-safe, not reused.
 */
final class SingleParser {

    private final SymbolRules rules;
    private final CleanText t;
    private final Findings f;

    private final List<Component> comps = new ArrayList<>(8);
    private final List<Parenthetical> parens = new ArrayList<>(2);
    private String partLetters;
    private int partStart = -1;
    private int partEnd;
    private boolean reissued;
    private int reissueAt;
    private int trailingSlashAt = -1;

    SingleParser(SymbolRules rules, CleanText t, Findings f) {
        this.rules = rules;
        this.t = t;
        this.f = f;
    }

    /** The parsed single, or null when it is malformed (the errors are in the findings). */
    DocumentSymbol parse(int s, int e) {
        if (!scan(s, e)) {
            return null;
        }
        if (comps.isEmpty() || comps.size() == 1 && comps.get(0).text.isEmpty()) {
            f.add(FindingCode.EMPTY_INPUT, "No symbol.", s, e);
            return null;
        }
        return assemble(s, e);
    }

    // ---- scanner ------------------------------------------------------------------------------------------------

    private boolean scan(int s, int e) {
        char[] b = t.buf;
        int end = e;
        while (end > s && b[end - 1] == ' ') {
            end--;
        }
        if (end > s && b[end - 1] == '*') {
            reissued = true;
            reissueAt = end - 1;
            end--;
            while (end > s && b[end - 1] == ' ') {
                end--;
            }
        }
        char[] sc = new char[end - s];
        int[] pos = new int[end - s];
        int k = 0;
        int compK = 0;
        int compB = s;
        int tailStart = -1;
        int i = s;
        while (i < end) {
            char c = b[i];
            if (c == '/') {
                addComponent(sc, pos, compK, k, compB, i);
                compK = k;
                compB = i + 1;
                i++;
                continue;
            }
            if (c == ' ') {
                int j = i;
                while (j < end && b[j] == ' ') {
                    j++;
                }
                char prev = k > compK ? sc[k - 1] : '/';
                char next = b[j];
                if (prev == '/' || next == '/' || prev == '.' || next == '.' || prev == '-' || next == '-'
                        || next == ':') {
                    stray(i, j);
                    i = j;
                    continue;
                }
                if (next == '(' || next == '[') {
                    tailStart = j;
                    break;
                }
                int w = j;
                while (w < end && Vocabulary.isLetter(b[w])) {
                    w++;
                }
                if (w > j) {
                    Modifier.Type m = Vocabulary.modifier(t, j, w);
                    if (m != null && (m == Modifier.Type.SUMMARY
                            || w < end && (b[w] == '.' || b[w] == ':' || Vocabulary.isDigit(b[w])))) {
                        f.add(FindingCode.NORMALIZED_PUNCTUATION, "A space before '" + new String(b, j, w - j)
                                + "' read as '/'.", i, j);
                        addComponent(sc, pos, compK, k, compB, i);
                        compK = k;
                        compB = j;
                        i = j;
                        continue;
                    }
                    if (Vocabulary.isConjunction(t, j, w)) {
                        citation(s, i, end);
                        return false;
                    }
                    if (w - j == 1 && (w == end || b[w] == ' ' || b[w] == '(' || b[w] == '-')) {
                        tailStart = j; // part letter of a composite resolution: "69/274 A", "70/93 A-B"
                        break;
                    }
                    if (w < end && b[w] == '.' && splitModifier(sc, compK, k, j, w)) {
                        f.add(FindingCode.NORMALIZED_WHITESPACE, "A space inside '" + new String(sc, compK, k - compK)
                                + new String(b, j, w - j) + ".' removed.", i, j);
                        i = j; // R ev.1, A dd.1: a modifier word split by OCR or a line break
                        continue;
                    }
                    if (Vocabulary.isLetter(prev)) {
                        sc[k] = ' '; // words of a compound series code: TD/B/C.1/IRON ORE
                        pos[k] = i;
                        k++;
                        i = j;
                        continue;
                    }
                }
                if (next == ',' || next == ';' || next == '&') {
                    citation(s, i, end);
                    return false;
                }
                if (Vocabulary.isDigit(prev) && Vocabulary.isDigit(next)) {
                    f.add(FindingCode.MALFORMED_NUMBER, "A space splits a number.", i, j);
                    return false;
                }
                stray(i, j);
                i = j;
                continue;
            }
            if (c == '.' && k > compK && Vocabulary.isDigit(sc[k - 1])) {
                int w = i + 1;
                while (w < end && Vocabulary.isLetter(b[w])) {
                    w++;
                }
                if (w > i + 1 && Vocabulary.modifier(t, i + 1, w) != null) {
                    f.add(FindingCode.NORMALIZED_PUNCTUATION, "'.' before '" + new String(b, i + 1, w - i - 1)
                            + "' read as '/'.", i, i + 1);
                    addComponent(sc, pos, compK, k, compB, i);
                    compK = k;
                    compB = i + 1;
                    i++;
                    continue;
                }
            }
            if (c == ':' && k > compK && Vocabulary.isLetter(sc[k - 1]) && i + 1 < end
                    && (Vocabulary.isDigit(b[i + 1]) || b[i + 1] == 'l')) {
                f.add(FindingCode.NORMALIZED_PUNCTUATION, "':' read as '.'.", i, i + 1);
                sc[k] = '.';
                pos[k] = i;
                k++;
                i++;
                continue;
            }
            if (c == '(') {
                int close = t.indexOf(')', i, end);
                if (k > compK && Component.allLetters(new String(sc, compK, k - compK), 0, k - compK)
                        && close > 0 && close + 1 < end && b[close + 1] == '/') {
                    for (int x = i; x <= close; x++) { // EX(12)/: a body numbered in parentheses
                        if (b[x] != ' ') {
                            sc[k] = b[x];
                            pos[k] = x;
                            k++;
                        }
                    }
                    i = close + 1;
                    continue;
                }
                tailStart = i;
                break;
            }
            if (c == '[' && k > compK) {
                tailStart = i;
                break;
            }
            if (c == ',' || c == ';' || c == '&') {
                citation(s, i, end);
                return false;
            }
            if (c == '*') {
                f.add(FindingCode.MISPLACED_REISSUE_MARK, "'*' marks a reissue only at the end of a symbol.", i,
                        i + 1);
                f.repair(t.windowWith(i, i + 1, ""));
                return false;
            }
            if (c == ')') {
                f.add(FindingCode.UNBALANCED_PARENTHESIS, "')' has no matching '('.", i, i + 1);
                return false;
            }
            if (!allowed(c)) {
                f.add(FindingCode.INVALID_CHARACTER, "'" + c + "' cannot occur in a symbol.", i, i + 1);
                return false;
            }
            sc[k] = c;
            pos[k] = i;
            k++;
            i++;
        }
        if (k == compK && compB == end && tailStart < 0 && !comps.isEmpty()) {
            trailingSlashAt = end - 1;
        } else {
            addComponent(sc, pos, compK, k, compB, tailStart >= 0 ? tailStart : end);
        }
        return tailStart < 0 || scanTail(tailStart, end);
    }

    /**
     * True when the letters {@code sc[fromK, toK)} already in the component and {@code buf[j, w)} after the space
     * together spell a modifier word ({@code R}+{@code ev}, {@code A}+{@code dd}, {@code Co}+{@code rr}).
     */
    private boolean splitModifier(char[] sc, int fromK, int toK, int j, int w) {
        if (toK <= fromK || toK - fromK + w - j > 6) {
            return false;
        }
        for (int x = fromK; x < toK; x++) {
            if (!Vocabulary.isLetter(sc[x])) {
                return false;
            }
        }
        String word = new String(sc, fromK, toK - fromK) + new String(t.buf, j, w - j);
        Modifier.Type m = Vocabulary.modifier(word, 0, word.length());
        return m != null && m != Modifier.Type.SUMMARY;
    }

    private static final boolean[] ALLOWED = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ALLOWED[c] = Vocabulary.isLetter(c) || Vocabulary.isDigit(c) || c == '.' || c == '-' || c == '#'
                    || c == '?' || c == '_';
        }
    }

    private static boolean allowed(char c) {
        return c < 128 ? ALLOWED[c] : c == '\u2026';
    }

    private void addComponent(char[] sc, int[] pos, int fromK, int toK, int fromB, int toB) {
        if (toK > fromK) {
            comps.add(new Component(new String(sc, fromK, toK - fromK), pos[fromK], pos[toK - 1] + 1));
        } else {
            comps.add(new Component("", fromB, Math.max(fromB, toB)));
        }
    }

    private void stray(int i, int j) {
        f.add(FindingCode.NORMALIZED_WHITESPACE, "Stray space removed.", i, j);
    }

    private void citation(int s, int at, int end) {
        f.add(FindingCode.CITATION_PHRASE, "Several documents are named here; a symbol names one. Cite them one "
                + "by one.", at, end);
        f.repair(new String(t.buf, s, at - s).strip());
    }

    /** Part letters and parentheticals after the last component: {@code " A-B"}, {@code " (2023)"}, {@code "(PartI)"}. */
    private boolean scanTail(int from, int end) {
        char[] b = t.buf;
        int j = from;
        while (j < end) {
            char c = b[j];
            if (c == ' ') {
                j++;
                continue;
            }
            if (c == '(') {
                int close = matching(j, end);
                if (close < 0) {
                    f.add(FindingCode.UNBALANCED_PARENTHESIS, "'(' is never closed.", j, end);
                    f.repair(t.windowWith(end, end, ")"));
                    return false;
                }
                StringBuilder inner = new StringBuilder(close - j);
                boolean innerSpace = false;
                for (int x = j + 1; x < close; x++) {
                    if (b[x] == ' ') {
                        innerSpace = true;
                    } else {
                        inner.append(b[x]);
                    }
                }
                if (inner.length() == 0) {
                    f.add(FindingCode.EMPTY_COMPONENT, "Empty parentheses.", j, close + 1);
                    return false;
                }
                Parenthetical p = Parenthetical.of(inner.toString(), j, close + 1, f);
                if (p == null) {
                    return false;
                }
                boolean spaceBefore = j > 0 && b[j - 1] == ' ';
                boolean spaces = spaceBefore && j > 1 && b[j - 2] == ' ';
                if (innerSpace || spaces || spaceBefore != p.kind().spaced()) {
                    f.add(FindingCode.NORMALIZED_PARENTHETICAL, "Parenthetical written as "
                            + (p.kind().spaced() ? "' (" : "'(") + p.text() + ")'.", spaceBefore ? j - 1 : j,
                            close + 1);
                }
                parens.add(p);
                j = close + 1;
                continue;
            }
            if (c == '[' && j + 2 < end && Vocabulary.isLetter(b[j + 1]) && b[j + 2] == ']' && partLetters == null) {
                f.add(FindingCode.NORMALIZED_PUNCTUATION, "Digital Library bracket form '[" + b[j + 1]
                        + "]' read as the part letter.", j, j + 3);
                partLetters = String.valueOf(Vocabulary.upper(b[j + 1]));
                partStart = j;
                partEnd = j + 3;
                j += 3;
                continue;
            }
            if (Vocabulary.isLetter(c)) {
                int w = j;
                while (w < end && (Vocabulary.isLetter(b[w]) || b[w] == '-')) {
                    w++;
                }
                if (Vocabulary.isConjunction(t, j, w)) {
                    citation(t.from, j, end);
                    return false;
                }
                if (partLetters != null || !parens.isEmpty() || !partLetters(j, w)) {
                    f.add(FindingCode.UNEXPECTED_COMPONENT, "'" + new String(b, j, w - j)
                            + "' has no place at the end of a symbol.", j, w);
                    return false;
                }
                partLetters = new String(b, j, w - j).toUpperCase(java.util.Locale.ROOT);
                partStart = j;
                partEnd = w;
                j = w;
                continue;
            }
            if (c == ')') {
                f.add(FindingCode.UNBALANCED_PARENTHESIS, "')' has no matching '('.", j, j + 1);
            } else if (c == ',' || c == ';' || c == '&') {
                citation(t.from, j, end);
            } else {
                f.add(FindingCode.INVALID_CHARACTER, "'" + c + "' cannot occur in a symbol.", j, j + 1);
            }
            return false;
        }
        return true;
    }

    /** {@code A}, {@code A-B}, {@code A-E}: single letters joined by hyphens. */
    private boolean partLetters(int from, int to) {
        for (int x = from; x < to; x++) {
            boolean letterSlot = (x - from) % 2 == 0;
            if (letterSlot != Vocabulary.isLetter(t.buf[x])) {
                return false;
            }
        }
        return (to - from) % 2 == 1;
    }

    private int matching(int open, int end) {
        int depth = 0;
        for (int i = open; i < end; i++) {
            if (t.buf[i] == '(') {
                depth++;
            } else if (t.buf[i] == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    // ---- state machine -----------------------------------------------------------------------------------------

    private DocumentSymbol assemble(int s, int e) {
        if (trailingSlashAt >= 0) {
            f.add(FindingCode.EMPTY_COMPONENT, "The symbol ends with '/'.", trailingSlashAt, trailingSlashAt + 1);
            f.repair(t.windowWith(trailingSlashAt, trailingSlashAt + 1, ""));
        }
        if (comps.size() == 1 && comps.get(0).shape != Component.Shape.CODE && partLetters == null
                && parens.isEmpty()) {
            Component c = comps.get(0);
            f.add(FindingCode.UNRECOGNIZED_FORM, "'" + c.text + "' is not written as a symbol: no '/' between its "
                    + "components.", c.start, c.end);
            return null;
        }
        ocrLetters();
        for (int i = 0; i < comps.size(); i++) {
            Component c = comps.get(i);
            if (c.text.isEmpty()) {
                f.add(FindingCode.EMPTY_COMPONENT, i == 0 ? "The symbol starts with '/'." : "Empty component "
                        + "between two '/'.", c.start > 0 ? c.start - 1 : c.start, c.end + 1);
                f.repair(t.windowWith(i == 0 ? c.start : c.start - 1, c.start, ""));
                return null;
            }
            if (c.shape == Component.Shape.BAD) {
                reportBad(c);
                return null;
            }
            if (i + 1 < comps.size() && fusedJoint(c)) {
                return null;
            }
        }
        SymbolDraft d = new SymbolDraft();
        Component root = comps.get(0);
        if (root.shape != Component.Shape.CODE) {
            f.add(FindingCode.UNEXPECTED_COMPONENT, "A symbol starts with the letters of an organ or series "
                    + "(A, S, E, ST, CCPR...), not '" + root.text + "'.", root.start, root.end);
            return null;
        }
        d.root = upperCase(root, root.text);
        if ("GA".equals(d.root) && comps.size() > 2 && "RES".equals(comps.get(1).slashNature())) {
            // GA/RES/13(I): "GA" is the press-release prefix; the resolutions of the Assembly are A/RES
            f.add(FindingCode.NORMALIZED_PREFIX, "'GA/RES/' written as 'A/RES/': the General Assembly's symbols "
                    + "start with 'A/' ('GA/' numbers press releases).", root.start, root.end);
            d.root = "A";
        }
        d.rootStart = root.start;
        d.rootEnd = root.end;
        d.reissued = reissued;
        d.out.append(d.root);
        int n = comps.size();
        int i = 1;
        // subsidiary bodies: AC.292, C.1, CN.4, Sub.2, HRC, EX(12), SER.A, WP.29 (a body when a number follows)
        for (; i < n; i++) {
            Component c = comps.get(i);
            String body = bodyToken(c, i + 1 < n ? comps.get(i + 1) : null);
            if (body == null) {
                break;
            }
            if (d.bodies.isEmpty()) {
                d.bodies = new ArrayList<>(3);
            }
            d.bodies.add(body);
            d.out.append('/').append(body);
        }
        if (f.syntaxError()) {
            return null;
        }
        int modStart = i;
        while (modStart < n && comps.get(modStart).modifier() == null) {
            modStart++;
        }
        if (!documentPart(d, i, modStart)) {
            return null;
        }
        d.baseEnd = d.out.length();
        for (int m = modStart; m < n; m++) {
            if (!modifierToken(d, comps.get(m))) {
                return null;
            }
        }
        int modEnd = d.out.length();
        if (f.syntaxError()) {
            return null;
        }
        d.parens = parens;
        d.part = partLetters;
        rules.judge(d, f, partStart, partEnd, comps.get(comps.size() - 1));
        if (f.syntaxError()) {
            return null;
        }
        appendTail(d);
        String base = modEnd == d.baseEnd ? null : d.out.substring(0, d.baseEnd) + d.out.substring(modEnd);
        if (reissued) { // a reissue for technical reasons is the same document: a flag and a note, not identity
            f.add(FindingCode.NORMALIZED_REISSUE_MARK, "Reissue mark '*' dropped: " + d.out + " is the same "
                    + "document (reissued for technical reasons).", reissueAt, reissueAt + 1);
        }
        return d.build(base);
    }

    /**
     * OCR's digit-for-letter and {@code l}-for-{@code I} inside letter codes, repaired only where the repaired reading
     * is a known word: a registered root ({@code L0S} -> {@code LOS}) or a nature of the vocabulary ({@code lNF} ->
     * {@code INF}). Never a guess: a code that reads as no known word either way is left to the grammar.
     */
    private void ocrLetters() {
        for (int i = 0; i < comps.size(); i++) {
            Component c = comps.get(i);
            String text = c.text;
            if (text.length() < 2 || text.length() > 8 || (i > 0 && c.shape != Component.Shape.CODE)) {
                continue;
            }
            char[] fixed = null;
            for (int x = 0; x < text.length(); x++) {
                char ch = text.charAt(x);
                char to = ch == '0' ? 'O' : ch == 'l' ? 'I' : ch == '1' && i == 0 ? 'I' : 0;
                if (to != 0) {
                    if (fixed == null) {
                        fixed = text.toCharArray();
                    }
                    fixed[x] = to;
                } else if (!(ch >= 'A' && ch <= 'Z')) {
                    fixed = null;
                    break; // only capitals around the slip: 'lNF', 'L0S'; not a word in lower case
                }
            }
            if (fixed == null) {
                continue;
            }
            String word = new String(fixed);
            boolean known = i == 0 ? rules.registry().isKnownRoot(word)
                    : Vocabulary.slashNature(word, 0, word.length()) != null;
            if (known) {
                f.add(FindingCode.NORMALIZED_OCR, "'" + text + "' read as '" + word + "' (OCR: a digit or 'l' for a "
                        + "capital letter).", c.start, c.end);
                comps.set(i, new Component(word, c.start, c.end));
            }
        }
    }

    /** Part letter and parentheticals in canonical spacing. */
    private void appendTail(SymbolDraft d) {
        if (d.part != null) {
            boolean oldStyle = d.slot == null && d.romanSession;
            if (!oldStyle) {
                d.out.append(' ');
            }
            d.out.append(d.part);
        }
        for (Parenthetical p : d.parens) {
            p.appendTo(d.out);
        }
    }

    private String bodyToken(Component c, Component next) {
        switch (c.shape) {
            case CODE:
                if (c.slashNature() != null || c.modifier() != null || c.lettersPlaceholder()) {
                    return null;
                }
                return upperCase(c, c.text);
            case PAREN_CODE:
                return upperCase(c, c.text);
            case DOTTED:
                if (c.modifier() != null) {
                    return null;
                }
                if (c.dotNature() != null && !(c.arg == Component.Arg.DIGITS && next != null
                        && next.modifier() == null && (next.shape == Component.Shape.NUMBER
                        || next.shape == Component.Shape.CODE || next.shape == Component.Shape.DOTTED))) {
                    return null;
                }
                switch (c.arg) {
                    case EMPTY -> {
                        f.add(FindingCode.MISSING_BODY_NUMBER, "'" + c.text + "' needs the number of the body.",
                                c.start, c.end);
                        return c.text;
                    }
                    case STRAY_DOT -> {
                        strayDot(c);
                        return c.text;
                    }
                    case DIGITS, LETTERS -> {
                        String code = Vocabulary.dottedCodeCase(c.code().toUpperCase(java.util.Locale.ROOT));
                        String canon = code + "." + c.argText.toUpperCase(java.util.Locale.ROOT);
                        if (c.suffix != null) {
                            f.add(FindingCode.MALFORMED_NUMBER, "'" + c.text + "': letters after the number.",
                                    c.start, c.end);
                        }
                        noteRepairs(c, canon);
                        return canon;
                    }
                    case PLACEHOLDER -> {
                        f.add(FindingCode.PLACEHOLDER_NUMBER, "'" + c.argText + "' stands in for the number of "
                                + "the body.", c.start, c.end);
                        return c.text.toUpperCase(java.util.Locale.ROOT);
                    }
                    default -> {
                        reportBad(c);
                        return c.text;
                    }
                }
            default:
                return null;
        }
    }

    /**
     * The document part between the bodies and the modifiers: an optional nature ({@code RES/}, {@code INF/}...), an
     * optional session or year slot, and the number (or a dotted nature with its number: {@code L.1}, {@code PV.66}).
     */
    private boolean documentPart(SymbolDraft d, int from, int to) {
        int numberAt = -1;
        for (int i = to - 1; i >= from; i--) {
            Component c = comps.get(i);
            if (c.shape == Component.Shape.NUMBER || c.shape == Component.Shape.PLACEHOLDER
                    || c.shape == Component.Shape.RANGE || c.dotNature() != null || c.lettersPlaceholder()) {
                numberAt = i;
                break;
            }
        }
        for (int i = Math.max(numberAt + 1, from); i < to; i++) {
            Component c = comps.get(i);
            if (c.slashNature() != null && numberAt < i) {
                missingNumber(c.end, "'" + c.text + "' must be followed by the number of the document.");
            } else {
                unknownModifier(c);
            }
            return false;
        }
        if (numberAt < 0) {
            missingNumber(comps.get(to - 1).end, "The symbol has no document number.");
            return false;
        }
        int slots = 0;
        for (int i = from; i < numberAt; i++) {
            Component c = comps.get(i);
            String nature = c.slashNature();
            if (nature != null) {
                if (d.nature != null) {
                    unexpected(c, "A symbol has one document nature; '" + c.text + "' is a second.");
                    return false;
                }
                d.nature = nature;
                d.natureSlash = true;
                d.natureAfterSlot = slots > 0;
                append(d, c, nature);
            } else if (c.shape == Component.Shape.NUMBER || c.shape == Component.Shape.SESSION) {
                if (c.suffix != null) {
                    f.add(FindingCode.MALFORMED_NUMBER, "'" + c.text + "': letters after a session number.",
                            c.start, c.end);
                    return false;
                }
                if (c.shape == Component.Shape.SESSION && c.arg != Component.Arg.DIGITS) {
                    f.add(c.arg == Component.Arg.EMPTY ? FindingCode.MISSING_SESSION_NUMBER
                            : FindingCode.MALFORMED_NUMBER, "'" + c.text + "' needs the number of the session.",
                            c.start, c.end);
                    return false;
                }
                if (slots++ > 0 && !"D".equals(d.nature)) {
                    unexpected(c, "A symbol has at most one session or year before its number.");
                    return false;
                }
                if (slots == 1) {
                    d.slot = c;
                } else {
                    d.communication = c;
                }
                append(d, c, c.shape == Component.Shape.SESSION ? c.text.toUpperCase(java.util.Locale.ROOT)
                        : c.argText);
            } else if (c.shape == Component.Shape.CODE && slots > 0 && !c.lettersPlaceholder()) {
                append(d, c, upperCase(c, c.text)); // a country code inside a series: A/HRC/WG.6/1/BHR/1
            } else if (c.shape == Component.Shape.PLACEHOLDER || c.lettersPlaceholder()) {
                f.add(FindingCode.PLACEHOLDER_NUMBER, "'" + c.text + "' stands in for a number.", c.start, c.end);
                append(d, c, c.text.toUpperCase(java.util.Locale.ROOT));
                slots++;
            } else {
                unexpected(c, "'" + c.text + "' has no place before the document number.");
                return false;
            }
        }
        return numberToken(d, comps.get(numberAt));
    }

    private boolean numberToken(SymbolDraft d, Component c) {
        d.numberComponent = c;
        switch (c.shape) {
            case NUMBER -> {
                if (scResolutionYear(d, c)) {
                    return true;
                }
                d.number = c.argText;
                if (c.ocr) {
                    ocr(c);
                }
                if (c.suffix != null) {
                    d.glued = c.suffix.toUpperCase(java.util.Locale.ROOT);
                }
                if (d.communication != null) { // CCPR/C/95/D/1479/2006: communication 1479/2006
                    d.number = d.communication.argText + "/" + c.argText;
                }
                append(d, c, c.argText);
            }
            case PLACEHOLDER -> {
                f.add(FindingCode.PLACEHOLDER_NUMBER, "'" + c.text + "' stands in for the document number.",
                        c.start, c.end);
                d.number = c.text.toUpperCase(java.util.Locale.ROOT);
                d.placeholder = true;
                append(d, c, d.number);
            }
            case RANGE -> {
                if (!combinedReport(d, c)) {
                    range(c, "");
                    return false;
                }
            }
            case CODE -> { // xxx
                f.add(FindingCode.PLACEHOLDER_NUMBER, "'" + c.text + "' stands in for the document number.",
                        c.start, c.end);
                d.number = c.text.toUpperCase(java.util.Locale.ROOT);
                d.placeholder = true;
                append(d, c, d.number);
            }
            default -> { // a dotted nature: L.1, PV.66, CRP.X, Res.14
                String nature = Vocabulary.dottedCodeCase(c.dotNature());
                if (d.nature != null) {
                    unexpected(c, "A symbol has one document nature; '" + c.code() + ".' is a second.");
                    return false;
                }
                d.nature = nature;
                switch (c.arg) {
                    case DIGITS -> {
                        if (c.suffix != null) {
                            d.glued = c.suffix.toUpperCase(java.util.Locale.ROOT);
                        }
                        d.number = c.argText;
                        String canon = nature + "." + c.argText;
                        noteRepairs(c, canon);
                        append(d, c, canon);
                    }
                    case PLACEHOLDER, LETTERS -> {
                        f.add(FindingCode.PLACEHOLDER_NUMBER, "'" + c.argText + "' stands in for the number.",
                                c.start, c.end);
                        d.number = c.argText.toUpperCase(java.util.Locale.ROOT);
                        d.placeholder = true;
                        append(d, c, nature + "." + d.number);
                    }
                    case EMPTY -> {
                        missingNumber(c.end, "'" + c.text + "' must be followed by its number.");
                        return false;
                    }
                    default -> {
                        return badArgument(c, nature + ".");
                    }
                }
            }
        }
        return true;
    }

    /**
     * {@code CRC/C/DEU/5-6}: a combined periodic report of a treaty-body State party series is one document numbered
     * by the range of reports it combines ({@link Vocabulary#isCombinedReportSeries}); elsewhere a range is a list.
     */
    private boolean combinedReport(SymbolDraft d, Component c) {
        String digits = c.argText;
        int dash = digits.indexOf('-');
        if (dash < 0 || !Vocabulary.isCombinedReportSeries(d.out, 0, d.out.length())
                || !Vocabulary.isCombinedReportRange(parseInt(digits, 0, dash),
                        parseInt(digits, dash + 1, digits.length()))) {
            return false;
        }
        d.number = digits;
        append(d, c, digits);
        return true;
    }

    /** {@code S/RES/2719/2023}: the year of a Security Council resolution written as a component. */
    private boolean scResolutionYear(SymbolDraft d, Component c) {
        int year = parseInt(c.argText);
        if (!"S".equals(d.root) || !"RES".equals(d.nature) || d.slot == null
                || d.slot.shape != Component.Shape.NUMBER || c.argText.length() != 4 || year < 1946
                || c.suffix != null || !parens.isEmpty()) {
            return false;
        }
        d.number = d.slot.argText;
        d.numberComponent = d.slot;
        d.slot = null;
        parens.add(new Parenthetical(Parenthetical.Kind.YEAR, c.argText, year, c.start, c.end));
        f.add(FindingCode.NORMALIZED_PARENTHETICAL, "The year of a Security Council resolution is written '("
                + c.argText + ")'.", c.start > 0 ? c.start - 1 : c.start, c.end);
        return true;
    }

    private boolean modifierToken(SymbolDraft d, Component c) {
        Modifier.Type type = c.modifier();
        if (type == null) {
            if (c.shape == Component.Shape.DOTTED || c.shape == Component.Shape.CODE) {
                unknownModifier(c);
            } else {
                unexpected(c, "'" + c.text + "' has no place after a modifier.");
            }
            return false;
        }
        if (type == Modifier.Type.SUMMARY) {
            if (c.shape != Component.Shape.CODE) {
                unexpected(c, "'Summary' takes no number.");
                return false;
            }
            d.addModifier(new Modifier(type, 0));
            append(d, c, type.token());
            return true;
        }
        if (c.shape == Component.Shape.CODE || c.arg == Component.Arg.EMPTY) {
            f.add(FindingCode.MODIFIER_WITHOUT_NUMBER, "'" + type.token() + "' needs its number ("
                    + type.token() + "1).", c.start, c.end);
            String before = t.windowWith(c.start, t.to, "").replaceAll("/+$", "");
            f.repair(t.windowWith(c.start, c.end, type.token() + "1"));
            f.repair(before);
            return false;
        }
        switch (c.arg) {
            case DIGITS -> {
                if (c.suffix != null) {
                    f.add(FindingCode.MALFORMED_NUMBER, "'" + c.text + "': letters after the number.", c.start,
                            c.end);
                    return false;
                }
                String canon = type.token() + c.argText;
                noteRepairs(c, canon);
                int value = parseInt(c.argText);
                if (value == 0) {
                    f.add(FindingCode.ZERO_NUMBER, "Modifiers are numbered from 1.", c.start, c.end);
                }
                d.addModifier(new Modifier(type, value));
                append(d, c, canon);
                return true;
            }
            case PLACEHOLDER, LETTERS -> {
                f.add(FindingCode.PLACEHOLDER_NUMBER, "'" + c.argText + "' stands in for the number.", c.start,
                        c.end);
                d.placeholder = true;
                d.addModifier(new Modifier(type, 0));
                append(d, c, type.token() + c.argText.toUpperCase(java.util.Locale.ROOT));
                return true;
            }
            default -> {
                return badArgument(c, type.token());
            }
        }
    }

    // ---- findings and repairs -----------------------------------------------------------------------------------

    private void append(SymbolDraft d, Component c, String canonical) {
        d.out.append('/').append(canonical);
        if (c.dotRestored) {
            f.add(FindingCode.NORMALIZED_PUNCTUATION, "Missing '.' restored in '" + canonical + "'.", c.start,
                    c.end);
        } else if (!c.text.equals(canonical) && c.text.equalsIgnoreCase(canonical)) {
            f.add(FindingCode.NORMALIZED_CASE, "'" + c.text + "' written as '" + canonical + "'.", c.start, c.end);
        }
    }

    private void noteRepairs(Component c, String canonical) {
        if (c.ocr) {
            ocr(c);
        }
        if (c.dotRestored) {
            f.add(FindingCode.NORMALIZED_PUNCTUATION, "Missing '.' restored in '" + canonical + "'.", c.start,
                    c.end);
        } else {
            String typed = c.ocr ? c.text.substring(0, c.codeEnd) + c.text.substring(c.codeEnd).replace('l', '1')
                    : c.text;
            if (!typed.equals(canonical) && typed.equalsIgnoreCase(canonical)) {
                f.add(FindingCode.NORMALIZED_CASE, "'" + c.text + "' written as '" + canonical + "'.", c.start,
                        c.end);
            }
        }
        c.ocr = false;
        c.dotRestored = false;
    }

    private String upperCase(Component c, String text) {
        if (!hasLowerCase(text)) {
            return text;
        }
        String up = text.toUpperCase(java.util.Locale.ROOT);
        if (c.shape == Component.Shape.DOTTED) {
            up = Vocabulary.dottedCodeCase(c.code().toUpperCase(java.util.Locale.ROOT)) + up.substring(c.codeEnd);
        }
        if (!up.equals(text)) {
            f.add(FindingCode.NORMALIZED_CASE, "'" + text + "' written as '" + up + "'.", c.start, c.end);
            return up;
        }
        return text;
    }

    private static boolean hasLowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 'a' && s.charAt(i) <= 'z') {
                return true;
            }
        }
        return false;
    }

    private void ocr(Component c) {
        f.add(FindingCode.NORMALIZED_OCR, "Letter 'l' in a number read as digit '1'.", c.start, c.end);
    }

    private void missingNumber(int at, String message) {
        f.add(FindingCode.MISSING_DOCUMENT_NUMBER, message, at, at);
    }

    private void unexpected(Component c, String message) {
        f.add(FindingCode.UNEXPECTED_COMPONENT, message, c.start, c.end);
        f.repair(t.windowWith(c.start > t.from ? c.start - 1 : c.start, c.end, ""));
    }

    private void range(Component c, String prefix) {
        f.add(FindingCode.RANGE_NOT_A_SYMBOL, "'" + c.text + "' is a range of documents, not one symbol; cite "
                + "each one.", c.start, c.end);
        String digits = c.argText;
        int dash = digits.indexOf('-');
        f.repair(t.windowWith(c.start, c.end, prefix + digits.substring(0, dash)));
        f.repair(t.windowWith(c.start, c.end, prefix + digits.substring(dash + 1)));
    }

    private void unknownModifier(Component c) {
        f.add(FindingCode.UNKNOWN_MODIFIER, "'" + c.text + "' is not a modifier (Add., Corr., Rev., Amend., "
                + "Summary).", c.start, c.end);
        String word = c.code();
        for (Modifier.Type type : Modifier.Type.values()) {
            String name = type == Modifier.Type.SUMMARY ? "Summary" : type.token().substring(0,
                    type.token().length() - 1);
            String fullWord = FULL_WORDS[type.ordinal()];
            boolean near = Vocabulary.distance(word, name) <= (name.length() <= 3 ? 1 : 2)
                    || Vocabulary.distance(word, fullWord) <= 2
                    || word.length() >= 3 && (startsWithIgnoreCase(word, name) || startsWithIgnoreCase(name, word));
            if (near) {
                String arg = c.argText == null || type == Modifier.Type.SUMMARY ? "" : c.argText;
                f.repair(t.windowWith(c.start, c.end, type == Modifier.Type.SUMMARY ? "Summary"
                        : type.token() + (arg.isEmpty() ? "1" : arg)));
            }
        }
    }

    /** The words the modifier abbreviations stand for, in {@link Modifier.Type} order. */
    private static final String[] FULL_WORDS = {"Addendum", "Corrigendum", "Revision", "Amendment", "Summary"};

    private static boolean startsWithIgnoreCase(String s, String prefix) {
        return s.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    /** Reports an argument that is not a single number; always false. */
    private boolean badArgument(Component c, String rangePrefix) {
        switch (c.arg) {
            case RANGE -> range(c, rangePrefix);
            case STRAY_DOT -> strayDot(c);
            default -> reportBad(c);
        }
        return false;
    }

    private void strayDot(Component c) {
        f.add(FindingCode.STRAY_PUNCTUATION, "Stray '.' after '" + c.text.substring(0, c.text.length() - 1) + "'.",
                c.end - 1, c.end);
        f.repair(t.windowWith(c.end - 1, c.end, ""));
    }

    private void reportBad(Component c) {
        String text = c.text;
        if (c.shape == Component.Shape.SESSION || text.startsWith("-") || c.arg == Component.Arg.BAD
                || text.length() > 0 && Vocabulary.isDigit(text.charAt(0))) {
            f.add(FindingCode.MALFORMED_NUMBER, "'" + text + "' is not a well-formed number.", c.start, c.end);
        } else {
            f.add(FindingCode.INVALID_CHARACTER, "'" + text + "' is not a symbol component.", c.start, c.end);
        }
    }

    /** {@code 305S/2000/809}: a second symbol glued to the first by text extraction. */
    private boolean fusedJoint(Component c) {
        if (c.suffix == null || !rules.isRootAtEnd(c.suffix)) {
            return false;
        }
        String root = rules.rootAtEnd(c.suffix);
        int at = c.end - root.length();
        f.add(FindingCode.FUSED_JOINT_SYMBOL, "Two symbols run together; a joint symbol separates them with '-'.",
                at, c.end);
        f.repair(t.windowWith(at, at, "-"));
        return true;
    }

    static int parseInt(String digits) {
        return parseInt(digits, 0, digits.length());
    }

    /** The value of the digits {@code s[from, to)}; {@code Integer.MAX_VALUE} beyond nine digits. */
    static int parseInt(CharSequence s, int from, int to) {
        if (to - from > 9) {
            return Integer.MAX_VALUE;
        }
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }
}
