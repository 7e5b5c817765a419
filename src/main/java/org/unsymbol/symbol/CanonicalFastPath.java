package org.unsymbol.symbol;

import java.util.ArrayList;
import java.util.List;

/**
 * The fast path for input already written in canonical form ({@code A/78/265/Add.1}, {@code E/CN.4/2005/L.10},
 * {@code S/RES/2719 (2023)}, joint symbols of such): the bulk of what the service sees. One scan over the input string
 * splits it into component ranges without copying; a restricted form of {@link SymbolAssembler}'s placement puts
 * them in place; the series of the root ({@link SeriesTable#fits}, on the ranges) and {@link SymbolRules}' own
 * predicates check them, with no draft and no findings; the input itself is the canonical form.
 *
 * <p>It only answers when the full pipeline would find the input plausible with no finding but a body's validity
 * warning ({@code BODY_OUTSIDE_VALIDITY}): every character, shape, case or rule outcome it is not sure of returns null,
 * and the caller runs the full pipeline. Its result is then the same, field for field and finding for finding
 * (FastPathEquivalenceTest compares the two on random and reference inputs).
 */
final class CanonicalFastPath {

    private static final int MAX_COMPONENTS = 12;
    private static final int CODE = 1;
    private static final int NUMBER = 2;
    private static final int DOTTED = 3;
    /** the mixed-case codes of canonical symbols; any other code must be upper case */
    private static final String[] MIXED_CASE = {"Add", "Corr", "Rev", "Amend", "Sub"};

    private final SymbolRules rules;
    private final SeriesTable series = SeriesTable.bundled();

    CanonicalFastPath(SymbolRules rules) {
        this.rules = rules;
    }

    /** The result when {@code in} is canonical and plausible, with at most a body-validity warning; otherwise null. */
    ParseResult parse(String in) {
        Findings warnings = new Findings();
        DocumentSymbol symbol = symbol(in, warnings);
        return symbol == null ? null : new ParseResult(in, symbol, Tier.PLAUSIBLE, warnings.sorted(), List.of());
    }

    private DocumentSymbol symbol(String in, Findings warnings) {
        int n = in.length();
        // a letter first and a digit or ')' last: nothing for the cleaner to trim, unwrap, strip or decode
        if (n < 3 || n > SymbolParser.MAX_LENGTH || !Vocabulary.isLetter(in.charAt(0))) {
            return null;
        }
        char last = in.charAt(n - 1);
        if (!Vocabulary.isDigit(last) && last != ')') {
            return null;
        }
        if (in.charAt(0) >= 'a') {
            return null; // a root in lower case (a/res/75/240): its code would be refused below, after the whole scan
        }
        char[] buf = in.toCharArray(); // what the scanner's cursor reads
        List<DocumentSymbol> singles = null;
        int start = 0;
        for (int i = in.indexOf('-', 1); i >= 0; i = in.indexOf('-', i + 1)) { // String.indexOf: a vectorised scan
            // only as the joint separator: A/55/305-S/2000/809
            if (i == start || !startsSingle(in, i + 1)) {
                return null;
            }
            DocumentSymbol single = single(in, buf, start, i, warnings);
            if (single == null) {
                return null;
            }
            if (singles == null) {
                singles = new ArrayList<>(2);
            }
            singles.add(single);
            start = i + 1;
        }
        DocumentSymbol single = single(in, buf, start, n, warnings);
        if (single == null || singles == null) {
            return single;
        }
        if (singles.size() == 1) { // the usual joint symbol of two: an immutable pair, which jointOf keeps uncopied
            return DocumentSymbol.jointOf(in, List.of(singles.get(0), single));
        }
        singles.add(single);
        return DocumentSymbol.jointOf(in, singles);
    }

    private static boolean startsSingle(String in, int i) {
        int letters = i;
        while (i < in.length() && Vocabulary.isLetter(in.charAt(i))) {
            i++;
        }
        return i > letters && i < in.length() && in.charAt(i) == '/';
    }

