package org.unsymbol.symbol;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An immutable, parsed UN document symbol. A joint symbol ({@code A/55/305-S/2000/809}) is an ordered list of
 * singles; for a joint symbol the component accessors describe its first single.
 *
 * <p>Two forms matter: {@link #canonical()} is the display form (the printed masthead form, one space before a
 * resolution's {@code (year)} or {@code (roman)}, none before {@code (Resumption1)}, {@code (PartI)}); {@link #key()}
 * is the lookup key: the canonical form upper-cased with all whitespace removed, so that every spelling the grammar
 * accepts for one document finds it.
 */
public final class DocumentSymbol {

    /** The year of a symbol that has none. */
    static final int NO_YEAR = Integer.MIN_VALUE;

    private final String canonical;
    /** computed on first use: most parses only show the canonical form (racy single check; String is immutable) */
    private String key;
    private final List<DocumentSymbol> singles;
    private final String root;
    /** read from {@link #spans} on first use where the fast path made this symbol (racy single check, as key) */
    private List<String> bodies;
    private String session;
    /** {@link #NO_YEAR} when there is none: an int, so that a parse boxes nothing */
    private final int year;
    private final String nature;
    private String number;
    /**
     * Where a fast-path single keeps bodies, session and number in its canonical form, 10 bits per offset: bodies
     * {@code [0, 10) - [10, 20)}, session {@code [20, 30) - [30, 40)}, number {@code [40, 50) - [50, 60)}; an empty
     * range is none. {@link #EAGER} for symbols whose fields are set at construction. Most parses are only ever asked
     * for their canonical form or key, and then cut no substrings at all.
     */
    private final long spans;
    private static final long EAGER = -1;
    private final List<Modifier> modifiers;
    private final List<String> parentheticals;
    private final boolean reissued;
    private final SymbolKind kind;
    private final String part;
    private final String baseCanonical;

    private DocumentSymbol(Builder b) {
        this.canonical = Objects.requireNonNull(b.canonical, "canonical");
        this.singles = null; // a single is its own list
        this.root = b.root;
        this.bodies = immutable(b.bodies);
        this.spans = EAGER;
        this.session = b.session;
        this.year = b.year == null ? NO_YEAR : b.year;
        this.nature = b.nature;
        this.number = b.number;
        this.modifiers = immutable(b.modifiers);
        this.parentheticals = immutable(b.parentheticals);
        this.reissued = b.reissued;
        this.kind = b.kind == null ? SymbolKind.DOCUMENT : b.kind;
        this.part = b.part;
        this.baseCanonical = b.baseCanonical;
    }

    /** A single straight from the parser (no builder on the hot path); the lists are copied only when mutable. */
    DocumentSymbol(String canonical, String root, List<String> bodies, String session, int year, String nature,
                   String number, List<Modifier> modifiers, List<String> parentheticals, boolean reissued,
                   SymbolKind kind, String part, String baseCanonical) {
        this.canonical = Objects.requireNonNull(canonical, "canonical");
        this.singles = null;
        this.root = root;
        this.bodies = immutable(bodies);
        this.spans = EAGER;
        this.session = session;
        this.year = year;
        this.nature = nature;
        this.number = number;
        this.modifiers = immutable(modifiers);
        this.parentheticals = immutable(parentheticals);
        this.reissued = reissued;
        this.kind = kind == null ? SymbolKind.DOCUMENT : kind;
        this.part = part;
        this.baseCanonical = baseCanonical;
    }

    /**
     * A single from the canonical fast path: its lists are immutable already ({@code List.of}), so no copy and no
     * {@code isEmpty()} call on lists of three classes (an interface call the JIT cannot bind, on the hottest path);
     * bodies, session and number are {@link #spans} of {@code canonical}.
     */
    static DocumentSymbol ofSpans(String canonical, String root, long spans, int year, String nature,
                                  List<Modifier> modifiers, List<String> parentheticals, SymbolKind kind,
                                  String baseCanonical) {
        return new DocumentSymbol(canonical, root, spans, year, nature, modifiers, parentheticals, kind, baseCanonical);
    }

    /** The {@link #spans} of bodies {@code [bodiesFrom, bodiesTo)}, session and number (offsets below 1024). */
    static long spans(int bodiesFrom, int bodiesTo, int sessionFrom, int sessionTo, int numberFrom, int numberTo) {
        return bodiesFrom | (long) bodiesTo << 10 | (long) sessionFrom << 20 | (long) sessionTo << 30
                | (long) numberFrom << 40 | (long) numberTo << 50;
    }

    private DocumentSymbol(String canonical, String root, long spans, int year, String nature,
                           List<Modifier> modifiers, List<String> parentheticals, SymbolKind kind,
                           String baseCanonical) {
        this.canonical = canonical;
        this.singles = null;
        this.root = root;
        this.spans = spans;
        this.year = year;
        this.nature = nature;
        this.modifiers = modifiers;
        this.parentheticals = parentheticals;
        this.reissued = false;
        this.kind = kind;
        this.part = null;
        this.baseCanonical = baseCanonical;
    }

    /** The text of span {@code i} (0 bodies, 1 session, 2 number), or null when empty. */
    private String span(int i) {
        int from = (int) (spans >>> (20 * i)) & 0x3FF;
        int to = (int) (spans >>> (20 * i + 10)) & 0x3FF;
        return from == to ? null : canonical.substring(from, to);
    }

    /** Most lists of a symbol are empty: share the one empty list without asking {@link List#copyOf} (a hot path). */
    static <T> List<T> immutable(List<T> list) {
        if (list == EMPTY) { // the shared List.of(): an identity test, before any call on a List of unknown class
            return list;
        }
        return list.isEmpty() ? List.of() : List.copyOf(list);
    }

    @SuppressWarnings("rawtypes")
    private static final List EMPTY = List.of();

    /** A joint symbol from its singles, in their given order (GA first as printed). */
    public static DocumentSymbol joint(List<DocumentSymbol> singles) {
        if (singles.size() == 1) {
            return singles.get(0);
        }
        StringBuilder canonical = new StringBuilder(64);
        for (DocumentSymbol single : singles) {
            canonical.append(canonical.length() == 0 ? "" : "-").append(single.canonical());
        }
        return jointOf(canonical.toString(), singles);
    }

    /**
     * A joint symbol from its singles and its canonical form (the singles' joined by {@code -}; the fast path has it
     * already: its input): the first single's fields, spans included (it starts the joint form), without cutting
     * their strings.
     */
    static DocumentSymbol jointOf(String canonical, List<DocumentSymbol> singles) {
        DocumentSymbol first = singles.get(0);
        boolean modified = false; // a single whose base is not itself: the joint base differs from canonical
        for (int i = 0; i < singles.size() && !modified; i++) {
            DocumentSymbol single = singles.get(i);
            modified = !single.baseCanonical().equals(single.canonical);
        }
        String base = canonical;
        if (modified) {
            StringBuilder b = new StringBuilder(canonical.length());
            for (DocumentSymbol single : singles) {
                b.append(b.length() == 0 ? "" : "-").append(single.baseCanonical());
            }
            base = b.toString();
        }
        return new DocumentSymbol(first, canonical, List.copyOf(singles), base);
    }

    private DocumentSymbol(DocumentSymbol first, String canonical, List<DocumentSymbol> singles, String base) {
        this.canonical = canonical;
        this.singles = singles;
        this.root = first.root;
        this.bodies = first.bodies;
        this.session = first.session;
        this.number = first.number;
        this.spans = first.spans;
        this.year = first.year;
        this.nature = first.nature;
        this.modifiers = first.modifiers;
        this.parentheticals = first.parentheticals;
        this.reissued = first.reissued;
        this.kind = first.kind;
        this.part = first.part;
        this.baseCanonical = base;
    }

    /**
     * The lookup key of any canonical form: upper case, no whitespace, no reissue mark ({@code *} is a flag, not
     * identity: {@code A/78/251*} and {@code A/78/251} are one document).
     */
    public static String keyOf(String canonical) {
        int n = canonical.length();
        int clean = 0;
        while (clean < n) { // most canonical forms are their own key: return them without copying
            char c = canonical.charAt(clean);
            if (c >= 'a' && c <= 'z' || c == ' ' || c == '*' || c < ' ' || c > 126) {
                break;
            }
            clean++;
        }
        if (clean == n) {
            return canonical;
        }
        char[] out = new char[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = canonical.charAt(i);
            if (c >= 'a' && c <= 'z') {
                out[k++] = (char) (c - 32);
            } else if (c < 128) {
                if (c != ' ' && c != '*' && !(c >= '\t' && c <= '\r')) {
                    out[k++] = c;
                }
            } else if (!Character.isWhitespace(c)) {
                out[k++] = Character.toUpperCase(c);
            }
        }
        return new String(out, 0, k);
    }

    public String canonical() {
        return canonical;
    }

    public String key() {
        String k = key;
        if (k == null) {
            k = keyOf(canonical);
            key = k;
        }
        return k;
    }

    public List<DocumentSymbol> singles() {
        return singles == null ? List.of(this) : singles;
    }

    public boolean isJoint() {
        return singles != null && singles.size() > 1;
    }

    /** The first component: {@code A}, {@code S}, {@code E}, {@code ST}, {@code CCPR}, {@code UNEP}... */
    public String root() {
        return root;
    }

    /** The subsidiary-body components after the root, in order: {@code [CN.4, Sub.2]}, {@code [AC.292]}. */
    public List<String> bodies() {
        List<String> b = bodies;
        if (b == null) {
            String all = span(0);
            b = all == null ? List.of() : List.of(all.split("/"));
            bodies = b;
        }
        return b;
    }

    /** Root plus bodies: {@code A/AC.292}, {@code E/CN.4/Sub.2}, {@code TD/B/EX(12)}. */
    public String series() {
        List<String> b = bodies();
        return b.isEmpty() ? root : root + "/" + String.join("/", b);
    }

    /** The session slot as printed: {@code 78}, {@code S-13}, {@code ES-10}, or the Roman session of an old resolution. */
    public Optional<String> session() {
        String v = session;
        if (v == null && spans != EAGER) {
            v = span(1);
            session = v;
        }
        return Optional.ofNullable(v);
    }

    /** The year slot ({@code S/2000/809}, {@code A/AC.292/2024/L.1}) or a resolution's {@code (year)}. */
    public OptionalInt year() {
        return year == NO_YEAR ? OptionalInt.empty() : OptionalInt.of(year);
    }

    /** The document-nature token without punctuation: {@code RES}, {@code INF}, {@code L}, {@code PV}, {@code CRP}... */
    public Optional<String> nature() {
        return Optional.ofNullable(nature);
    }

    /** The document's own number within its series: {@code 265}, {@code 2719}, {@code 1}. */
    public Optional<String> number() {
        String v = number;
        if (v == null && spans != EAGER) {
            v = span(2);
            number = v;
        }
        return Optional.ofNullable(v);
    }

    public List<Modifier> modifiers() {
        return modifiers;
    }

    /** Parentheticals as printed in canonical form, without the parentheses: {@code 2023}, {@code XV}, {@code Resumption1}. */
    public List<String> parentheticals() {
        return parentheticals;
    }

    /** Reissued for technical reasons ({@code *}): a flag, not part of the identity or the key. */
    public boolean reissued() {
        return reissued;
    }

    public SymbolKind kind() {
        return kind;
    }

    /**
     * The letter(s) of a part of a composite resolution, as printed: {@code A} in {@code A/RES/69/274 A}, {@code A-B}
     * in {@code A/RES/70/93 A-B}, {@code A} in {@code A/RES/217A (III)}.
     */
    public Optional<String> part() {
        return Optional.ofNullable(part);
    }

    /**
     * The symbol without its modifiers and reissue mark: the head of its Add./Corr./Rev./Amend. family
     * ({@code A/58/50} for {@code A/58/50/Rev.1/Corr.1}).
     */
    public String baseCanonical() {
        if (baseCanonical != null) {
            return baseCanonical;
        }
        if (modifiers.isEmpty()) {
            return canonical;
        }
        String s = canonical;
        for (int i = modifiers.size() - 1; i >= 0; i--) {
            String suffix = "/" + modifiers.get(i).text();
            int at = s.lastIndexOf(suffix);
            if (at > 0) {
                s = s.substring(0, at) + s.substring(at + suffix.length());
            }
        }
        return s;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentSymbol other && key().equals(other.key());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }

    @Override
    public String toString() {
        return canonical;
    }

    /** Assembles a symbol; the parser is its one intended user. */
    public static final class Builder {
        private String canonical;
        private String root;
        private List<String> bodies = List.of();
        private String session;
        private Integer year;
        private String nature;
        private String number;
        private List<Modifier> modifiers = List.of();
        private List<String> parentheticals = List.of();
        private boolean reissued;
        private SymbolKind kind;
        private String part;
        private String baseCanonical;

        public Builder canonical(String v) { canonical = v; return this; }
        public Builder root(String v) { root = v; return this; }
        public Builder bodies(List<String> v) { bodies = v; return this; }
        public Builder session(String v) { session = v; return this; }
        public Builder year(Integer v) { year = v; return this; }
        public Builder nature(String v) { nature = v; return this; }
        public Builder number(String v) { number = v; return this; }
        public Builder modifiers(List<Modifier> v) { modifiers = v; return this; }
        public Builder parentheticals(List<String> v) { parentheticals = v; return this; }
        public Builder reissued(boolean v) { reissued = v; return this; }
        public Builder kind(SymbolKind v) { kind = v; return this; }
        public Builder part(String v) { part = v; return this; }
        public Builder baseCanonical(String v) { baseCanonical = v; return this; }

        public DocumentSymbol build() {
            return new DocumentSymbol(this);
        }
    }
}
