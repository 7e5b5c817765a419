package org.unsymbol.symbol;

import java.util.ArrayList;
import java.util.List;

/**
 * The scanner of one single: it walks a {@link Cursor} over the cleaned buffer through the named states of
 * {@link ScanState} (in the manner of jsoup's {@code Tokeniser}) and leaves what it read here: the {@code /}-separated
 * {@link Component}s with stray spaces removed, and the tail (part letters, parentheticals, reissue mark). What a
 * component means is the {@link SymbolAssembler}'s business; every change the scanner makes (a space removed, a space
 * or a dot read as {@code /}, {@code :} read as {@code .}) and every error goes to the {@link FindingsWriter}.
 *
 * <p>In the <em>quiet</em> mode ({@link #quiet}) the same states run with no findings writer: where a state would
 * write any finding the scan fails instead, and the components are recorded as ranges of the input (packed as
 * {@link SeriesTable#pack}), with no copy: what the {@link CanonicalFastPath} reads. A quiet scan succeeds only on a
 * single that the full scan reads with no finding at all and no character dropped. Not thread-safe: one per single.
 */
final class SymbolScanner {

    final CleanText t;
    final FindingsWriter w;
    final Cursor r;
    /** the first character of the single (citation repairs cut there) */
    final int s;

    // what the scan produced (the full scan's; the quiet scan records ranges and allocates no list)
    final List<Component> comps;
    final List<Parenthetical> parens;
    String partLetters;
    int partStart = -1;
    int partEnd;
    boolean reissued;
    int reissueAt;
    int trailingSlashAt = -1;

    // the component being read: its characters without stray spaces, each with its buffer index
    char[] sc;
    int[] pos;
    /** characters read so far */
    int k;
    /** where the current component's characters start in {@code sc} */
    int compK;
    /** where the current component starts in the buffer */
    int compB;
    /** where the tail starts in the buffer, or -1 */
    int tailStart = -1;

    /** quiet mode: no findings writer, components as ranges in {@link #ranges} */
    final boolean quiet;
    /** quiet mode: the components' ranges, {@link #count} of them */
    final long[] ranges;
    int count;
    /** quiet mode: the parenthetical of the tail ({@code [parenStart, parenEnd)}), or -1 */
    int parenStart = -1;
    int parenEnd;

    SymbolScanner(CleanText t, FindingsWriter w, int s, int e) {
        this.t = t;
        this.w = w;
        this.s = s;
        this.r = new Cursor(t.buf, s, e);
        this.quiet = false;
        this.ranges = null;
        this.comps = new ArrayList<>(8);
        this.parens = new ArrayList<>(2);
    }

    private SymbolScanner(char[] buf, int s, int e, long[] ranges) {
        this.t = null;
        this.w = null;
        this.s = s;
        this.r = new Cursor(buf, s, e);
        this.quiet = true;
        this.ranges = ranges;
        this.comps = null;
        this.parens = null;
    }

    /**
     * A quiet scanner of {@code buf[s, e)}: it records at most {@code ranges.length} components there and fails where
     * the full scan would write a finding, or on a part letter, a second parenthetical or more components.
     */
    static SymbolScanner quiet(char[] buf, int s, int e, long[] ranges) {
        return new SymbolScanner(buf, s, e, ranges);
    }

    /** Runs the states from {@link ScanState#START} to the end; false when the scan failed (the error written). */
    boolean scan() {
        ScanState state = ScanState.START;
        while (true) {
            // each state called on its own constant, so that the call is direct (and the hot states inlined) where
            // state.read(...) would be one call site for fourteen classes, dispatched through the vtable every step
            switch (state) {
                case START -> state = ScanState.START.read(this, r);
                case COMPONENT -> state = ScanState.COMPONENT.read(this, r);
                case CHARACTER -> state = ScanState.CHARACTER.read(this, r);
                case SPACE -> state = ScanState.SPACE.read(this, r);
                case DOT -> state = ScanState.DOT.read(this, r);
                case COLON -> state = ScanState.COLON.read(this, r);
                case OPEN_PAREN -> state = ScanState.OPEN_PAREN.read(this, r);
                case COMPONENTS_END -> state = ScanState.COMPONENTS_END.read(this, r);
                case TAIL -> state = ScanState.TAIL.read(this, r);
                case TAIL_PAREN -> state = ScanState.TAIL_PAREN.read(this, r);
                case TAIL_BRACKET -> state = ScanState.TAIL_BRACKET.read(this, r);
                case TAIL_WORD -> state = ScanState.TAIL_WORD.read(this, r);
                case DONE -> {
                    return true;
                }
                case FAILED -> {
                    return false;
                }
            }
        }
    }