    /**
     * One single {@code in[s, e)}, or null: the scanner in its quiet mode ({@link SymbolScanner#quiet}) splits it into
     * component ranges and the tail's parenthetical, failing where the full scan would note or change anything; each
     * range is then classified here by its shape and the fixed word of its code.
     */
    private DocumentSymbol single(String in, char[] buf, int s, int e, Findings warnings) {
        // per component: start, end, end of its letters (the dot of a DOTTED), 10 bits each (input <= 512 chars); kind,
        // 2 bits; the handle of the fixed word its code is (0 for none), 8 bits: one array, no second one for words
        int slashes = 0; // sized to the symbol: most have 3-5 components, the bound is MAX_COMPONENTS
        for (int i = s; i < e; i++) { // a plain loop: on 10-20 characters cheaper than indexOf calls
            if (buf[i] == '/') {
                slashes++;
            }
        }
        if (slashes >= MAX_COMPONENTS) {
            return null;
        }
        long[] c = new long[slashes + 1];
        SymbolScanner scan = SymbolScanner.quiet(buf, s, e, c);
        if (!scan.scan()) {
            return null;
        }
        Parenthetical paren = null;
        int open = scan.parenStart;
        if (open >= 0) { // " (2023)", " (XV)": one space, after the number, and nothing after it
            if (scan.parenEnd != e || open < s + 3 || in.charAt(open - 1) != ' '
                    || !Vocabulary.isDigit(in.charAt(open - 2))) {
                return null;
            }
            paren = parenthetical(in, open, e);
            if (paren == null) {
                return null;
            }
        }
        int count = scan.count;
        long rootKey = 0;
        for (int k = 0; k < count; k++) {
            int from = (int) c[k] & 0x3FF;
            int end = (int) (c[k] >>> 10) & 0x3FF;
            int letters = from;
            boolean lower = false;
            long key = 0; // the letters packed as the word and root tables key them (case folded)
            for (char ch; letters < end && Vocabulary.isLetter(ch = buf[letters]); letters++) {
                lower |= ch >= 'a';
                key = Vocabulary.packUpper(key, Vocabulary.upper(ch));
            }
            // the shape: digits only, letters only, or letters, a dot and digits, and nothing else in the range
            int i = letters;
            int shape = CODE;
            if (letters == from || i < end && buf[i] == '.') {
                int digits = letters == from ? i : ++i;
                while (i < end && Vocabulary.isDigit(buf[i])) {
                    i++;
                }
                shape = i == digits ? -1 : letters == from ? NUMBER : DOTTED;
            }
            if (shape < 0 || i != end) {
                return null;
            }
            int wordIndex = letters - from > 12 ? 0 : Vocabulary.wordIndex(key);
            if (k == 0) {
                rootKey = letters - from > 12 ? 0 : key;
            }
            int kind = kind(in, from, letters, shape, lower, Vocabulary.wordAt(wordIndex));
            if (kind < 0) {
                return null;
            }
            c[k] = from | i << 10 | letters << 20 | (long) kind << 30 | (long) wordIndex << 32;
        }
        return count < 2 || (c[0] >>> 30 & 3) != CODE ? null
                : assemble(in, s, e, c, count, rootKey, paren, warnings);
    }

    /**
     * The kind of a component of that {@code shape} when its code is written as canonical form prints it (CODE upper
     * case, not a modifier word or placeholder; DOTTED in its canonical case), else -1 ({@code letters} ends the code).
     */
    private static int kind(String in, int from, int letters, int shape, boolean lower, Vocabulary.Word word) {
        if (shape == CODE) { // a code: not a modifier word (Add/Summary without number), not a placeholder (xx)
            return lower || word != null && word.modifier() != null || allX(in, from, letters) ? -1 : CODE;
        }
        if (shape == NUMBER) {
            return NUMBER;
        }
        if (lower) {
            for (String mixed : MIXED_CASE) {
                if (mixed.length() == letters - from && in.startsWith(mixed, from)) {
                    return DOTTED;
                }
            }
            return -1;
        }
        // upper case is canonical except where the canonical spelling is mixed: SUB., RES., ADD.
        return word != null && (word.modifier() != null || word.mixedCase()) ? -1 : DOTTED;
    }

    private static boolean allX(String in, int from, int to) {
        for (int i = from; i < to; i++) {
            if (in.charAt(i) != 'X' && in.charAt(i) != 'x') {
                return false;
            }
        }
        return to - from <= 6;
    }

