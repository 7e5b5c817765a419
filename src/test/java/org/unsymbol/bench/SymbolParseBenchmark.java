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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Full parse + canonicalization of realistic symbols versus the cheapest alternative a service could use: one
 * precompiled regex that only checks the rough shape. Both walk the same corpus of 100,000 generated symbols (one in
 * ten given a retyping: lower case, a space before the first slash, or a space for the slash before {@code Add.}, which
 * changes about one in fifteen), so the ratio compares like with like.
 *
 * <p>Run with the ratio printed: {@code ./mvnw -B -o -Pbench test-compile exec:exec -Dbench=SymbolParse
 * -Dbench.main=org.unsymbol.bench.SymbolParseBenchmark}; with plain JMH ({@code -Dbench=SymbolParse}) both scores
 * are printed and the ratio is parse ÷ regex. The main method alternates the two in separate forks over several rounds
 * and reports the median ratio.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
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

    /**
     * Runs both benchmarks in alternating forks, {@code -Drounds=N} rounds (default 5; the order flips every round so
     * that drift of a shared, noisy machine does not favour either), prints each round's parse ops/s ÷ regex ops/s and
     * their median.
     */
    public static void main(String[] args) throws Exception {
        // a leading benchmark pattern (the bench profile passes one) would add its matches to every run below
        String[] options = args.length > 0 && !args[0].startsWith("-") ? Arrays.copyOfRange(args, 1, args.length)
                : args;
        CommandLineOptions cli = new CommandLineOptions(options);
        int rounds = Integer.getInteger("rounds", 5);
        List<Double> ratios = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (int round = 1; round <= rounds; round++) {
            boolean parseFirst = round % 2 == 1;
            double first = score(cli, parseFirst ? "parseAndCanonicalize" : "regexShapeCheck");
            double second = score(cli, parseFirst ? "regexShapeCheck" : "parseAndCanonicalize");
            double parse = parseFirst ? first : second;
            double regex = parseFirst ? second : first;
            ratios.add(parse / regex);
            report.append(String.format(Locale.ROOT, "round %d: parse+canonicalize %.0f ops/s, regex shape check %.0f "
                    + "ops/s, ratio %.2f%n", round, parse, regex, parse / regex));
        }
        Collections.sort(ratios);
        System.out.printf(Locale.ROOT, "%n%smedian ratio parse/regex = %.2f over %d rounds (goal >= 1.0)%n", report,
                ratios.get(ratios.size() / 2), rounds);
    }

    /** One fork of one benchmark method; its ops/s. */
    private static double score(CommandLineOptions cli, String method) throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder().parent(cli)
                .include(SymbolParseBenchmark.class.getName() + "\\." + method + "$").forks(1).build()).run();
        return results.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + method))
                .mapToDouble(r -> r.getPrimaryResult().getScore()).findFirst().orElse(Double.NaN);
    }
}