    /** The state a scan stopped in, for tests: runs at most {@code steps} transitions. */
    ScanState runFor(int steps) {
        ScanState state = ScanState.START;
        for (int n = 0; n < steps && state != ScanState.DONE && state != ScanState.FAILED; n++) {
            state = state.read(this, r);
        }
        return state;
    }

    /**
     * Takes {@code c}, typed at {@code at}, into the current component. Quietly, nothing is dropped or changed, so the
     * component is its range of the input and only the count moves.
     */
    void take(char c, int at) {
        if (!quiet) {
            sc[k] = c;
            pos[k] = at;
        }
        k++;
    }

    /** The text the vocabulary reads words from: the cleaned buffer, or quietly the input's characters. */
    CharSequence text() {
        return t != null ? t : java.nio.CharBuffer.wrap(r.buf);
    }

    /** Character {@code x} (from {@code compK} to {@code k}) of the current component. */
    char taken(int x) {
        return quiet ? r.buf[compB + x - compK] : sc[x];
    }

    /** The character before the cursor in the current component, or {@code '/'} at its start. */
    char previous() {
        return k > compK ? taken(k - 1) : '/';
    }

    /** Ends the current component at buffer index {@code toB}; the next starts at {@code nextB}. */
    void endComponent(int toB, int nextB) {
        addComponent(compK, k, compB, toB);
        compK = k;
        compB = nextB;
    }

    void addComponent(int fromK, int toK, int fromB, int toB) {
        if (quiet) {
            if (count < ranges.length) {
                ranges[count] = SeriesTable.pack(fromB, fromB + toK - fromK);
            }
            count++; // more than the caller has room for: the quiet scan fails at its end
            return;
        }
        if (toK > fromK) {
            comps.add(new Component(new String(sc, fromK, toK - fromK), pos[fromK], pos[toK - 1] + 1));
        } else {
            comps.add(new Component("", fromB, Math.max(fromB, toB)));
        }
    }

    /** True when the current component so far is letters only (and not empty). */
    boolean componentIsLetters() {
        if (k <= compK) {
            return false;
        }
        for (int x = compK; x < k; x++) {
            if (!Vocabulary.isLetter(taken(x))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the letters {@code sc[compK, k)} already in the component and {@code buf[j, end)} after the space
     * together spell a modifier word ({@code R}+{@code ev}, {@code A}+{@code dd}, {@code Co}+{@code rr}).
     */
    boolean splitModifier(int j, int end) {
        if (quiet || k <= compK || k - compK + end - j > 6 || !componentIsLetters()) {
            return false; // quietly a split word is a finding anyway
        }
        String word = (quiet ? new String(r.buf, compB, k - compK) : new String(sc, compK, k - compK))
                + new String(r.buf, j, end - j);
        Modifier.Type m = Vocabulary.modifier(word, 0, word.length());
        return m != null && m != Modifier.Type.SUMMARY;
    }

    /** {@code A}, {@code A-B}, {@code A-E}: single letters joined by hyphens. */
    boolean partLetters(int from, int to) {
        for (int x = from; x < to; x++) {
            boolean letterSlot = (x - from) % 2 == 0;
            if (letterSlot != Vocabulary.isLetter(t.buf[x])) {
                return false;
            }
        }
        return (to - from) % 2 == 1;
    }

    private static final boolean[] ALLOWED = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ALLOWED[c] = Vocabulary.isLetter(c) || Vocabulary.isDigit(c) || c == '.' || c == '-' || c == '#'
                    || c == '?' || c == '_';
        }
    }

    /** A character that may stand inside a component. */
    static boolean allowed(char c) {
        return c < 128 ? ALLOWED[c] : c == '\u2026';
    }
}