    /** A year {@code (2023)} or an upper-case Roman session {@code (XV)} ending at {@code e}. */
    private static Parenthetical parenthetical(String in, int open, int e) {
        int close = e - 1;
        if (close - open == 5 && Component.allDigits(in, open + 1, close)) {
            String year = in.substring(open + 1, close);
            return new Parenthetical(Parenthetical.Kind.YEAR, year, Integer.parseInt(year), open, e);
        }
        if (close - open < 2) {
            return null;
        }
        String roman = in.substring(open + 1, close);
        int value = Roman.value(roman);
        return value < 0 ? null : new Parenthetical(Parenthetical.Kind.SESSION, roman, value, open, e);
    }

    // The component words of one single (start, end, dot, kind and word handle packed as single() writes them), read
    // by static helpers rather than through a wrapper object: nothing allocated for them.

    private static int start(long[] c, int i) {
        return (int) c[i] & 0x3FF;
    }

    private static int end(long[] c, int i) {
        return (int) (c[i] >>> 10) & 0x3FF;
    }

    private static int dot(long[] c, int i) {
        return (int) (c[i] >>> 20) & 0x3FF;
    }

    private static int kindAt(long[] c, int i) {
        return (int) (c[i] >>> 30) & 3;
    }

    private static Vocabulary.Word word(long[] c, int i) {
        return Vocabulary.wordAt((int) (c[i] >>> 32) & 0xFF);
    }

    /** As {@link Component#modifier()}: the modifier word of a dotted code (codes alone were refused). */
    private static Modifier.Type modifier(long[] c, int i) {
        Vocabulary.Word w = kindAt(c, i) == DOTTED ? word(c, i) : null;
        return w == null ? null : w.modifier();
    }

    private static String dotNature(long[] c, int i) {
        Vocabulary.Word w = kindAt(c, i) == DOTTED ? word(c, i) : null;
        return w == null ? null : w.dotNature();
    }

    private static String slashNature(long[] c, int i) {
        Vocabulary.Word w = kindAt(c, i) == CODE ? word(c, i) : null;
        return w == null ? null : w.slashNature();
    }

