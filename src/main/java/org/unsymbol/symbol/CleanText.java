package org.unsymbol.symbol;

/**
 * The input after character-level cleaning: a char buffer, a window {@code [from, to)} inside it that later passes
 * narrow (trimming, prefixes, wrapping), and a map from every buffer char back to its span in the original input, so
 * that findings point at what the user typed. While nothing was substituted the map is the identity and costs nothing.
 */
final class CleanText implements CharSequence {

    final String original;
    char[] buf;
    int size;
    int from;
    int to;
    /** original start / end of buf[i]; null while the buffer is the original itself */
    private int[] starts;
    private int[] ends;

    CleanText(String original) {
        this.original = original;
        this.buf = original.toCharArray();
        this.size = buf.length;
        this.to = size;
    }

    CleanText(String original, char[] buf, int size, int[] starts, int[] ends) {
        this.original = original;
        this.buf = buf;
        this.size = size;
        this.to = size;
        this.starts = starts;
        this.ends = ends;
    }

    @Override
    public int length() {
        return size;
    }

    @Override
    public char charAt(int index) {
        return buf[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new String(buf, start, end - start);
    }

    @Override
    public String toString() {
        return new String(buf, 0, size);
    }

    /** Original offset where the buffer char {@code i} begins; {@code i == size} maps to the end of the input. */
    int originalStart(int i) {
        if (starts == null) {
            return Math.min(i, original.length());
        }
        if (i >= size) {
            return size == 0 ? 0 : ends[size - 1];
        }
        return starts[i];
    }

    /** Original offset where the buffer range ending (exclusively) at {@code i} ends. */
    int originalEnd(int i) {
        if (starts == null) {
            return Math.min(i, original.length());
        }
        if (i <= 0) {
            return size == 0 ? 0 : starts[0];
        }
        return ends[Math.min(i, size) - 1];
    }

    void set(int i, char c) {
        buf[i] = c;
    }

    /** Inserts {@code c} before buffer index {@code i}; it maps to the empty span where {@code buf[i]} begins. */
    void insert(int i, char c) {
        materialize();
        char[] nb = new char[size + 1];
        int[] ns = new int[size + 1];
        int[] ne = new int[size + 1];
        System.arraycopy(buf, 0, nb, 0, i);
        System.arraycopy(starts, 0, ns, 0, i);
        System.arraycopy(ends, 0, ne, 0, i);
        int at = originalStart(i);
        nb[i] = c;
        ns[i] = at;
        ne[i] = at;
        System.arraycopy(buf, i, nb, i + 1, size - i);
        System.arraycopy(starts, i, ns, i + 1, size - i);
        System.arraycopy(ends, i, ne, i + 1, size - i);
        buf = nb;
        starts = ns;
        ends = ne;
        size++;
        if (to >= i) {
            to++;
        }
    }

    private void materialize() {
        if (starts == null) {
            starts = new int[size];
            ends = new int[size];
            for (int k = 0; k < size; k++) {
                starts[k] = k;
                ends[k] = k + 1;
            }
        }
    }

    /** The window as a string. */
    String window() {
        return new String(buf, from, to - from);
    }

    /** The window with {@code [i, j)} replaced: the raw material of a suggestion. */
    String windowWith(int i, int j, String replacement) {
        return new String(buf, from, i - from) + replacement + new String(buf, j, to - j);
    }

    int indexOf(char c, int start, int end) {
        for (int i = start; i < end; i++) {
            if (buf[i] == c) {
                return i;
            }
        }
        return -1;
    }
}
