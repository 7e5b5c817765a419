package org.unsymbol.symbol;

import java.util.ArrayList;
import java.util.List;

/**
 * The scanner of one single: it walks a {@link Cursor} over the cleaned buffer through the named states of
 * {@link ScanState} (in the manner of jsoup's {@code Tokeniser}) and leaves what it read here: the {@code /}-separated
 * {@link Component}s with stray spaces removed, and the tail (part letters, parentheticals, reissue mark). What a
 * component means is the {@link SymbolAssembler}'s business; every change the scanner makes (a space removed, a space
 * or a dot read as {@code /}, {@code :} read as {@code .}) and every error goes to the {@link FindingsWriter}. Not
 * thread-safe: one per single.
 */
final class SymbolScanner {

    final CleanText t;
    final FindingsWriter w;
    final Cursor r;
    /** the first character of the single (citation repairs cut there) */
    final int s;

    // what the scan produced
    final List<Component> comps = new ArrayList<>(8);
    final List<Parenthetical> parens = new ArrayList<>(2);
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

    SymbolScanner(CleanText t, FindingsWriter w, int s, int e) {
        this.t = t;
        this.w = w;
        this.s = s;
        this.r = new Cursor(t.buf, s, e);
    }

    /** Runs the states from {@link ScanState#START} to the end; false when the scan failed (the error written). */
    boolean scan() {
        ScanState state = ScanState.START;
        while (state != ScanState.DONE && state != ScanState.FAILED) {
            state = state.read(this, r);
        }
        return state == ScanState.DONE;
    }

    /** The state a scan stopped in, for tests: runs at most {@code steps} transitions. */
    ScanState runFor(int steps) {
        ScanState state = ScanState.START;
        for (int n = 0; n < steps && state != ScanState.DONE && state != ScanState.FAILED; n++) {
            state = state.read(this, r);
        }
        return state;
    }

    /** Takes {@code c}, typed at {@code at}, into the current component. */
    void take(char c, int at) {
        sc[k] = c;
        pos[k] = at;
        k++;
    }

    /** The character before the cursor in the current component, or {@code '/'} at its start. */
    char previous() {
        return k > compK ? sc[k - 1] : '/';
    }

    /** Ends the current component at buffer index {@code toB}; the next starts at {@code nextB}. */
    void endComponent(int toB, int nextB) {
        addComponent(compK, k, compB, toB);
        compK = k;
        compB = nextB;
    }

    void addComponent(int fromK, int toK, int fromB, int toB) {
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
            if (!Vocabulary.isLetter(sc[x])) {
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
        if (k <= compK || k - compK + end - j > 6 || !componentIsLetters()) {
            return false;
        }
        String word = new String(sc, compK, k - compK) + new String(t.buf, j, end - j);
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
