package org.unsymbol.linkhealth;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unsymbol.links.LinkState.Status;
import org.unsymbol.testing.FakeFileHost;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The check of one URL against a file host on loopback (plain JUnit, no Quarkus). */
class LinkProbeTest {

    private static FakeFileHost host;
    private static LinkProbe probe;
    private static final Duration TIMEOUT = Duration.ofMillis(2000);
    /** ODS's error page, where its api/symbol/access sends what it does not have (the default not-found-redirects). */
    private static final String ODS_ERROR = "https://documents.un.org/error";

    @BeforeAll
    static void start() {
        host = new FakeFileHost();
        probe = new LinkProbe(Set.of("127.0.0.1"), TIMEOUT, 3, "unsymbol-test",
                List.of("not found", "introuvable"), List.of(ODS_ERROR));
        probe.probe(host.url("/files/gone")); // the HTTP client's first use costs more than a check on a loaded machine
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void aRealPdfIsOkFromItsFirstBytesOnly() {
        LinkProbe.Outcome o = probe.probe(host.url("/files/report.pdf"));
        assertEquals(Status.OK, o.status(), o.toString());
        assertEquals("pdf", o.contentKind());
        assertEquals(206, o.httpStatus(), "a ranged GET, answered by the range");
        FakeFileHost.Request r = host.requestsTo("/files/report.pdf").get(0);
        assertEquals("bytes=0-4095", r.range());
        assertEquals("unsymbol-test", r.userAgent());
        assertTrue(FakeFileHost.PDF.length > 0);
    }

    @Test
    void wordFilesAreOkByTheirMagicBytes() {
        LinkProbe.Outcome docx = probe.probe(host.url("/files/report.docx"));
        assertEquals(Status.OK, docx.status(), docx.toString());
        assertEquals("docx", docx.contentKind());
        LinkProbe.Outcome doc = probe.probe(host.url("/files/report.doc"));
        assertEquals(Status.OK, doc.status(), doc.toString());
        assertEquals("doc", doc.contentKind());
    }

    @Test
    void anHtmlNotFoundPageWithStatus200IsMissing() {
        LinkProbe.Outcome o = probe.probe(host.url("/files/not-found-page"));
        assertEquals(Status.MISSING, o.status(), o.toString());
        assertEquals(200, o.httpStatus());
        assertEquals("html", o.contentKind());
        assertTrue(o.detail().contains("not found"), o.detail());
    }

    @Test
    void anotherHtmlPageIsNotKnownMissingOnlyFailing() {
        // a JavaScript challenge or a landing page says nothing about the file: never a reason to fall back
        LinkProbe.Outcome o = probe.probe(host.url("/files/other-page"));
        assertEquals(Status.FAILING, o.status(), o.toString());
        assertEquals("html", o.contentKind());
    }

    @Test
    void a404IsMissingAndA503IsFailing() {
        LinkProbe.Outcome gone = probe.probe(host.url("/files/gone"));
        assertEquals(Status.MISSING, gone.status());
        assertEquals(404, gone.httpStatus());
        LinkProbe.Outcome busy = probe.probe(host.url("/files/unavailable"));
        assertEquals(Status.FAILING, busy.status());
        assertEquals(503, busy.httpStatus());
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsFailingAfterTheTimeout() {
        long start = System.nanoTime();
        LinkProbe.Outcome o = probe.probe(host.url("/files/slow"));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(Status.FAILING, o.status(), o.toString());
        assertNull(o.httpStatus());
        assertTrue(o.detail().contains("no answer within 2000 ms"), o.detail());
        assertTrue(ms >= 1_900 && ms < 6_000, "bounded by the timeout, not by the server's 8 s: " + ms + " ms");
    }

    @Test
    void aRedirectOffTheAllowedHostsIsRefusedAndNeverFollowed() {
        LinkProbe.Outcome o = probe.probe(host.url("/files/to-elsewhere"));
        assertEquals(Status.REFUSED, o.status(), o.toString());
        assertTrue(o.detail().contains("evil.example"), o.detail());
        assertEquals("http://evil.example/report.pdf", o.finalUrl());
        // the same server under another host name is another host
        int before = host.requestsTo("/files/report.pdf").size();
        LinkProbe.Outcome local = probe.probe(host.url("/files/to-localhost"));
        assertEquals(Status.REFUSED, local.status(), local.toString());
        assertEquals(before, host.requestsTo("/files/report.pdf").size(), "the refused target was not fetched");
    }

    @Test
    void aRedirectWithinTheAllowedHostsIsFollowed() {
        LinkProbe.Outcome o = probe.probe(host.url("/files/to-report"));
        assertEquals(Status.OK, o.status(), o.toString());
        assertEquals(host.url("/files/report.pdf"), o.finalUrl());
    }

    @Test
    void aRedirectLoopStopsAtTheBound() {
        LinkProbe.Outcome o = probe.probe(host.url("/files/loop"));
        assertEquals(Status.FAILING, o.status(), o.toString());
        assertTrue(o.detail().contains("more than 3 redirects"), o.detail());
    }

    @Test
    void aUrlOnAHostNotAllowedIsRefusedWithoutARequest() {
        int before = host.requests.size();
        LinkProbe.Outcome o = probe.probe("https://documents.un.org/api/symbol/access?s=A/78/265&l=en&t=pdf");
        assertEquals(Status.REFUSED, o.status());
        assertEquals(before, host.requests.size());
        assertEquals(Status.REFUSED, probe.probe("ftp://127.0.0.1/x.pdf").status());
    }

    @Test
    void odsAnswersAnUnknownSymbolWithAn200HtmlPageWhichIsMissing() {
        host.serve("A/78/265", "en", "pdf", FakeFileHost.PDF);
        assertEquals(Status.OK, probe.probe(host.url("/ods?s=A/78/265&l=en&t=pdf")).status());
        assertEquals(Status.MISSING, probe.probe(host.url("/ods?s=A/78/265&l=fr&t=pdf")).status());
    }

    /*
     * What ODS's api/symbol/access really answers, as a public harvester of it recorded
     * (un-fck/digitallibrary.unfck.org: python/fulltext_fetch.py, fetch_ods, "ODS pseudo-redirect (archive PDFs):
     * 200 text/plain 'Found. Redirecting to /doc/UNDOC/.../NRxxxxx.PDF'"; docs/_research/adversarial-numbers.md,
     * a probe with a positive control: "A/RES/80/1 -> Found. Redirecting to
     * /doc/UNDOC/GEN/N25/246/52/PDF/N2524652.PDF" and
     * "A/DEC/47/320 -> Found. Redirecting to https://documents.un.org/error", ten absent symbols all answered so).
     * Not an HTTP redirect: the body of a 200. Before this was read, every check of the resolver's own ODS PDF
     * template was "neither a PDF nor a Word file", failing, whatever ODS had.
     */
    @Test
    void odsPseudoRedirectBodiesAreReadAsRedirects() {
        assertEquals("/doc/UNDOC/GEN/N25/246/52/PDF/N2524652.PDF", LinkProbe.pseudoRedirect(
                "Found. Redirecting to /doc/UNDOC/GEN/N25/246/52/PDF/N2524652.PDF".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ODS_ERROR, LinkProbe.pseudoRedirect(
                "Found. Redirecting to https://documents.un.org/error".getBytes(StandardCharsets.UTF_8)));
        assertNull(LinkProbe.pseudoRedirect(FakeFileHost.PDF));
        assertNull(LinkProbe.pseudoRedirect(FakeFileHost.NOT_FOUND_PAGE.getBytes(StandardCharsets.UTF_8)));
        assertNull(LinkProbe.pseudoRedirect("Found. Redirecting to two words".getBytes(StandardCharsets.UTF_8)));
        assertNull(LinkProbe.pseudoRedirect("Found. Redirecting to ".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void odsApiSymbolAccessInItsRealShapeIsOkForAFileAndMissingForItsErrorPage() {
        host.serve("A/RES/80/1", "en", "pdf", FakeFileHost.PDF);
        int before = host.requests.size();
        LinkProbe.Outcome found = probe.probe(host.url("/api/symbol/access?s=A/RES/80/1&l=en&t=pdf"));
        assertEquals(Status.OK, found.status(), found.toString());
        assertEquals("pdf", found.contentKind());
        assertTrue(found.finalUrl().matches(".*/doc/UNDOC/GEN/N\\d{2}/\\d{3}/\\d{2}/PDF/N\\d{7}\\.PDF"),
                found.finalUrl());
        assertEquals(2, host.requests.size() - before, "the access URL, then the file it names");

        LinkProbe.Outcome absent = probe.probe(host.url("/api/symbol/access?s=A/DEC/47/320&l=en&t=pdf"));
        assertEquals(Status.MISSING, absent.status(), absent.toString());
        assertEquals(200, absent.httpStatus());
        assertEquals(ODS_ERROR, absent.finalUrl());
        assertTrue(absent.detail().contains("not found"), absent.detail());

        // the error page is known by its address, not fetched (documents.un.org is not even an allowed host here);
        // without it configured the same answer is only a redirect off the allowed hosts: refused, not missing
        LinkProbe plain = new LinkProbe(Set.of("127.0.0.1"), TIMEOUT, 3, "unsymbol-test", List.of("not found"),
                List.of());
        assertEquals(Status.REFUSED, plain.probe(host.url("/api/symbol/access?s=A/DEC/47/320&l=en&t=pdf")).status());
        // a redirect to a page merely under the error page's address is not it
        assertFalse(probe.notFoundTarget(ODS_ERROR + "s/elsewhere"));
        assertTrue(probe.notFoundTarget(ODS_ERROR + "?from=access"));
    }
}
