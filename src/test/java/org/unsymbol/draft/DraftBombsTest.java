package org.unsymbol.draft;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.ProblemException;
import org.unsymbol.testing.Bombs;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Word and PDF bombs, read on this thread with the shipped default budgets: each is stopped by the budget it hits,
 * within a bounded time and a bounded number of bytes allocated by the reading thread (what the JVM counts for it,
 * garbage included; the old readers allocated gigabytes for the same files).
 */
class DraftBombsTest {

    /** Generous next to what the budgets allow (32 MB inflated, 2M characters, 50k glyphs on a page). */
    private static final long MAX_ALLOCATED = 384L << 20;
    private static final long MAX_MILLIS = 10_000;

    private static final DraftsConfig DEFAULTS = defaults();

    private static DraftsConfig defaults() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withConverter(MemorySize.class, 100, new MemorySizeConverter())
                .withConverter(Duration.class, 100, new DurationConverter())
                .withMapping(DraftsConfig.class).build();
        return config.getConfigMapping(DraftsConfig.class);
    }

    private record Outcome(ProblemException problem, long allocated, long millis) {
    }

    private static Outcome refused(Supplier<byte[]> bomb, DraftFormat format) {
        byte[] body = bomb.get();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        long cpu = threads.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        ProblemException e = assertThrows(ProblemException.class,
                () -> DraftReader.read(body, format, null, DraftBudget.of(DEFAULTS)));
        long millis = (System.nanoTime() - t) / 1_000_000;
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        long cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        System.out.printf("%s bomb of %,d bytes: %s %s in %d ms (%d ms CPU), %,d bytes allocated%n", format,
                body.length, e.problem().getCode(), e.problem().getExtensions().get("budget"), millis, cpuMillis,
                allocated);
        assertTrue(millis < MAX_MILLIS, millis + " ms");
        assertTrue(allocated < MAX_ALLOCATED, allocated + " bytes allocated");
        return new Outcome(e, allocated, millis);
    }

    private static void budget(Outcome o, ErrorCode code, String budget) {
        assertEquals(code.name(), o.problem().problem().getCode());
        assertEquals(budget, o.problem().problem().getExtensions().get("budget"));
        assertTrue(o.problem().problem().getExtensions().get("limit") instanceof Number);
    }

    @Test
    void aPdfOfTwoMillionTextOperatorsStopsAtTheGlyphBudget() {
        Outcome o = refused(() -> Bombs.pdfTextOperators(2_000_000), DraftFormat.PDF);
        budget(o, ErrorCode.DRAFT_TOO_COMPLEX, "glyphs-per-page");
        // counted before any glyph is built (the extraction built 50,000 of them first: ~57 MB allocated)
        assertTrue(o.allocated() < 32L << 20, o.allocated() + " bytes allocated");
    }

    /**
     * Under six clients posting bombs, this bomb's dry run through PDFBox's tokenizer was most of the garbage the
     * collector cleared (~12 MB a request): the page is proved over the glyph budget from its bytes instead.
     */
    @Test
    void aPdfOfTwoMillionTextOperatorsIsRefusedWithoutPdfboxTokens() {
        Outcome o = refused(() -> Bombs.pdfTextOperators(2_000_000), DraftFormat.PDF);
        budget(o, ErrorCode.DRAFT_TOO_COMPLEX, "glyphs-per-page");
        assertTrue(o.allocated() < 2L << 20, o.allocated() + " bytes allocated");
    }

    /** The glyph count that stops a page early is the extraction's own, and the operator budget keeps its turn. */
    @Test
    void theGlyphBudgetStopsAtTheSameGlyphAndAfterTheOperatorBudget() {
        DraftBudget thousand = new DraftBudget(5_000_000, 64L << 20, 2000, 5_000_000, 1000, 10_000_000_000L);
        String text = DraftReader.read(Bombs.pdfTextOperators(1000), DraftFormat.PDF, null, thousand);
        assertEquals(1000, text.chars().filter(c -> c == 'A').count(), "a page of exactly the budget is read");
        ProblemException over = assertThrows(ProblemException.class, () -> DraftReader.read(
                Bombs.pdfTextOperators(1001), DraftFormat.PDF, null,
                new DraftBudget(5_000_000, 64L << 20, 2000, 5_000_000, 1000, 10_000_000_000L)));
        assertEquals("glyphs-per-page", over.problem().getExtensions().get("budget"));
        assertEquals("A page of the PDF draws more than 1000 glyphs, which no page of text does. Budget "
                + "'glyphs-per-page': 1000 glyphs on one PDF page.", over.problem().getDetail());
        byte[] pdf = Bombs.pdfTextOperators(50_000);
        // glyph 30,001 comes after operator 20,000: the operator budget speaks first, as in the extraction
        ProblemException operators = assertThrows(ProblemException.class, () -> DraftReader.read(pdf,
                DraftFormat.PDF, null, new DraftBudget(5_000_000, 64L << 20, 2000, 20_000, 30_000, 10_000_000_000L)));
        assertEquals("operators", operators.problem().getExtensions().get("budget"));
        ProblemException glyphs = assertThrows(ProblemException.class, () -> DraftReader.read(pdf,
                DraftFormat.PDF, null, new DraftBudget(5_000_000, 64L << 20, 2000, 40_000, 30_000, 10_000_000_000L)));
        assertEquals("glyphs-per-page", glyphs.problem().getExtensions().get("budget"));
    }

    @Test
    void aPdfWhoseContentStreamInflatesToAGigabyteStopsBeforePdfboxReadsIt() {
        budget(refused(() -> Bombs.pdfFlateBomb(1L << 30), DraftFormat.PDF), ErrorCode.DRAFT_TOO_COMPLEX,
                "inflated-bytes");
    }

    @Test
    void aDocxWhoseDocumentXmlInflatesTo95MbStopsAtTheCharacterBudget() {
        budget(refused(() -> Bombs.docxHugeDocumentXml(95L << 20), DraftFormat.DOCX), ErrorCode.DRAFT_TEXT_TOO_LARGE,
                "characters");
    }

    @Test
    void aDocxOfHugeMarkupWithoutTextStopsAtTheInflationBudget() {
        budget(refused(() -> Bombs.docxHugeMarkup(80L << 20), DraftFormat.DOCX), ErrorCode.DRAFT_TOO_COMPLEX,
                "inflated-bytes");
    }

    @Test
    void theOperatorAndTimeBudgetsStopAPdfToo() {
        byte[] pdf = Bombs.pdfTextOperators(50_000);
        ProblemException ops = assertThrows(ProblemException.class, () -> DraftReader.read(pdf, DraftFormat.PDF, null,
                new DraftBudget(5_000_000, 64L << 20, 2000, 10_000, 100_000, 10_000_000_000L)));
        assertEquals("operators", ops.problem().getExtensions().get("budget"));
        ProblemException time = assertThrows(ProblemException.class, () -> DraftReader.read(pdf, DraftFormat.PDF,
                null, new DraftBudget(5_000_000, 64L << 20, 2000, 5_000_000, 100_000, 1)));
        assertEquals("time-ms", time.problem().getExtensions().get("budget"));
        ProblemException chars = assertThrows(ProblemException.class, () -> DraftReader.read(pdf, DraftFormat.PDF,
                null, new DraftBudget(1_000, 64L << 20, 2000, 5_000_000, 100_000, 10_000_000_000L)));
        assertEquals("DRAFT_TEXT_TOO_LARGE", chars.problem().getCode());
    }

    @Test
    void ordinaryWordAndPdfDraftsReadWithinTheDefaults() throws Exception {
        byte[] docx = DraftFiles.docx(List.of(List.of("Informe"),
                List.of("Véase el documento A/78/", "265 y la resolución ", "75/240.")));
        String text = DraftReader.read(docx, DraftFormat.DOCX, null, DraftBudget.of(DEFAULTS));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor poi = new XWPFWordExtractor(doc)) {
            assertEquals(poi.getText(), text, "the streaming reader gives POI's text for a plain document");
        }
        assertEquals("Informe\nVéase el documento A/78/265 y la resolución 75/240.\n", text);
        String pdf = DraftReader.read(DraftFiles.pdf(List.of("See document A/78/265 and")), DraftFormat.PDF, null,
                DraftBudget.of(DEFAULTS));
        assertTrue(pdf.contains("See document A/78/265 and"), pdf);
    }
}
