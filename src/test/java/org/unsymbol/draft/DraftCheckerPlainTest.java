package org.unsymbol.draft;

import io.quarkus.runtime.configuration.MemorySize;
import org.junit.jupiter.api.Test;
import org.unsymbol.lang.Language;
import org.unsymbol.platform.http.PublicBaseUrl;
import org.unsymbol.symbol.SymbolParser;
import org.unsymbol.testing.PlainResolver;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The draft checker's decisions in plain JUnit (no Quarkus, no database): the catalogue is a map behind a lambda
 * ({@link PlainResolver}). DraftApiTest checks the same over HTTP and PostgreSQL.
 */
class DraftCheckerPlainTest {

    private static DraftsConfig config(int maxReferences) {
        return new DraftsConfig() {
            public int maxReferences() { return maxReferences; }
            public int maxTextChars() { return 2_000_000; }
            public MemorySize maxInflatedBytes() { return new MemorySize(java.math.BigInteger.valueOf(32L << 20)); }
            public int maxPdfPages() { return 2000; }
            public int maxPdfOperators() { return 2_000_000; }
            public int maxPdfGlyphsPerPage() { return 50_000; }
            public Duration maxExtractionTime() { return Duration.ofSeconds(10); }
            public OptionalInt maxConcurrentExtractions() { return OptionalInt.of(1); }
            public List<String> linkHosts() { return List.of("un.org", "undocs.org"); }
        };
    }

    private static DraftChecker checker(PlainResolver p, int maxReferences) {
        DraftLinks links = new DraftLinks(p.resolver, new PublicBaseUrl(Optional.of("https://unsymbol.example.org"), null));
        return new DraftChecker(SymbolParser.standard(), p.resolver, links, config(maxReferences));
    }

    private static final String DRAFT = """
            Recordando su resolución 75/240, de 31 de diciembre de 2020, y el informe del Secretario General \
            (A/78/265), así como el documento A/78/999, el documento de sesión A/AC.292/2024/CRP.X y el \
            documento A/78/0, y de nuevo la resolución 75/240 y el documento E/2023/1.
            """;

    @Test
    void eachReferenceGetsItsStatusAndLinkFromOneCatalogueRoundTrip() {
        PlainResolver p = new PlainResolver()
                .with("A/RES/75/240", Language.EN, Language.EN, Language.ES)
                .with("A/78/265", Language.EN, Language.EN, Language.ES)
                .with("E/2023/1", Language.EN, Language.EN, Language.FR);
        DraftReport report = checker(p, 10_000).check(DRAFT, Optional.of(Language.ES), LinkTarget.RESOLVER).report();

        assertEquals(1, p.roundTrips.size(), "one catalogue query for the whole draft");
        assertEquals(List.of("A/RES/75/240", "A/78/265", "A/78/999", "A/AC.292/2024/CRP.X", "A/78/0",
                        "A/RES/75/240", "E/2023/1"),
                report.references().stream().map(DraftReference::symbol).toList());
        assertEquals(List.of(DraftStatus.FOUND, DraftStatus.FOUND, DraftStatus.UNKNOWN, DraftStatus.PLACEHOLDER,
                        DraftStatus.MALFORMED, DraftStatus.FOUND, DraftStatus.FOUND),
                report.references().stream().map(DraftReference::status).toList());
        DraftReference resolution = report.references().get(0);
        assertTrue(resolution.derived(), "built from 'resolución 75/240'");
        assertEquals("https://unsymbol.example.org/r/es/A/RES/75/240", resolution.link());
        assertEquals("Title of A/RES/75/240 in es", resolution.title());
        assertNull(report.references().get(3).link(), "a placeholder is never linked");
        assertNull(report.references().get(4).link(), "nor a malformed symbol");
        assertNotNull(report.references().get(4).note());

        assertEquals(new DraftSummary(7, 4, 1, 1, 1, 1, 0), report.summary());
        assertEquals(new DraftSummary(6, 3, 1, 1, 1, 1, 0), report.distinct(), "75/240 counted once");
        assertEquals("es", report.language());
    }

    @Test
    void aDocumentTheCatalogueLacksInTheDraftsLanguageIsFoundWithANote() {
        PlainResolver p = new PlainResolver().with("E/2023/1", Language.EN, Language.EN, Language.FR);
        DraftReference r = checker(p, 10_000).check("Véase el documento E/2023/1.", Optional.of(Language.ES),
                LinkTarget.RESOLVER).report().references().get(0);
        assertEquals(DraftStatus.FOUND, r.status());
        assertEquals(List.of("en", "fr"), r.availableLanguages());
        assertNotNull(r.note());
        assertEquals("Title of E/2023/1 in en", r.title(), "the original's title when there is none in es");
    }

    @Test
    void pastTheReferenceLimitTheReportSaysWhereItStopped() {
        PlainResolver p = new PlainResolver();
        DraftReport report = checker(p, 2).check("A/78/1, A/78/2 y A/78/3.", Optional.of(Language.ES),
                LinkTarget.RESOLVER).report();
        assertEquals(2, report.references().size());
        assertNotNull(report.truncated());
        assertEquals(2, report.truncated().limit());
        assertEquals("A/78/1, A/78/2 y ".length(), report.truncated().stoppedAt());
    }

    @Test
    void aDraftWithoutSymbolsAsksNoCatalogue() {
        PlainResolver p = new PlainResolver();
        DraftReport report = checker(p, 10_000).check("Nada que citar aquí, salvo el 12 de mayo de 2024.",
                Optional.empty(), LinkTarget.UNDOCS).report();
        assertTrue(report.references().isEmpty());
        assertTrue(p.roundTrips.isEmpty());
    }
}
