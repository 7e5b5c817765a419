package org.unsymbol.symbol;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses, validates and normalizes UN document symbols. Never throws: every input gives a {@link ParseResult}.
 *
 * <p>The pipeline: {@link InputCleaner} (Unicode, digits, marks, prefixes, wrapping, file names; every change a
 * warning with original offsets) → joint-symbol split on {@code -} before a new root → {@link SingleParser} per single
 * ({@link SymbolScanner} over a {@link Cursor}, {@link SymbolAssembler} with {@link SymbolRules} and the series of
 * {@link SeriesTable}, {@link FindingsWriter}) → canonical rendering. Errors of syntax make the
 * input {@link Tier#MALFORMED} (no symbol); rule errors leave a {@link Tier#WELL_FORMED} symbol that callers can show.
 * Two fast paths answer first where they give exactly the pipeline's answer: {@link CanonicalFastPath} for input in
 * canonical form, {@link CaseAndSpaceFastPath} for input that differs from it only in case and droppable spaces.
 * Thread-safe: one instance serves all threads.
 */
public final class SymbolParser {

    /**
     * Longer inputs are not symbols (the longest real joint symbols are well under 100 characters). The HTTP layer
     * refuses a longer symbol in a path before routing (414), and a batch answers it as {@code TOO_LONG}.
     */
    public static final int MAX_LENGTH = 256;
    private static final int MAX_SUGGESTIONS = 3;
    /**
     * Repair candidates re-parsed per input. Each error of a messy input proposes one (a copy of the input with that
     * one error mended), so without a bound n errors cost n full re-parses of n characters: quadratic. The first
     * candidates are the errors nearest the start, which is where a single slip is; an input with more errors than
     * this has no one-edit repair that is valid anyway.
     */
    static final int MAX_CANDIDATES = Findings.MAX_REPAIRS;

    private final BodyRegistry registry;
    private final SymbolRules rules;
    private final InputCleaner cleaner;
    private final CanonicalFastPath fastPath;
    private final CaseAndSpaceFastPath caseAndSpace;
    private final SeriesTable series = SeriesTable.bundled();
    private final java.util.concurrent.atomic.LongAdder candidateParses = new java.util.concurrent.atomic.LongAdder();

    public SymbolParser(BodyRegistry registry, Clock clock) {
        this.registry = registry;
        this.rules = new SymbolRules(registry, clock);
        this.cleaner = new InputCleaner(registry);
        this.fastPath = new CanonicalFastPath(rules);
        this.caseAndSpace = new CaseAndSpaceFastPath(fastPath);
    }

    private static final class Standard {
        static final SymbolParser INSTANCE = new SymbolParser(BodyRegistry.bundled(), Clock.systemUTC());
    }

    /** The parser over the bundled registry and the system clock (one shared instance). */
    public static SymbolParser standard() {
        return Standard.INSTANCE;
    }

    public BodyRegistry registry() {
        return registry;
    }

    /** The General Assembly session in course by this parser's clock (81 from September 2026). */
    public int currentSession() {
        return rules.currentSession();
    }

    public ParseResult parse(CharSequence input) {
        return parse(input, true);
    }

    private ParseResult parse(CharSequence input, boolean suggest) {
        String text = input == null ? "" : input.toString();
        ParseResult canonical = fastPath.parse(text); // already canonical and plausible: nothing to suggest
        if (canonical != null) {
            return canonical;
        }
        ParseResult retyped = caseAndSpace.parse(text); // canonical but for case and spaces
        return retyped != null ? retyped : parseFully(text, suggest);
    }

    /**
     * One single: the strict reading (scanner and assembler, ending with the series of its root); where that finds a syntax error
     * and the root has no modelled series, the possible reading ({@link PossibleSymbol}) of any well-formed sequence
     * of components. The strict findings stand when neither reading gives a symbol.
     */
    private DocumentSymbol single(CleanText t, Findings f, int s, int e) {
        Findings strict = f.scratch();
        DocumentSymbol d = new SingleParser(rules, series, t, strict).parse(s, e); // null when it fits no series
        if (strict.syntaxError()) {
            DocumentSymbol possible = possible(t, f, s, e);
            if (possible != null) {
                return possible;
            }
        }
        f.absorb(strict);
        return d;
    }

    /**
     * The possible reading of {@code [s, e)} with its findings written to {@code f}, or null (nothing written): any
     * well-formed sequence of components, which for a modelled root must also fit one of its series.
     */
    private DocumentSymbol possible(CleanText t, Findings f, int s, int e) {
        Findings loose = f.scratch();
        DocumentSymbol p = PossibleSymbol.read(rules, t, loose, s, e);
        if (p == null || series.fit(p) != SeriesTable.Fit.FITS) {
            return null;
        }
        f.absorb(loose);
        return p;
    }

    /** The letters the single starts with, upper-cased: its root as far as the series table is concerned. */
    private static String rootLetters(CleanText t, int s, int e) {
        while (s < e && t.buf[s] == ' ') {
            s++;
        }
        int i = s;
        while (i < e && Vocabulary.isLetter(t.buf[i])) {
            i++;
        }
        return new String(t.buf, s, i - s).toUpperCase(java.util.Locale.ROOT);
    }

    /** The full pipeline, without the fast path: the reference the fast path is tested against. */
    ParseResult parseFully(CharSequence input, boolean suggest) {
        String text = input == null ? "" : input.toString();
        Findings f = new Findings();
        if (text.length() > MAX_LENGTH) {
            f.addOriginal(FindingCode.TOO_LONG, "Input of " + text.length() + " characters; a symbol has at most "
                    + MAX_LENGTH + ".", 0, text.length());
            return new ParseResult(text, null, Tier.MALFORMED, f.sorted(), List.of());
        }
        CleanText t = cleaner.clean(text, f);
        DocumentSymbol symbol = null;
        if (t.from >= t.to) {
            f.add(FindingCode.EMPTY_INPUT, "No symbol in the input.", t.from, t.to);
        } else if (t.buf[t.from] == '*') {
            f.add(FindingCode.MISPLACED_REISSUE_MARK, "'*' marks a reissue only at the end of a symbol.", t.from,
                    t.from + 1);
            f.repair(t.windowWith(t.from, t.from + 1, ""));
        } else {
            symbol = parseJointOrWhole(t, f);
        }
        Tier tier = f.tier();
        List<String> suggestions = suggest && tier != Tier.PLAUSIBLE && tier != Tier.UNREGISTERED
                ? suggestions(f, symbol) : List.of();
        return new ParseResult(text, symbol, tier, f.sorted(), suggestions);
    }

    /**
     * The joint reading; where it fails, the whole input as one possible single: {@code WFP/EB.2/98/6-A/2} and
     * {@code CO-ORDINATION/R.798} have a hyphen before letters and a slash that is no joint separator.
     */
    private DocumentSymbol parseJointOrWhole(CleanText t, Findings f) {
        Findings joint = f.scratch();
        DocumentSymbol d = parseJoint(t, joint);
        if (joint.syntaxError() && (d == null || !d.isJoint()) && t.indexOf('-', t.from, t.to) >= 0) {
            DocumentSymbol whole = possible(t, f, t.from, t.to);
            if (whole != null) {
                return whole;
            }
        }
        f.absorb(joint);
        return d;
    }

    /** Splits on {@code -} (any dash, already folded) where a new root and {@code /} follow: A/55/305-S/2000/809. */
    private DocumentSymbol parseJoint(CleanText t, Findings f) {
        int start = t.from;
        List<DocumentSymbol> singles = null;
        int depth = 0;
        for (int i = t.from; i < t.to; i++) {
            char c = t.buf[i];
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '-' && depth == 0 && i > start && startsSingle(t, i + 1) && !subdivision(t, i)) {
                int end = i;
                while (end > start && t.buf[end - 1] == ' ') {
                    end--;
                }
                int next = i + 1;
                while (next < t.to && t.buf[next] == ' ') {
                    next++;
                }
                if (end < i || next > i + 1) {
                    f.add(FindingCode.NORMALIZED_WHITESPACE, "Spaces around the joint-symbol separator removed.",
                            end, next);
                }
                if (singles == null) {
                    singles = new ArrayList<>(2);
                }
                singles.add(single(t, f, start, end));
                start = next;
                i = next - 1;
            }
        }
        DocumentSymbol last = single(t, f, start, t.to);
        if (singles == null) {
            return last;
        }
        singles.add(last);
        if (f.syntaxError() || singles.contains(null)) {
            return null;
        }
        return DocumentSymbol.joint(singles);
    }

    /**
     * The hyphen at {@code dash} joins two country codes of three capitals inside one component ({@code /CHN-HKG/}):
     * a territory reported on apart from its State (the series' {@code ISO3} slot), never a joint separator.
     */
    private static boolean subdivision(CleanText t, int dash) {
        int a = dash - 3;
        int z = dash + 4;
        if (a - 1 < t.from || z >= t.to || t.buf[a - 1] != '/' || t.buf[z] != '/') {
            return false;
        }
        for (int k = 0; k < 3; k++) {
            if (!upperAscii(t.buf[a + k]) || !upperAscii(t.buf[dash + 1 + k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean upperAscii(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** A new single starts here: letters, then {@code /} (spaces allowed before). */
    private static boolean startsSingle(CleanText t, int i) {
        while (i < t.to && t.buf[i] == ' ') {
            i++;
        }
        int letters = i;
        while (i < t.to && Vocabulary.isLetter(t.buf[i])) {
            i++;
        }
        return i > letters && i < t.to && t.buf[i] == '/';
    }

    private List<String> suggestions(Findings f, DocumentSymbol symbol) {
        List<String> out = new ArrayList<>(MAX_SUGGESTIONS);
        for (String candidate : f.repairs()) {
            candidateParses.increment();
            ParseResult r = parse(candidate, false);
            if (r.valid()) {
                String canonical = r.symbol().get().canonical();
                if (!out.contains(canonical) && (symbol == null || !canonical.equals(symbol.canonical()))) {
                    out.add(canonical);
                }
            }
            if (out.size() == MAX_SUGGESTIONS) {
                break;
            }
        }
        return out;
    }

    /** Repair candidates parsed so far (the work {@link #MAX_CANDIDATES} bounds), for tests and metrics. */
    long candidateParses() {
        return candidateParses.sum();
    }

    public String format(DocumentSymbol symbol, SymbolFormat format) {
        return switch (format) {
            case CANONICAL -> symbol.canonical();
            case KEY -> symbol.key();
            case ODS -> odsForm(symbol.canonical());
            case FILE_NAME -> odsFormKeepingSpaces(symbol.canonical()).replace('/', '_');
        };
    }

    /** No reissue mark, no space before a parenthetical: the form ODS and UNBIS look up. */
    private static String odsForm(String canonical) {
        return odsFormKeepingSpaces(canonical).replace(" (", "(");
    }

    private static String odsFormKeepingSpaces(String canonical) {
        return canonical.indexOf('*') < 0 ? canonical : canonical.replace("*", "");
    }
}
