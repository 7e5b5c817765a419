package org.unsymbol.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.unsymbol.symbol.ParseResult;
import org.unsymbol.symbol.SymbolCorpus;
import org.unsymbol.symbol.SymbolParser;

import java.util.Collection;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Full parse + canonicalization of realistic symbols versus the cheapest alternative a service could use: one
 * precompiled regex that only checks the rough shape. Both walk the same corpus of 100,000 generated symbols (one in
 * ten written messily: lower case, stray space, space before a modifier), so the ratio compares like with like.
 *
 * <p>Run with the ratio printed: {@code ./mvnw -B -o -Pbench test-compile exec:exec -Dbench=SymbolParse
 * -Dbench.main=org.unsymbol.bench.SymbolParseBenchmark}; with plain JMH ({@code -Dbench=SymbolParse}) both scores
 * are printed and the ratio is parse ÷ regex.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 7, time = 3)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class SymbolParseBenchmark {

    static final int CORPUS_SIZE = 100_000;

    /** Rough shape only: a root, slash-separated components, optional parentheticals and reissue mark. */
    static final Pattern ROUGH_SHAPE = Pattern.compile(
            "[A-Za-z]{1,8}(?:/[A-Za-z0-9.()\\- ]+)+(?: ?\\([A-Za-z0-9.\\- ]+\\))*\\*?");

    private final SymbolParser parser = SymbolParser.standard();
    private String[] corpus;
    private int next;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        SymbolCorpus generator = new SymbolCorpus(random);
        corpus = new String[CORPUS_SIZE];
        for (int i = 0; i < CORPUS_SIZE; i++) {
            String s = generator.next();
            corpus[i] = switch (random.nextInt(30)) {
                case 0 -> s.toLowerCase(Locale.ROOT);
                case 1 -> s.replaceFirst("/", " /");
                case 2 -> s.replace("/Add.", " Add.");
                default -> s;
            };
        }
    }

    private String nextSymbol() {
        String s = corpus[next];
        next = next + 1 == CORPUS_SIZE ? 0 : next + 1;
        return s;
    }

    @Benchmark
    public String parseAndCanonicalize() {
        ParseResult r = parser.parse(nextSymbol());
        return r.symbol().isPresent() ? r.symbol().get().canonical() : null;
    }

    @Benchmark
    public boolean regexShapeCheck() {
        return ROUGH_SHAPE.matcher(nextSymbol()).matches();
    }

    /** Runs both benchmarks in one run and prints parse ops/s ÷ regex ops/s. */
    public static void main(String[] args) throws Exception {
        CommandLineOptions cli = new CommandLineOptions(args);
        Collection<RunResult> results = new Runner(new OptionsBuilder().parent(cli)
                .include(SymbolParseBenchmark.class.getSimpleName()).build()).run();
        double parse = score(results, "parseAndCanonicalize");
        double regex = score(results, "regexShapeCheck");
        System.out.printf(Locale.ROOT, "%nparse+canonicalize: %.0f ops/s, regex shape check: %.0f ops/s, "
                + "ratio parse/regex = %.2f (goal >= 1.0)%n", parse, regex, parse / regex);
    }

    private static double score(Collection<RunResult> results, String method) {
        return results.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + method))
                .mapToDouble(r -> r.getPrimaryResult().getScore()).findFirst().orElse(Double.NaN);
    }
}
