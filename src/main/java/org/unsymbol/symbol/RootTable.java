package org.unsymbol.symbol;

import java.util.Collection;

/**
 * The registered roots ({@code A}, {@code S}, {@code CCPR}, {@code UNEP}...) in a small open-addressing table keyed by
 * their letters packed 5 bits each, so that a root can be found from a range of the input without creating a string.
 */
final class RootTable {

    private final long[] keys;
    private final String[] roots;
    private final int mask;

    RootTable(Collection<Body> bodies) {
        int size = tableSize(bodies.size());
        keys = new long[size];
        roots = new String[size];
        mask = size - 1;
        for (Body b : bodies) {
            String prefix = b.prefix();
            boolean upper = prefix.equals(prefix.toUpperCase(java.util.Locale.ROOT));
            long key = b.isRoot() && upper ? Vocabulary.pack(prefix, 0, prefix.length()) : 0;
            if (key == 0) {
                continue; // not all upper-case letters: never canonical input, left to the full lookup
            }
            int i = slot(key);
            while (keys[i] != 0 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            roots[i] = b.prefix();
        }
    }

    /** A power of two at least four times {@code entries} (and 64): short probe runs in an open-addressing table. */
    static int tableSize(int entries) {
        int size = 64;
        while (size < entries * 4) {
            size <<= 1;
        }
        return size;
    }

    /** The root whose letters pack to {@code key} ({@link Vocabulary#packUpper}), or null. */
    String find(long key) {
        if (key == 0) {
            return null;
        }
        for (int i = slot(key); keys[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return roots[i];
            }
        }
        return null;
    }

    private int slot(long key) {
        return (int) (key * 0x9E3779B97F4A7C15L >>> 40) & mask;
    }
}
