package org.unsymbol.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unsymbol.extract.Extraction;
import org.unsymbol.extract.ReferenceExtractor;
import org.unsymbol.testing.Fixtures;

/**
 * A plain timing loop (not JMH, not a unit test) for the reference extractor over the seed draft repeated to several
 * sizes, built the way {@link ExtractBenchmark} builds its input (draft + newline, cut to size). It prints ms and MB/s
 * per size so one can see at a glance whether time grows linearly with size, and runs long enough to be profiled with
 * JFR. Arguments: sizes in MB (default 1 4 10) and, optionally, {@code --rounds=N} (default 5).
 *
 * <p>On a shared machine wall time mostly measures the neighbours, so it also prints the main thread's CPU time (best
 * of the rounds) and the same figures for the naive regex find-loop of {@link ExtractBenchmark}, for a same-run ratio.
 * Run: {@code java -cp target/classes:target/test-classes:<test class path> org.unsymbol.bench.ExtractTiming 1 4 10}.
 */
public final class ExtractTiming {

    private ExtractTiming() {
    }

    static String draftOf(int size) {
        String draft = Fixtures.seedDraft();
        StringBuilder sb = new StringBuilder(size + draft.length());
        while (sb.length() < size) {
            sb.append(draft).append('\n');
        }
        return sb.substring(0, size);
    }

    private static final Pattern NAIVE = Pattern.compile("\\b[A-Z]{1,10}(?:/[A-Za-z0-9.\\-]+)+");

    private static int naive(String text) {
        Matcher m = NAIVE.matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    public static void main(String[] args) {
        int rounds = 5;
        java.util.List<Double> sizes = new java.util.ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--rounds=")) {
                rounds = Integer.parseInt(a.substring("--rounds=".length()));
            } else {
                sizes.add(Double.parseDouble(a));
            }
        }
        if (sizes.isEmpty()) {
            sizes = java.util.List.of(1.0, 4.0, 10.0);
        }
        ReferenceExtractor extractor = ReferenceExtractor.standard();
        // warm up (about 4 s, as JMH's two 3 s warm-up iterations would) so the first size does not pay for the JIT
        String warm = draftOf(1024 * 1024);
        long until = System.nanoTime() + 4_000_000_000L;
        while (System.nanoTime() < until) {
            extractor.extract(warm);
            naive(warm);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (double mb : sizes) {
            int size = (int) (mb * 1024 * 1024);
            String text = draftOf(size);
            long bestWall = Long.MAX_VALUE;
            long bestCpu = Long.MAX_VALUE;
            long naiveCpu = Long.MAX_VALUE;
            int refs = 0;
            for (int r = 0; r < rounds; r++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                Extraction e = extractor.extract(text);
                long t = System.nanoTime() - t0;
                long c = threads.getCurrentThreadCpuTime() - c0;
                refs = e.references().size();
                bestWall = Math.min(bestWall, t);
                bestCpu = Math.min(bestCpu, c);
                long n0 = threads.getCurrentThreadCpuTime();
                int found = naive(text);
                naiveCpu = Math.min(naiveCpu, threads.getCurrentThreadCpuTime() - n0);
                if (found < 0) {
                    throw new AssertionError();
                }
            }
            double mib = size / (1024.0 * 1024.0);
            System.out.printf("%5.1f MB  wall %8.1f ms  cpu %8.1f ms = %7.1f ms/MB = %6.1f MB/s  naive cpu %6.1f ms"
                            + " = %6.1f MB/s  ratio %.2fx  %d references%n",
                    mb, bestWall / 1e6, bestCpu / 1e6, bestCpu / 1e6 / mib, mib / (bestCpu / 1e9), naiveCpu / 1e6,
                    mib / (naiveCpu / 1e9), (double) naiveCpu / bestCpu, refs);
        }
    }
}
