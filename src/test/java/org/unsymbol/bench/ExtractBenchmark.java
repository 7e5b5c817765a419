package org.unsymbol.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unsymbol.testing.Fixtures;
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
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.unsymbol.extract.ReferenceExtractor;

/**
 * Throughput of the reference extractor over the Spanish seed draft repeated to 10 MB, against a naive baseline in
 * the same run: a java.util.regex find-loop over symbol-shaped tokens (which only finds spans: no citations by
 * number, no inherited parts, no grammar). Run with
 * {@code ./mvnw -B -o -Pbench test-compile exec:exec -Dbench=ExtractBenchmark}; or run this class's main, which
 * prints MB/s for both and the ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// One operation reads 10 MB, so a warm-up counted in seconds is a handful of operations: on a loaded machine the
// extractor's methods were still running in the interpreter or C1 after 2 x 3 s (operations of 1-5 s, then 0.1 s
// once C2 has them), and those operations landed in the measurement (an error bar wider than the score). Both
// benchmarks get the same longer warm-up, so the ratio compares compiled code with compiled code.
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ExtractBenchmark {

    static final int SIZE = 10 * 1024 * 1024;

    /** Symbol-shaped tokens: an upper-case root, then slash-separated components. */
    private static final Pattern NAIVE = Pattern.compile("\\b[A-Z]{1,10}(?:/[A-Za-z0-9.\\-]+)+");

    private String text;
    private ReferenceExtractor extractor;

    @Setup
    public void setUp() throws IOException {
        String draft = Fixtures.seedDraft();
        StringBuilder sb = new StringBuilder(SIZE + draft.length());
        while (sb.length() < SIZE) {
            sb.append(draft).append('\n');
        }
        text = sb.substring(0, SIZE);
        extractor = ReferenceExtractor.standard();
    }

    @Benchmark
    public int extract() {
        return extractor.extract(text).references().size();
    }

    @Benchmark
    public int naiveRegex() {
        Matcher m = NAIVE.matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    public static void main(String[] args) throws RunnerException {
        double extract = 0;
        double naive = 0;
        for (RunResult r : new Runner(new OptionsBuilder().include(ExtractBenchmark.class.getSimpleName()).build())
                .run()) {
            double ms = r.getPrimaryResult().getScore();
            if (r.getParams().getBenchmark().endsWith("extract")) {
                extract = ms;
            } else {
                naive = ms;
            }
        }
        double mb = SIZE / (1024.0 * 1024.0);
        System.out.printf("extract     %8.1f ms per 10 MB = %6.1f MB/s%n", extract, mb / (extract / 1000));
        System.out.printf("naive regex %8.1f ms per 10 MB = %6.1f MB/s%n", naive, mb / (naive / 1000));
        System.out.printf("speed ratio extract/naive = %.2fx%n", naive / extract);
    }
}
