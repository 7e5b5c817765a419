package org.unsymbol.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.unsymbol.extract.Extraction;
import org.unsymbol.extract.Reference;
import org.unsymbol.extract.ReferenceExtractor;
import org.unsymbol.lang.Language;
import org.unsymbol.symbol.BodyRegistry;
import org.unsymbol.symbol.DocumentSymbol;
import org.unsymbol.symbol.ParseResult;
import org.unsymbol.symbol.SymbolParser;
import org.unsymbol.symbol.Tier;
import org.unsymbol.testing.Fixtures;

/**
 * Report-only scorer of the real corpus in {@code src/test/resources/corpus} (issue 12): runs the current parser over
 * {@code symbols.tsv} and {@code near-misses.tsv} and the extractor over {@code passages/passages.jsonl}, and prints
 * accuracy per file, recall and precision per language and per class. A main class, not a test: it never fails the
 * build. Run after {@code test-compile} with
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.unsymbol.corpus.CorpusScore [-v]}.
 *
 * <p>{@code --dir D} scores another corpus in the same four formats instead (for example the held-out set,
 * {@code --dir src/test/resources/corpus/heldout}): {@code D} is a directory on disk, or else a folder on the test
 * class path ({@code corpus/heldout}). Without it the scorer reads {@code corpus/} from the test class path, as before.
 *
 * <p>Matching of passage references is by lookup key (upper case, no whitespace); an expected Security Council
 * resolution with its year, {@code S/RES/1266 (1999)}, also matches a found {@code S/RES/1266}, because a bare
 * number cited after the Council is named carries no year in the text.
 */
public final class CorpusScore {

    static final String DIR = "corpus/";
    /** The same fixed day as the parser tests, so "current session" rules do not drift. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);
    private static final Pattern YEAR_SUFFIX = Pattern.compile("\\(\\d{4}\\)$");

    private final SymbolParser parser = new SymbolParser(BodyRegistry.bundled(), CLOCK);
    private final ReferenceExtractor extractor = new ReferenceExtractor(parser);
    private final boolean verbose;
    private final int shown;
    /** The corpus folder: {@code corpus/} on the test class path unless {@code --dir} names another. */
    private final String dir;
    /** True when {@link #dir} is a directory on disk rather than a class-path folder. */
    private final boolean onDisk;

    /** Where the report goes; nowhere when a test only wants the {@link Result}. */
    private final PrintStream out;
    private int symbolsOk;
    private int symbolsTotal;
    private int nearOk;
    private int nearTotal;
    private final Tally all = new Tally();
    private final Map<String, Tally> perLang = new TreeMap<>();

    /** The figures a test holds to: accuracy on the two symbol files, recall and precision on the passages. */
    public record Result(double symbols, double nearMisses, double recall, double precision,
                         Map<String, double[]> perLanguage) {
    }

