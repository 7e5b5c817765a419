package org.unsymbol.symbol;

/**
 * A position in the cleaned buffer between a start and an end, and the few reads the scanner makes from it (in the
 * manner of jsoup's {@code CharacterReader}): the current character, runs of spaces or letters from a position, the
 * matching parenthesis. It never reads outside {@code [start, end)} and never allocates; the states of
 * {@link ScanState} move it. Not thread-safe: one per scan.
 */
final class Cursor {

    final char[] buf;
    final int start;
    /** exclusive; narrowed once by {@link #trimEnd} */
    private int end;
    private int pos;

    Cursor(char[] buf, int start, int end) {
        this.buf = buf;
        this.start = start;
        this.end = end;
        this.pos = start;
    }

    int pos() {
        return pos;
    }

    int end() {
        return end;
    }

    boolean isEmpty() {
        return pos >= end;
    }

    /** The character at the cursor; only when not {@link #isEmpty}. */
    char current() {
        return buf[pos];
    }

    /** The character at {@code i}, which must lie inside {@code [start, end)}. */
    char at(int i) {
        return buf[i];
    }

    /** True when {@code i} lies inside the cursor's range and holds {@code c}. */
    boolean is(int i, char c) {
        return i >= start && i < end && buf[i] == c;
    }

    void advance() {
        pos++;
    }

    void moveTo(int i) {
        pos = i;
    }

    /** The end of the run of {@code c} from {@code from} (at most {@link #end}). */
    int runEnd(char c, int from) {
        int i = from;
        while (i < end && buf[i] == c) {
            i++;
        }
        return i;
    }

    /** The end of the run of letters from {@code from} ({@link Vocabulary#isLetter}). */
    int lettersEnd(int from) {
        int i = from;
        while (i < end && Vocabulary.isLetter(buf[i])) {
            i++;
        }
        return i;
    }

    /** The end of the run of ASCII letters and digits from {@code from}. */
    int alphanumericEnd(int from) {
        int i = from;
        for (char c; i < end && (c = buf[i]) < 128 && ALPHANUMERIC[c]; ) { // one table read where three ranges were
            i++;
        }
        return i;
    }

    private static final boolean[] ALPHANUMERIC = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ALPHANUMERIC[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
    }

    /** The end of the run of letters and hyphens from {@code from}: part letters {@code A-B}, words. */
    int wordEnd(int from) {
        int i = from;
        while (i < end && (Vocabulary.isLetter(buf[i]) || buf[i] == '-')) {
            i++;
        }
        return i;
    }

    /** The first {@code c} in {@code [from, end)}, or -1. */
    int indexOf(char c, int from) {
        for (int i = from; i < end; i++) {
            if (buf[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** The {@code )} that closes the {@code (} at {@code open} (nesting counted), or -1 before the end. */
    int matching(int open) {
        int depth = 0;
        for (int i = open; i < end; i++) {
            if (buf[i] == '(') {
                depth++;
            } else if (buf[i] == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Drops the spaces at the end of the range; the new end. */
    int trimEnd() {
        while (end > start && buf[end - 1] == ' ') {
            end--;
        }
        return end;
    }

    /** Drops a final {@code c} and the spaces before it when the range ends with {@code c}; its index, or -1. */
    int dropLast(char c) {
        if (end > start && buf[end - 1] == c) {
            int at = --end;
            trimEnd();
            return at;
        }
        return -1;
    }
}
