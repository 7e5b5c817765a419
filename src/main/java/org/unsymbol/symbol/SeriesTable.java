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

    SeriesTable(Map<String, List<String[]>> rows) {
        this.rows = rows;
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
        List<String[]> mine = rows.get(single.root());
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
        int[] bounds = new int[16];
        int n = 0;
        int from = first + 1;
        for (int i = from; i <= end && n + 2 <= bounds.length; i++) {
            if (i == end || base.charAt(i) == '/') {
                bounds[n++] = from;
                bounds[n++] = i;
                from = i + 1;
            }
        }
        Fit best = Fit.NO;
        for (String[] row : mine) {
            Fit f = match(row, base, bounds, n / 2);
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
            String h = row[0];
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

    private static Fit match(String[] row, String s, int[] b, int count) {
        int c = 0;
        for (int t = 0; t < row.length; t++) {
            String tok = row[t];
            if (tok.equals("+") || tok.equals("*")) {
                return tok.equals("*") || c < count ? Fit.FITS : Fit.SHORT;
            }
            if (c >= count) {
                return Fit.SHORT;
            }
            if (!token(tok, s, b[2 * c], b[2 * c + 1])) {
                return Fit.NO;
            }
            c++;
        }
        return c == count ? Fit.FITS : Fit.NO;
    }

    private static boolean token(String tok, CharSequence s, int from, int to) {
        switch (tok) {
            case "?":
                return to > from;
            case "n":
                return Component.allDigits(s, from, to);
            case "s":
                return to - from <= 3 && Component.allDigits(s, from, to);
            case "y":
                return isYear(s, from, to);
            case "k":
                return Component.allDigits(s, from, to) && !isYear(s, from, to);
            case "old":
                return Component.allDigits(s, from, to) && (to - from > 3 || SingleParser.parseInt(s, from, to) >= 100);
            case "r": {
                int dash = indexOf(s, '-', from, to);
                return dash < 0 ? Component.allDigits(s, from, to)
                        : Component.allDigits(s, from, dash) && Component.allDigits(s, dash + 1, to);
            }
            case "ISO3":
                return to - from == 3 && upper(s.charAt(from)) && upper(s.charAt(from + 1)) && upper(s.charAt(from + 2));
            case "PROT":
                return Vocabulary.match(s, from, to, "OPAC", "OPSC", "OPIC") != null;
            default:
                break;
        }
        int n = tok.length();
        if (n > 2 && tok.charAt(n - 1) == 'n' && (tok.charAt(n - 2) == '.' || tok.charAt(n - 2) == '-')) {
            int len = n - 2; // WORD.n, WORD-n
            return to - from > len + 1 && regionIgnoreCase(s, from, tok, len) && s.charAt(from + len) == tok.charAt(n - 2)
                    && Component.allDigits(s, from + len + 1, to);
        }
        return to - from == n && regionIgnoreCase(s, from, tok, n);
    }

    private static boolean isYear(CharSequence s, int from, int to) {
        if (to - from != 4 || !Component.allDigits(s, from, to)) {
            return false;
        }
        int v = SingleParser.parseInt(s, from, to);
        return v >= 1946 && v < 2200;
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
