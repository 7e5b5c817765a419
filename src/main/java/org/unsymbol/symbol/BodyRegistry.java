package org.unsymbol.symbol;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The known roots and bodies, loaded from data ({@code bodies.tsv} beside this class), looked up by prefix. */
public final class BodyRegistry {

    private final Map<String, Body> byKey;

    public BodyRegistry(Collection<Body> bodies) {
        Map<String, Body> map = new LinkedHashMap<>();
        for (Body b : bodies) {
            map.put(DocumentSymbol.keyOf(b.prefix()), b);
        }
        this.byKey = map;
    }

    /** The body with exactly this prefix, any case: {@code a/ac.292} finds {@code A/AC.292}. */
    public Optional<Body> find(String prefix) {
        return Optional.ofNullable(byKey.get(DocumentSymbol.keyOf(prefix)));
    }

    /** The most specific registered body of a series: {@code E/CN.4/Sub.2/AC.2} finds {@code E/CN.4/Sub.2}. */
    public Optional<Body> longestPrefix(String series) {
        String key = DocumentSymbol.keyOf(series);
        while (true) {
            Body b = byKey.get(key);
            if (b != null) {
                return Optional.of(b);
            }
            int slash = key.lastIndexOf('/');
            if (slash < 0) {
                return Optional.empty();
            }
            key = key.substring(0, slash);
        }
    }

    public boolean isKnownRoot(String root) {
        return find(root).map(Body::isRoot).orElse(false);
    }

    public Collection<Body> all() {
        return byKey.values();
    }
}
