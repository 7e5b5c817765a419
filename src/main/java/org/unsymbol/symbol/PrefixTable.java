package org.unsymbol.symbol;

import java.util.Collection;

/**
 * Every registered body by its lookup key ({@code E/CN.4/SUB.2}) in an open-addressing table probed with the key's
 * {@link String#hashCode()} computed over a range of the input, so that the longest registered prefix of a symbol's
 * series is found without cutting or upper-casing a string (the canonical fast path asks for every symbol that has
 * bodies and a year).
 */
final class PrefixTable {

    private final String[] keys;
    private final Body[] bodies;
    private final int mask;

    PrefixTable(Collection<Body> all) {
        int size = RootTable.tableSize(all.size());
        keys = new String[size];
        bodies = new Body[size];
        mask = size - 1;
        for (Body b : all) {
            String key = DocumentSymbol.keyOf(b.prefix());
            int i = key.hashCode() & mask;
            while (keys[i] != null && !keys[i].equals(key)) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            bodies[i] = b;
        }
    }

    /**
     * The registered body that is the longest prefix of {@code s[from, to)} ending at a {@code /} or at {@code to}
     * (the range is a canonical series: no spaces); null when none is.
     */
    Body longestPrefix(CharSequence s, int from, int to) {
        Body found = null;
        int hash = 0; // String.hashCode of the upper-cased prefix so far
        for (int i = from; ; i++) {
            if (i == to || s.charAt(i) == '/') {
                Body b = find(s, from, i, hash);
                if (b != null) {
                    found = b; // a longer registered prefix wins
                }
                if (i == to) {
                    return found;
                }
            }
            hash = 31 * hash + Vocabulary.upper(s.charAt(i));
        }
    }

    private Body find(CharSequence s, int from, int to, int hash) {
        for (int i = hash & mask; keys[i] != null; i = (i + 1) & mask) {
            String key = keys[i];
            if (key.length() == to - from && key.hashCode() == hash && Vocabulary.equalsIgnoreCase(s, from, key)) {
                return bodies[i];
            }
        }
        return null;
    }
}