    /**
     * SymbolAssembler's placement on canonical components (root, bodies, nature, slot, number, modifiers), then
     * {@link SymbolRules}' checks as predicates: any rule that would report an error sends the input to the full
     * pipeline, which reports it; so does a decision key (a warning). No draft: the one warning reported here is a
     * body's validity period ({@code E/CN.4/2010/...}).
     */
    private DocumentSymbol assemble(String in, int s, int e, long[] c, int count, long rootKey, Parenthetical paren,
                                    Findings warnings) {
        // the registry's own string: no copy, its hash already known; an unknown root is an error anyway
        String root = rules.registry().knownRoot(rootKey);
        if (root == null) {
            return null;
        }
        int i = 1;
        for (; i < count; i++) {
            int kind = kindAt(c, i);
            boolean body = kind == CODE ? slashNature(c, i) == null
                    : kind == DOTTED && modifier(c, i) == null
                    // a dotted nature is a body only before a number or code: WP.29/..., not PV.1234
                    && (dotNature(c, i) == null || i + 1 < count && modifier(c, i + 1) == null);
            if (!body) {
                break;
            }
        }
        boolean mainCommittees = true; // every body is one of the Assembly's main committees (vacuously, none)
        for (int k = 1; k < i && mainCommittees; k++) {
            mainCommittees = SymbolRules.isMainCommittee(in, start(c, k), end(c, k));
        }
        int modStart = i;
        while (modStart < count && modifier(c, modStart) == null) {
            modStart++;
        }
        // the series of the root, on the components themselves: what follows the root up to the modifiers
        if (!series.fits(root, in, c, 1, modStart - 1)) {
            return null;
        }
        // the document part: an optional slash nature, at most one slot, country codes after the slot, the number
        int numberAt = modStart - 1;
        if (numberAt < i || kindAt(c, numberAt) != NUMBER && dotNature(c, numberAt) == null) {
            return null;
        }
        String nature = null;
        boolean natureSlash = false;
        int slot = -1;
        for (int k = i; k < numberAt; k++) {
            String slashNature = slashNature(c, k);
            if (slashNature != null && nature == null) {
                nature = slashNature;
                natureSlash = true;
            } else if (kindAt(c, k) == NUMBER && slot < 0) {
                slot = k;
            } else if (kindAt(c, k) != CODE || slot < 0 || slashNature != null) {
                return null; // a second nature or slot, or something before the slot that is not a body
            }
        }
        int numberFrom;
        if (kindAt(c, numberAt) == NUMBER) {
            if ("S".equals(root) && "RES".equals(nature) && slot >= 0) {
                return null; // S/RES/2719/2023: the full pipeline rewrites the year as a parenthetical
            }
            numberFrom = start(c, numberAt);
        } else {
            if (nature != null) {
                return null;
            }
            nature = Vocabulary.dottedCodeCase(dotNature(c, numberAt));
            numberFrom = dot(c, numberAt) + 1;
        }
        List<Modifier> modifiers = modifiers(in, c, count, modStart);
        if (modifiers == null) {
            return null;
        }
        // the rules, as SymbolRules.judge applies them to this shape
        SymbolKind kind = SymbolRules.kindOf(nature);
        int number = SingleParser.parseInt(in, numberFrom, end(c, numberAt));
        if (kind == SymbolKind.DECISION || number == 0) {
            return null; // a catalogue key, not an official symbol; documents are numbered from 1
        }
        int sessionFrom = s; // none until a slot or a Roman parenthetical says so
        int sessionTo = s;
        int year = DocumentSymbol.NO_YEAR;
        if (slot >= 0) {
            int v = SingleParser.parseInt(in, start(c, slot), end(c, slot));
            SymbolRules.SlotMeaning meaning = SymbolRules.slotMeaning(root, i > 1, mainCommittees,
                    end(c, slot) - start(c, slot), v);
            if (!rules.slotInRange(meaning, v)) {
                return null;
            }
            if (meaning.isYear()) {
                year = v;
            } else {
                sessionFrom = start(c, slot);
                sessionTo = end(c, slot);
            }
        }
        boolean roman = false;
        if (paren != null) {
            if (kind != SymbolKind.RESOLUTION || slot >= 0) {
                return null;
            }
            if (paren.kind() == Parenthetical.Kind.YEAR) {
                if (!rules.resolutionYearInRange(paren.value())) {
                    return null;
                }
                year = paren.value();
            } else {
                if (!SymbolRules.romanEraAllows(root, paren.value(), number)) {
                    return null;
                }
                sessionFrom = paren.start() + 1; // (XV): the Roman session as printed
                sessionTo = paren.end() - 1;
                roman = true;
            }
        }
        if (SymbolRules.lacksSession(kind, natureSlash, slot >= 0, roman, root)) {
            return null;
        }
        if (year != DocumentSymbol.NO_YEAR && i > 1) { // E/CN.4/2010/...: a warning, the symbol stays plausible
            Body outside = rules.bodyOutsideValidity(in, s, end(c, i - 1), year);
            if (outside != null) {
                warnings.addOriginal(FindingCode.BODY_OUTSIDE_VALIDITY, rules.outsideValidity(outside, year), s,
                        end(c, numberAt));
            }
        }
        String base = null;
        if (modStart < count) {
            int baseEnd = start(c, modStart) - 1;
            int modEnd = end(c, count - 1);
            base = modEnd == e ? in.substring(s, baseEnd) : in.substring(s, baseEnd) + in.substring(modEnd, e);
        }
        long spans = DocumentSymbol.spans(i > 1 ? start(c, 1) - s : 0, i > 1 ? end(c, i - 1) - s : 0,
                sessionFrom - s, sessionTo - s, numberFrom - s, end(c, numberAt) - s);
        return DocumentSymbol.ofSpans(in.substring(s, e), root, spans, year, nature, modifiers,
                paren == null ? List.of() : List.of(paren.text()), kind, base);
    }

    /** The modifiers from {@code from} on ({@code Add.1/Corr.2}); null when one is not a numbered modifier. */
    private static List<Modifier> modifiers(String in, long[] c, int count, int from) {
        if (from == count) {
            return List.of();
        }
        Modifier[] modifiers = new Modifier[count - from];
        for (int m = from; m < count; m++) {
            Modifier.Type type = modifier(c, m);
            if (type == null || type == Modifier.Type.SUMMARY) {
                return null; // something that is not a modifier after one
            }
            int value = SingleParser.parseInt(in, dot(c, m) + 1, end(c, m));
            if (value == 0) {
                return null;
            }
            modifiers[m - from] = new Modifier(type, value);
        }
        // one or two (the most a symbol has): the list without the array copy List.of(E...) makes
        return modifiers.length == 1 ? List.of(modifiers[0])
                : modifiers.length == 2 ? List.of(modifiers[0], modifiers[1]) : List.of(modifiers);
    }
}