    /** Scores a corpus folder of the test class path ({@code corpus/} or {@code corpus/heldout/}) without printing. */
    public static Result score(String classPathDir) throws Exception {
        CorpusScore s = new CorpusScore(false, classPathDir.endsWith("/") ? classPathDir : classPathDir + "/", false,
                new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
        s.symbols();
        s.nearMisses();
        s.passages();
        Map<String, double[]> langs = new TreeMap<>();
        s.perLang.forEach((k, v) -> langs.put(k, new double[] {ratio(v.tp, v.tp + v.fn), ratio(v.tp, v.tp + v.fp)}));
        return new Result(pct(s.symbolsOk, s.symbolsTotal), pct(s.nearOk, s.nearTotal),
                ratio(s.all.tp, s.all.tp + s.all.fn), ratio(s.all.tp, s.all.tp + s.all.fp), langs);
    }

    private CorpusScore(boolean verbose, String dir, boolean onDisk) {
        this(verbose, dir, onDisk, System.out);
    }

    private CorpusScore(boolean verbose, String dir, boolean onDisk, PrintStream out) {
        this.out = out;
        this.verbose = verbose;
        this.shown = verbose ? Integer.MAX_VALUE : 25;
        this.dir = dir;
        this.onDisk = onDisk;
    }

    public static void main(String[] args) throws Exception {
        boolean verbose = false;
        String dir = DIR;
        boolean onDisk = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("-v")) {
                verbose = true;
            } else if (args[i].equals("--dir") && i + 1 < args.length) {
                String d = args[++i];
                onDisk = Files.isDirectory(Path.of(d));
                dir = d.endsWith("/") ? d : d + "/";
            } else {
                System.err.println("usage: CorpusScore [-v] [--dir DIRECTORY]");
                System.exit(2);
            }
        }
        if (!dir.equals(DIR)) {
            System.out.println("corpus: " + dir + (onDisk ? " (on disk)" : " (test class path)"));
        }
        CorpusScore s = new CorpusScore(verbose, dir, onDisk);
        s.symbols();
        s.nearMisses();
        s.passages();
    }

    /** The lines of one corpus file, from disk or from the test class path. */
    private List<String> lines(String file) {
        if (!onDisk) {
            return Fixtures.lines(dir + file);
        }
        try {
            return Files.readString(Path.of(dir + file), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Non-comment, non-blank lines of a TSV fixture, split on tabs. */
    private List<String[]> tsv(String file) {
        List<String[]> rows = new ArrayList<>();
        for (String l : lines(file)) {
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            rows.add(l.split("\t", -1));
        }
        return rows;
    }

    private static String canonical(ParseResult r) {
        return r.symbol().map(DocumentSymbol::canonical).orElse(null);
    }

    private static String root(String canonical) {
        int slash = canonical.indexOf('/');
        return slash < 0 ? canonical : canonical.substring(0, slash);
    }

    private void symbols() {
        List<String[]> rows = tsv("symbols.tsv");
        int ok = 0;
        Map<Tier, Integer> tiers = new TreeMap<>();
        Map<String, int[]> perRoot = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (String[] row : rows) {
            String written = row[0];
            String expected = row[1];
            ParseResult r = parser.parse(written);
            tiers.merge(r.tier(), 1, Integer::sum);
            String got = canonical(r);
            boolean good = r.tier() != Tier.MALFORMED && expected.equals(got);
            int[] c = perRoot.computeIfAbsent(root(expected), k -> new int[2]);
            c[1]++;
            if (good) {
                ok++;
                c[0]++;
            } else {
                failures.add(written + "  expected " + expected + "  got " + (got == null ? "-" : got) + " ["
                        + r.tier() + (r.findings().isEmpty() ? "" : " " + r.findings().get(0).code()) + "]");
            }
        }
        symbolsOk = ok;
        symbolsTotal = rows.size();
        out.printf(Locale.ROOT, "%n== symbols.tsv: %d/%d accepted with the right canonical form (%.1f %%)%n",
                ok, rows.size(), pct(ok, rows.size()));
        out.println("   tiers: " + tiers);
        StringBuilder failing = new StringBuilder();
        perRoot.forEach((k, v) -> {
            if (v[0] < v[1]) {
                failing.append(' ').append(k).append(' ').append(v[0]).append('/').append(v[1]);
            }
        });
        out.println("   roots " + perRoot.size() + ", with failures:" + failing);
        print(failures);
    }

    private void nearMisses() {
        List<String[]> rows = tsv("near-misses.tsv");
        int ok = 0;
        int rejects = 0;
        int rejectOk = 0;
        List<String> failures = new ArrayList<>();
        for (String[] row : rows) {
            String written = row[0];
            boolean reject = row[1].equals("reject");
            ParseResult r = parser.parse(written);
            String got = canonical(r);
            boolean good;
            if (reject) {
                rejects++;
                good = r.tier() == Tier.MALFORMED;
                if (good) {
                    rejectOk++;
                }
            } else {
                good = r.tier() != Tier.MALFORMED && row[2].equals(got);
            }
            if (good) {
                ok++;
            } else {
                failures.add(visible(written) + "  expected " + (reject ? "reject" : row[2]) + "  got "
                        + (got == null ? "-" : got) + " [" + r.tier() + "]");
            }
        }
        nearOk = ok;
        nearTotal = rows.size();
        out.printf(Locale.ROOT, "%n== near-misses.tsv: %d/%d handled as marked (%.1f %%); reject %d/%d, "
                + "normalize %d/%d%n", ok, rows.size(), pct(ok, rows.size()), rejectOk, rejects, ok - rejectOk,
                rows.size() - rejects);
        print(failures);
    }

    /** Counts of one slice of passages. */
    private static final class Tally {
        int passages;
        int exact;
        int tp;
        int fn;
        int fp;

        void add(int tp, int fn, int fp) {
            passages++;
            this.tp += tp;
            this.fn += fn;
            this.fp += fp;
            if (fn == 0 && fp == 0) {
                exact++;
            }
        }

        String line(String name) {
            return String.format(Locale.ROOT, "   %-22s passages %3d  exact %3d (%5.1f %%)  recall %.3f  precision %.3f"
                    + "  (tp %d fn %d fp %d)", name, passages, exact, pct(exact, passages), ratio(tp, tp + fn),
                    ratio(tp, tp + fp), tp, fn, fp);
        }
    }

    private void passages() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, Tally> perClass = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (String line : lines("passages/passages.jsonl")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode p = json.readTree(line);
            String id = p.get("id").asText();
            String lang = p.get("lang").asText();
            List<String> expected = new ArrayList<>();
            p.get("expected").forEach(e -> expected.add(e.asText()));
            Extraction ex = extractor.extract(p.get("text").asText(), Language.valueOf(lang.toUpperCase(Locale.ROOT)));
            List<String> found = new ArrayList<>();
            for (Reference ref : ex.references()) {
                found.add(ref.symbol());
            }
            int[] m = match(expected, found);
            all.add(m[0], m[1], m[2]);
            perLang.computeIfAbsent(lang, k -> new Tally()).add(m[0], m[1], m[2]);
            List<String> classes = new ArrayList<>();
            p.get("classes").forEach(c -> classes.add(c.isInt() ? "class " + c.asInt() : c.asText()));
            if (expected.isEmpty()) {
                classes.add("decoy (no reference)");
            }
            if (classes.isEmpty()) {
                classes.add("(plain)");
            }
            for (String c : classes) {
                perClass.computeIfAbsent(c, k -> new Tally()).add(m[0], m[1], m[2]);
            }
            if (m[1] > 0 || m[2] > 0) {
                failures.add(id + "  expected " + expected + "  found " + found);
            }
        }
        out.printf(Locale.ROOT, "%n== passages: %d passages, exact %d (%.1f %%), recall %.3f, precision %.3f"
                + " (tp %d fn %d fp %d)%n", all.passages, all.exact, pct(all.exact, all.passages),
                ratio(all.tp, all.tp + all.fn), ratio(all.tp, all.tp + all.fp), all.tp, all.fn, all.fp);
        out.println("  per language:");
        perLang.forEach((k, v) -> out.println(v.line(k)));
        out.println("  per class:");
        Map<String, Tally> ordered = new LinkedHashMap<>();
        perClass.entrySet().stream().sorted((a, b) -> classOrder(a.getKey()) - classOrder(b.getKey()) != 0
                ? classOrder(a.getKey()) - classOrder(b.getKey()) : a.getKey().compareTo(b.getKey()))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        ordered.forEach((k, v) -> out.println(v.line(k)));
        print(failures);
    }

    private static int classOrder(String c) {
        return c.startsWith("class ") ? Integer.parseInt(c.substring(6)) : 100;
    }

    /** [true positives, false negatives, false positives] of a multiset match of found against expected. */
    static int[] match(List<String> expected, List<String> found) {
        List<String> left = new ArrayList<>();
        for (String f : found) {
            left.add(DocumentSymbol.keyOf(f));
        }
        int tp = 0;
        int fn = 0;
        for (String e : expected) {
            String key = DocumentSymbol.keyOf(e);
            String bare = YEAR_SUFFIX.matcher(key).replaceFirst("");
            int at = left.indexOf(key);
            if (at < 0 && !bare.equals(key)) {
                at = left.indexOf(bare);
            }
            if (at >= 0) {
                left.remove(at);
                tp++;
            } else {
                fn++;
            }
        }
        return new int[] {tp, fn, left.size()};
    }

    private void print(List<String> failures) {
        if (failures.isEmpty()) {
            return;
        }
        out.println("   failures (" + failures.size() + (failures.size() > shown ? ", first " + shown
                + "; -v for all" : "") + "):");
        failures.stream().limit(shown).forEach(f -> out.println("     " + f));
    }

    private static String visible(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp >= 0x7f && !Character.isLetterOrDigit(cp) && cp != 0x2013) {
                b.append(String.format(Locale.ROOT, "\\u%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    private static double pct(int a, int b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }
}
