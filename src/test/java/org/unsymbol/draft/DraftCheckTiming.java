package org.unsymbol.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.core.MediaType;
import org.unsymbol.extract.Annotator;
import org.unsymbol.extract.TextLayout;
import org.unsymbol.lang.Language;
import org.unsymbol.platform.http.PublicBaseUrl;
import org.unsymbol.symbolapi.FindingView;
import org.unsymbol.symbol.SymbolParser;
import org.unsymbol.testing.Fixtures;
import org.unsymbol.testing.PlainResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A plain timing loop (not JMH, not a unit test) for what a draft check does after the body has arrived, without HTTP
 * or a database: decode the body, find its existing links, check it ({@link DraftChecker}: extraction, prose symbols,
 * pinpoints, short forms, layout, the report's views and messages) and judge its links ({@link LinkCheck}), as
 * {@link DraftService} does. The catalogue is a map ({@link PlainResolver}) with the seed draft's documents. It prints
 * the main thread's CPU ms per size (best of the rounds) and runs long enough to be profiled with JFR:
 * {@code java -XX:StartFlightRecording=filename=/tmp/x.jfr -cp target/classes:target/test-classes:<test class path>
 * org.unsymbol.draft.DraftCheckTiming 1 10}.
 *
 * <p>{@code --dump} instead prints every report (as JSON, with the link warnings) for the texts of the test resources
 * and the seed draft, in three markups: a change meant to make the pipeline faster must leave that output unchanged
 * (diff the dump of the code before against the code after).
 */
public final class DraftCheckTiming {

    private DraftCheckTiming() {
    }

    private static DraftsConfig config() {
        return new DraftsConfig() {
            public int maxReferences() { return 10_000; }
            public int maxTextChars() { return 20_000_000; }
            public MemorySize maxInflatedBytes() { return new MemorySize(java.math.BigInteger.valueOf(32L << 20)); }
            public int maxPdfPages() { return 2000; }
            public int maxPdfOperators() { return 2_000_000; }
            public int maxPdfGlyphsPerPage() { return 50_000; }
            public Duration maxExtractionTime() { return Duration.ofSeconds(10); }
            public OptionalInt maxConcurrentExtractions() { return OptionalInt.of(1); }
            public List<String> linkHosts() { return List.of("un.org", "undocs.org"); }
        };
    }

    private static final String BASE = "https://unsymbol.example.org";

    private final PlainResolver resolver = new PlainResolver()
            .with("A/RES/75/240", Language.EN, Language.EN, Language.ES)
            .with("A/77/275", Language.EN, Language.EN, Language.ES)
            .with("A/78/265", Language.EN, Language.EN, Language.FR);
    private final SymbolParser parser = SymbolParser.standard();
    private final DraftChecker checker = new DraftChecker(parser, resolver.resolver,
            new DraftLinks(resolver.resolver, new PublicBaseUrl(Optional.of(BASE), null)), config());
    private final LinkCheck linkCheck = new LinkCheck(config().linkHosts(), BASE, parser);

    /** What DraftService.run does with a text body, without the rate limit and the metrics. */
    DraftChecker.Checked check(byte[] body, DraftFormat format, Optional<Language> lang) {
        String text = DraftReader.decode(body, StandardCharsets.UTF_8);
        List<Annotator.ExistingLink> existing = Annotator.existingLinks(text, format.annotatorMode().orElseThrow());
        TextLayout.Markup markup = format == DraftFormat.HTML ? TextLayout.Markup.HTML
                : format == DraftFormat.MARKDOWN ? TextLayout.Markup.MARKDOWN : TextLayout.Markup.PLAIN;
        DraftChecker.Checked checked = checker.check(text, markup, null, lang, LinkTarget.RESOLVER,
                DraftMessages.choose(lang, null));
        Map<Integer, List<FindingView>> warnings = linkCheck.check(checked.references(), existing);
        return checked.withWarnings(warnings);
    }

    static byte[] draftOf(int size) {
        String draft = Fixtures.seedDraft();
        StringBuilder sb = new StringBuilder(size + draft.length());
        while (sb.length() < size) {
            sb.append(draft);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws IOException {
        if (List.of(args).contains("--dump")) {
            new DraftCheckTiming().dump(System.out);
            return;
        }
        int rounds = 5;
        List<Double> sizes = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--rounds=")) {
                rounds = Integer.parseInt(a.substring("--rounds=".length()));
            } else {
                sizes.add(Double.parseDouble(a));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1.0, 10.0);
        }
        DraftCheckTiming t = new DraftCheckTiming();
        byte[] warm = draftOf(1024 * 1024);
        long until = System.nanoTime() + 6_000_000_000L;
        while (System.nanoTime() < until) {
            t.check(warm, DraftFormat.MARKDOWN, Optional.of(Language.ES));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (double mb : sizes) {
            byte[] body = draftOf((int) (mb * 1024 * 1024));
            long best = Long.MAX_VALUE;
            long bestWall = Long.MAX_VALUE;
            int refs = 0;
            for (int r = 0; r < rounds; r++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                refs = t.check(body, DraftFormat.MARKDOWN, Optional.of(Language.ES)).report().references().size();
                bestWall = Math.min(bestWall, System.nanoTime() - t0);
                best = Math.min(best, threads.getCurrentThreadCpuTime() - c0);
            }
            System.out.printf("%5.1f MB  cpu %8.1f ms  wall %8.1f ms  %d references%n", mb, best / 1e6,
                    bestWall / 1e6, refs);
        }
    }

    /** Every report for the texts of the test resources, as JSON lines. */
    void dump(PrintStream out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String[]> texts = new ArrayList<>();
        texts.add(new String[] {"seed", Fixtures.seedDraft()});
        texts.add(new String[] {"seed x40", new String(draftOf(40 * 9600), StandardCharsets.UTF_8)});
        for (String name : List.of("reference/citing-passages.md", "reference/draft-report-A_AC.292_2024_L.1-es.md")) {
            texts.add(new String[] {name, resource(name)});
        }
        for (String name : List.of("corpus/passages/passages.jsonl", "corpus/heldout/passages/passages.jsonl",
                "corpus/round2/passages/passages.jsonl")) {
            StringBuilder all = new StringBuilder();
            for (String line : resource(name).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode p = json.readTree(line);
                String text = p.get("text").asText();
                texts.add(new String[] {name + " " + p.get("id").asText(), text});
                all.append(text).append(all.length() % 3 == 0 ? "\n\n" : "\n");
            }
            texts.add(new String[] {name + " all", all.toString()});
        }
        for (String[] t : texts) {
            byte[] body = t[1].getBytes(StandardCharsets.UTF_8);
            for (DraftFormat f : List.of(DraftFormat.MARKDOWN, DraftFormat.HTML, DraftFormat.PLAIN)) {
                for (Optional<Language> lang : List.of(Optional.<Language>empty(), Optional.of(Language.ES),
                        Optional.of(Language.AR))) {
                    DraftChecker.Checked c = check(body, f, lang);
                    out.println(t[0] + " " + f + " " + lang.map(Language::code).orElse("-") + " "
                            + json.writeValueAsString(c.report()) + " " + json.writeValueAsString(c.referenceViews())
                            + " " + json.writeValueAsString(c.links()));
                }
            }
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DraftCheckTiming.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
