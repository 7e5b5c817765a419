package org.unsymbol.symbol;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The series of the modelled roots and what must follow each, read from {@code series.tsv} beside this class (its
 * header documents the tokens and the sources): {@code A s +} says that after {@code A} a session is followed by at
 * least one more component, so {@code A/78} is a session and no document. A symbol of a modelled root fits when its
 * components, with modifiers, part letters and parentheticals set aside, match one row of its root; a root with no
 * row is not modelled ({@link #models}), and {@link PossibleSymbol} reads its symbols. One rule, one row: the parser,
 * both fast paths and the rejection message all use this table. Immutable, thread-safe.
 */
final class SeriesTable {

    private static final String RESOURCE = "series.tsv";

    /** How a symbol compares with the rows of its root. */
    enum Fit {
        /** a row matches, or the root is not modelled */
        FITS,
        /** a row would match with more components: a number is missing ({@code S/PRST/2015}, {@code A/78}) */
        SHORT,
        /** no row matches ({@code A/TEST/123}, {@code CRC/C/AND/OPAC/CO/1}) */
        NO
    }

    private final Map<String, List<String[]>> rows;
    /**
     * The same rows compiled, per root, split by what their first token takes (a component starting with a digit or
     * not): one map look-up per check, on the registry's root string whose hash is cached.
     */
    private final Map<String, Compiled> compiled = new HashMap<>();

    /**
     * The compiled rows of one root. {@code byInitial[c - 'A']} holds, in table order, the rows of
     * {@code otherFirst} that a first component starting with the letter {@code c} (either case) can match: those
     * whose first token is a word with that initial, and those whose first token takes any word ({@code ?},
     * {@code ISO3}, {@code PROT}, {@code +}, {@code *}). A row's outcome does not depend on the others, so skipping
     * the rows that cannot match leaves the fit as it was.
     */
    private record Compiled(Row[] digitFirst, Row[] otherFirst, Row[][] byInitial) {

        static Compiled of(Row[] digitFirst, Row[] otherFirst) {
            Row[][] byInitial = new Row[26][];
            for (char c = 'A'; c <= 'Z'; c++) {
                List<Row> rows = new ArrayList<>();
                for (Row row : otherFirst) {
                    int first = row.ops.length == 0 ? STAR : row.ops[0];
                    if (first != WORD && first != WORD_N || Vocabulary.upper(row.words[0].charAt(0)) == c) {
                        rows.add(row);
                    }
                }
                byInitial[c - 'A'] = rows.toArray(new Row[0]);
            }
            return new Compiled(digitFirst, otherFirst, byInitial);
        }

        /** The rows a first component starting with {@code c} (0 when there is none) may match. */
        Row[] candidates(char c) {
            if (c >= '0' && c <= '9') {
                return digitFirst;
            }
            char u = Vocabulary.upper(c);
            return u >= 'A' && u <= 'Z' ? byInitial[u - 'A'] : otherFirst;
        }
    }

    SeriesTable(Map<String, List<String[]>> rows) {
        this.rows = rows;
        rows.forEach((root, list) -> {
            List<Row> digit = new ArrayList<>();
            List<Row> other = new ArrayList<>();
            for (String[] tokens : list) {
                Row row = Row.of(tokens);
                int first = row.ops.length == 0 ? STAR : row.ops[0];
                if (first != WORD && first != WORD_N && first != ISO3 && first != PROT) {
                    digit.add(row);
                }
                if (first != N && first != S && first != Y && first != K && first != OLD && first != R) {
                    other.add(row);
                }
            }
            compiled.put(root, Compiled.of(digit.toArray(new Row[0]), other.toArray(new Row[0])));
        });
    }

    // the tokens of series.tsv as operations (the hot path switches on ints, not on strings)
    private static final int ANY = 0, N = 1, S = 2, Y = 3, K = 4, OLD = 5, R = 6, ISO3 = 7, PROT = 8, PLUS = 9,
            STAR = 10, WORD_N = 11, WORD = 12;

    /** One row compiled: an operation per token, and the word of the word tokens ({@code PV} of {@code PV.n}). */
    private record Row(int[] ops, String[] words, char[] seps, int[] limits) {
        static Row of(String[] tokens) {
            int[] ops = new int[tokens.length];
            String[] words = new String[tokens.length];
            char[] seps = new char[tokens.length];
            int[] limits = new int[tokens.length];
            for (int t = 0; t < tokens.length; t++) {
                String tok = tokens[t];
                limits[t] = Integer.MAX_VALUE;
                if (tok.startsWith("old<=")) { // old<=10999: the consecutive series ended below that number
                    limits[t] = Integer.parseInt(tok.substring(5));
                    tok = "old";
                }
                int n = tok.length();
                ops[t] = switch (tok) {
                    case "?" -> ANY;
                    case "n" -> N;
                    case "s" -> S;
                    case "y" -> Y;
                    case "k" -> K;
                    case "old" -> OLD;
                    case "r" -> R;
                    case "ISO3" -> ISO3;
                    case "PROT" -> PROT;
                    case "+" -> PLUS;
                    case "*" -> STAR;
                    default -> n > 2 && tok.charAt(n - 1) == 'n' && (tok.charAt(n - 2) == '.' || tok.charAt(n - 2) == '-')
                            ? WORD_N : WORD;
                };
                words[t] = ops[t] == WORD_N ? tok.substring(0, n - 2) : tok;
                seps[t] = ops[t] == WORD_N ? tok.charAt(n - 2) : 0;
            }
            return new Row(ops, words, seps, limits);
        }
    }

    private static final class Bundled {
        static final SeriesTable INSTANCE = load();
    }

    static SeriesTable bundled() {
        return Bundled.INSTANCE;
    }

    private static SeriesTable load() {
        Map<String, List<String[]>> rows = new HashMap<>();
        try (InputStream in = SeriesTable.class.getResourceAsStream(RESOURCE);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length < 3 || cols[2].isBlank()) {
                    throw new IllegalStateException("series.tsv: every row needs root, pattern and source: " + line);
                }
                rows.computeIfAbsent(cols[0], k -> new ArrayList<>()).add(cols[1].trim().split(" +"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SeriesTable(rows);
    }

    /** True when {@code root} has rows: its symbols must fit one. */
    boolean models(String root) {
        return rows.containsKey(root);
    }

    /** True when every single of {@code symbol} fits: the fast paths answer only then. */
    boolean fitsAll(DocumentSymbol symbol) {
        if (!symbol.isJoint()) {
            return fit(symbol) == Fit.FITS;
        }
        for (DocumentSymbol single : symbol.singles()) {
            if (fit(single) != Fit.FITS) {
                return false;
            }
        }
        return true;
    }

    /** How {@code single} (not a joint symbol) fits the rows of its root. */
    Fit fit(DocumentSymbol single) {
        Compiled mine = compiled.get(single.root());
        if (mine == null) {
            return Fit.FITS;
        }
        String base = single.baseCanonical();
        int end = base.length();
        int lastSlash = base.lastIndexOf('/');
        for (int i = Math.max(lastSlash, 0); i < end; i++) {
            char c = base.charAt(i);
            if (c == ' ' || c == '(' || c == '*') {
                end = i; // part letters and parentheticals of the last component: 217 A (III), PV.6201 (Resumption 1)
                break;
            }
        }
        while (end - 1 > lastSlash + 1 && upper(base.charAt(end - 1)) && Vocabulary.isDigit(base.charAt(end - 2))) {
            end--; // a part letter glued to its number: A/RES/217A (III)
        }
        int first = base.indexOf('/');
        if (first < 0) {
            return Fit.NO;
        }
        long[] comps = new long[MAX_COMPONENTS];
        int count = 0;
        int from = first + 1;
        for (int i = from; i <= end && count < comps.length; i++) {
            if (i == end || base.charAt(i) == '/') {
                comps[count++] = pack(from, i);
                from = i + 1;
            }
        }
        return fit(mine, base, comps, 0, count);
    }

    /**
     * True when the components after the root, {@code comps[from, from + count)} of {@code s} (each packed as
     * {@link #pack}: the low 20 bits of {@link CanonicalFastPath}'s component words), fit a row of {@code root}, or the
     * root is not modelled: the fast path's check on the input itself, with no symbol built and nothing allocated.
     */
    boolean fits(String root, CharSequence s, long[] comps, int from, int count) {
        Compiled mine = compiled.get(root);
        return mine == null || fit(mine, s, comps, from, Math.min(count, MAX_COMPONENTS)) == Fit.FITS;
    }

    /** The components a row is matched against, at most (a longer symbol is matched on its first ones). */
    private static final int MAX_COMPONENTS = 8;

    /** A component's range, {@code start | end << 10} (offsets below 1024; inputs are at most 256 characters). */
    static long pack(int start, int end) {
        return start | (long) end << 10;
    }

    private static int start(long comp) {
        return (int) comp & 0x3FF;
    }

    private static int end(long comp) {
        return (int) (comp >>> 10) & 0x3FF;
    }

    private static Fit fit(Compiled mine, CharSequence s, long[] comps, int from, int count) {
        long c0 = count > 0 ? comps[from] : 0;
        char first = count > 0 && start(c0) < end(c0) ? s.charAt(start(c0)) : 0;
        Fit best = Fit.NO;
        for (Row row : mine.candidates(first)) {
            Fit f = match(row, s, comps, from, count);
            if (f == Fit.FITS) {
                return f;
            }
            if (f == Fit.SHORT) {
                best = f;
            }
        }
        return best;
    }

    /** The whole message of a misfit, for {@link FindingCode#UNKNOWN_SERIES} and its kin. */
    String message(DocumentSymbol single, Fit fit) {
        String root = single.root();
        StringBuilder heads = new StringBuilder();
        List<String> seen = new ArrayList<>();
        for (String[] row : rows.get(root)) {
            String h = row[0].startsWith("old<=") ? "old" : row[0];
            if (!seen.contains(h) && seen.size() < 12) {
                seen.add(h);
                heads.append(heads.length() == 0 ? "" : ", ").append(h);
            }
        }
        return fit == Fit.SHORT
                ? "'" + single.canonical() + "' stops before its document number: a series of " + root
                        + " continues here."
                : "'" + single.canonical() + "' fits no series of " + root + " (after " + root + "/ come " + heads
                        + (seen.size() >= 12 ? ", ..." : "") + "; s = session, y = year, n = number).";
    }

    private static Fit match(Row row, CharSequence s, long[] comps, int from, int count) {
        int[] ops = row.ops();
        int c = 0;
        for (int t = 0; t < ops.length; t++) {
            int op = ops[t];
            if (op == PLUS || op == STAR) {
                return op == STAR || c < count ? Fit.FITS : Fit.SHORT;
            }
            if (c >= count) {
                return Fit.SHORT;
            }
            long comp = comps[from + c];
            if (!token(row, t, s, start(comp), end(comp))) {
                return Fit.NO;
            }
            c++;
        }
        return c == count ? Fit.FITS : Fit.NO;
    }

    private static boolean token(Row row, int t, CharSequence s, int from, int to) {
        switch (row.ops()[t]) {
            case ANY:
                return to > from;
            case N:
                return Component.allDigits(s, from, to);
            case S:
                return to - from <= 3 && Component.allDigits(s, from, to);
            case Y:
                return isYear(s, from, to);
            case K:
                return Component.allDigits(s, from, to) && !isYear(s, from, to);
            case OLD: {
                if (!Component.allDigits(s, from, to)) {
                    return false;
                }
                int v = SingleParser.parseInt(s, from, to);
                return v >= 100 && v <= row.limits()[t];
            }
            case R: {
                int dash = indexOf(s, '-', from, to);
                return dash < 0 ? Component.allDigits(s, from, to)
                        : Component.allDigits(s, from, dash) && Component.allDigits(s, dash + 1, to);
            }
            case ISO3: // CHN, or a territory's code after its State's: CHN-HKG, CHN-MAC (CCPR/C/CHN-HKG/CO/3)
                if (to - from == 2) {
                    return PRE_ISO_CODES.contains(s.subSequence(from, to).toString()); // CEDAW/C/UK/3 (1995)
                }
                return to - from == 3 ? upper3(s, from)
                        : to - from == 7 && upper3(s, from) && s.charAt(from + 3) == '-' && upper3(s, from + 4)
                        && TERRITORY_CODES.contains(s.subSequence(from + 4, to).toString());
            case PROT:
                return Vocabulary.match(s, from, to, "OPAC", "OPSC", "OPIC") != null;
            case WORD_N: {
                String word = row.words()[t];
                int len = word.length(); // WORD.n, WORD-n
                return to - from > len + 1 && regionIgnoreCase(s, from, word, len) && s.charAt(from + len) == row.seps()[t]
                        && Component.allDigits(s, from + len + 1, to);
            }
            default: {
                String word = row.words()[t];
                return to - from == word.length() && regionIgnoreCase(s, from, word, word.length());
            }
        }
    }

    /** Four digits from 1946 to 2199: a year in a symbol. */
    static boolean isYear(CharSequence s, int from, int to) {
        if (to - from != 4 || !Component.allDigits(s, from, to)) {
            return false;
        }
        int v = SingleParser.parseInt(s, from, to);
        return v >= 1946 && v < 2200;
    }

    /**
     * The two-letter State codes that treaty bodies printed before they used ISO 3166-1 alpha-3 codes in the 1990s,
     * as their documents show them: UK (CEDAW/C/UK/3 of 1995 and CEDAW/C/UK/4 of 1999, the United Kingdom, later
     * GBR). Written so only in the State's place of a treaty-body series (an {@code ISO3} token).
     */
    private static final java.util.Set<String> PRE_ISO_CODES = java.util.Set.of("UK");

    /**
     * The codes a territory reported on apart from its State carries after the State's code: its own ISO 3166-1
     * alpha-3 code (HKG and MAC for Hong Kong and Macao, China), from the JDK's copy of ISO 3166-1. The State's own
     * code is not checked against the list, since former codes (YUG, SCG) and UN ones (UNK for Kosovo) stay in
     * older symbols.
     */
    private static final java.util.Set<String> TERRITORY_CODES =
            java.util.Locale.getISOCountries(java.util.Locale.IsoCountryCode.PART1_ALPHA3);

    private static boolean upper3(CharSequence s, int at) {
        return upper(s.charAt(at)) && upper(s.charAt(at + 1)) && upper(s.charAt(at + 2));
    }

    private static boolean upper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static int indexOf(CharSequence s, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static boolean regionIgnoreCase(CharSequence s, int from, String word, int len) {
        for (int i = 0; i < len; i++) {
            if (Vocabulary.upper(s.charAt(from + i)) != Vocabulary.upper(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
