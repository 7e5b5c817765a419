package org.unsymbol.draft;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.unsymbol.platform.problem.ProblemException;
import org.unsymbol.testing.Bombs;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plain measuring loop (not a unit test): the bytes the reading thread allocates, garbage included, to read each
 * bomb of {@link Bombs} (as scripts/reliability/10-bombs.sh posts them) and ordinary drafts of about 1 MB, with the
 * shipped default budgets, as {@link DraftService} reads them (body in, text or budget problem out). The count is the
 * JVM's own per-thread allocation counter, so it does not depend on the machine's load. Prints the median of the
 * rounds per kind:
 * {@code java -cp target/classes:target/test-classes:<test class path> org.unsymbol.draft.DraftAllocation [rounds]}.
 * Run it with {@code -XX:StartFlightRecording} to see where the bytes go.
 */
public final class DraftAllocation {

    private DraftAllocation() {
    }

    static DraftsConfig defaults() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withConverter(MemorySize.class, 100, new MemorySizeConverter())
                .withConverter(Duration.class, 100, new io.quarkus.runtime.configuration.DurationConverter())
                .withMapping(DraftsConfig.class).build();
        return config.getConfigMapping(DraftsConfig.class);
    }

    /** The kinds measured: the three bombs the script posts, and ordinary drafts of about 1 MB as controls. */
    static Map<String, Object[]> kinds() {
        Map<String, Object[]> kinds = new LinkedHashMap<>();
        kinds.put("pdf-2m-text-operators", new Object[]{Bombs.pdfTextOperators(2_000_000), DraftFormat.PDF});
        kinds.put("pdf-flate-1g", new Object[]{Bombs.pdfFlateBomb(1L << 30), DraftFormat.PDF});
        kinds.put("docx-95m-document-xml", new Object[]{Bombs.docxHugeDocumentXml(95L << 20), DraftFormat.DOCX});
        StringBuilder md = new StringBuilder();
        String seed = DraftFiles.seedDraft();
        while (md.length() < 1 << 20) {
            md.append(seed).append('\n');
        }
        kinds.put("markdown-1m (control)", new Object[]{md.toString().getBytes(StandardCharsets.UTF_8),
                DraftFormat.MARKDOWN});
        List<List<String>> paragraphs = new java.util.ArrayList<>();
        for (String line : md.toString().split("\n")) {
            paragraphs.add(List.of(line));
        }
        kinds.put("docx-1m-text (control)", new Object[]{DraftFiles.docx(paragraphs), DraftFormat.DOCX});
        return kinds;
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        DraftsConfig config = defaults();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (Map.Entry<String, Object[]> kind : kinds().entrySet()) {
            byte[] body = (byte[]) kind.getValue()[0];
            DraftFormat format = (DraftFormat) kind.getValue()[1];
            long[] allocated = new long[rounds];
            String outcome = "";
            for (int r = -2; r < rounds; r++) { // two warm-up rounds
                long before = threads.getCurrentThreadAllocatedBytes();
                try {
                    String text = DraftReader.read(body, format, null, DraftBudget.of(config));
                    outcome = "text of " + text.length() + " chars";
                } catch (ProblemException e) {
                    outcome = e.problem().getStatus() + " " + e.problem().getCode() + " "
                            + e.problem().getExtensions().get("budget");
                }
                if (r >= 0) {
                    allocated[r] = threads.getCurrentThreadAllocatedBytes() - before;
                }
            }
            java.util.Arrays.sort(allocated);
            System.out.printf("%-24s body %,11d bytes: %-38s allocated %,14d bytes (median of %d; min %,d max %,d)%n",
                    kind.getKey(), body.length, outcome, allocated[rounds / 2], rounds, allocated[0],
                    allocated[rounds - 1]);
        }
    }
}
