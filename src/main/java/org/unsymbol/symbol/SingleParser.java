package org.unsymbol.symbol;

/**
 * Parses one single symbol (one side of a joint symbol) from the cleaned buffer in three parts: the
 * {@link SymbolScanner} walks a {@link Cursor} through the named states of {@link ScanState} and splits the single
 * into components and a tail; the {@link SymbolAssembler} places them by the grammar's data (registry, vocabulary,
 * {@link SymbolRules}, the series of {@code series.tsv}) and renders the canonical form; the {@link FindingsWriter}
 * words every finding and repair of both. One instance per single; not thread-safe, not reused.
 */
final class SingleParser {

    private final SymbolRules rules;
    private final SeriesTable series;
    private final CleanText t;
    private final Findings f;

    SingleParser(SymbolRules rules, SeriesTable series, CleanText t, Findings f) {
        this.rules = rules;
        this.series = series;
        this.t = t;
        this.f = f;
    }

    /**
     * The parsed single {@code [s, e)}, or null when it is malformed or fits no series of its root (the errors are in
     * the findings).
     */
    DocumentSymbol parse(int s, int e) {
        FindingsWriter w = new FindingsWriter(f, t);
        SymbolScanner scanner = new SymbolScanner(t, w, s, e);
        if (!scanner.scan()) {
            return null;
        }
        if (scanner.comps.isEmpty() || scanner.comps.size() == 1 && scanner.comps.get(0).text.isEmpty()) {
            f.add(FindingCode.EMPTY_INPUT, "No symbol.", s, e);
            return null;
        }
        return new SymbolAssembler(rules, series, w, scanner).assembleAndFit(s, e);
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
