package org.unsymbol.symbol;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The known roots and bodies, loaded from data ({@code bodies.tsv} beside this class), looked up by prefix. */
public final class BodyRegistry {

    private static final String RESOURCE = "bodies.tsv";

    private final Map<String, Body> byKey;
    private final Map<String, List<Body>> children;
    private final RootTable roots;
    private final PrefixTable prefixes;

    public BodyRegistry(Collection<Body> bodies) {
        Map<String, Body> map = new LinkedHashMap<>();
        for (Body b : bodies) {
            map.put(DocumentSymbol.keyOf(b.prefix()), b);
        }
        this.byKey = map;
        Map<String, List<Body>> kids = new HashMap<>();
        for (Body b : bodies) {
            if (b.parent() != null) {
                kids.computeIfAbsent(DocumentSymbol.keyOf(b.parent()), k -> new ArrayList<>()).add(b);
            }
        }
        kids.replaceAll((k, v) -> List.copyOf(v));
        this.children = kids;
        this.roots = new RootTable(map.values());
        this.prefixes = new PrefixTable(map.values());
    }

    private static final class Bundled {
        static final BodyRegistry INSTANCE = load();
    }

    /** The registry shipped with unsymbol ({@code bodies.tsv}); loaded once and shared. */
    public static BodyRegistry bundled() {
        return Bundled.INSTANCE;
    }

    private static BodyRegistry load() {
        try (InputStream in = BodyRegistry.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new BodyRegistry(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the TSV: {@code prefix, parent, validFrom, validTo, en name, other names (lang=name;...), note}; lines
     * starting with {@code #} are comments.
     */
    static List<Body> parse(BufferedReader reader) throws IOException {
        List<Body> bodies = new ArrayList<>();
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 7) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": expected 7 columns");
            }
            Map<String, String> names = new LinkedHashMap<>();
            names.put("en", cols[4]);
            for (String pair : cols[5].split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    names.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                }
            }
            bodies.add(new Body(cols[0], blankToNull(cols[1]), names, year(cols[2]), year(cols[3]),
                    blankToNull(cols[6])));
        }
        return bodies;
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s.strip();
    }

    private static Integer year(String s) {
        return s.isBlank() ? null : Integer.valueOf(s.strip());
    }

    /** The body with exactly this prefix, any case: {@code a/ac.292} finds {@code A/AC.292}. */
    public Optional<Body> find(String prefix) {
        Body b = byKey.get(prefix); // already a key: the common case, no allocation
        return Optional.ofNullable(b != null ? b : byKey.get(DocumentSymbol.keyOf(prefix)));
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

    /** As {@link #longestPrefix(String)} for the canonical series {@code s[from, to)}, allocating nothing; null for none. */
    Body longestPrefix(CharSequence s, int from, int to) {
        return prefixes.longestPrefix(s, from, to);
    }

    public boolean isKnownRoot(String root) {
        Body b = byKey.get(root);
        if (b == null) {
            b = byKey.get(DocumentSymbol.keyOf(root));
        }
        return b != null && b.isRoot();
    }

    /**
     * The registered root whose upper-case letters pack to {@code packedLetters} ({@link Vocabulary#packUpper}), as the
     * registry's own string; null when there is none. Allocates nothing: the canonical fast path looks up every root
     * this way.
     */
    String knownRoot(long packedLetters) {
        return roots.find(packedLetters);
    }

    /** The body and its ancestors, nearest first: {@code E/CN.4/Sub.2}, {@code E/CN.4}, {@code E}. */
    public List<Body> chain(Body body) {
        List<Body> chain = new ArrayList<>(3);
        for (Body b = body; b != null && chain.size() < 16; b = b.parent() == null ? null : find(b.parent()).orElse(null)) {
            chain.add(b);
        }
        return chain;
    }

    /** The registered bodies directly under this one. */
    public List<Body> children(Body body) {
        return children.getOrDefault(DocumentSymbol.keyOf(body.prefix()), Collections.emptyList());
    }

    public Collection<Body> all() {
        return byKey.values();
    }
}
