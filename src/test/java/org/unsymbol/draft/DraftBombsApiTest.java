package org.unsymbol.draft;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.unsymbol.testing.Bombs;
import org.unsymbol.testing.WithDatabase;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bombs of issue 11 posted to the running service: each is answered with the problem of the budget it hits
 * (never a 200 after minutes, never an OutOfMemoryError), the service stays live, and Word/PDF reads beyond the
 * extraction slots are refused at once with 503 + Retry-After.
 */
@QuarkusTest
@WithDatabase
class DraftBombsApiTest {

    private static final String PDF = "application/pdf";

    @Inject
    DraftExtractions extractions;

    private static void refused(byte[] bomb, String type, int status, String code, String budget) {
        long t = System.nanoTime();
        given().contentType(type).body(bomb).post("/api/v1/drafts/check").then().statusCode(status)
                .contentType("application/problem+json").body("code", equalTo(code))
                .body("budget", equalTo(budget)).body("limit", notNullValue())
                .body("detail", containsString("Budget '" + budget + "'"));
        long ms = (System.nanoTime() - t) / 1_000_000;
        assertTrue(ms < 15_000, code + " after " + ms + " ms");
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void aPdfOfTwoMillionTextOperatorsIsRefusedByItsBudget() {
        refused(Bombs.pdfTextOperators(2_000_000), PDF, 422, "DRAFT_TOO_COMPLEX", "glyphs-per-page");
    }

    @Test
    void aPdfFlateBombIsRefusedByItsBudget() {
        refused(Bombs.pdfFlateBomb(1L << 30), PDF, 422, "DRAFT_TOO_COMPLEX", "inflated-bytes");
    }

    @Test
    void aDocxWhoseDocumentXmlInflatesTo95MbIsRefusedByItsBudget() {
        refused(Bombs.docxHugeDocumentXml(95L << 20), DraftFormat.DOCX_TYPE, 413, "DRAFT_TEXT_TOO_LARGE",
                "characters");
    }

    @Test
    void extractionsBeyondTheSlotsAre503WithRetryAfterAndTextIsNotHeldUp() throws Exception {
        byte[] docx = DraftFiles.docx(List.of(List.of("Véase el documento A/78/265.")));
        int slots = extractions.slots();
        CountDownLatch taken = new CountDownLatch(slots);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(slots);
        List<Future<?>> holders = new ArrayList<>();
        try {
            for (int i = 0; i < slots; i++) {
                holders.add(pool.submit(() -> extractions.run(() -> {
                    taken.countDown();
                    try {
                        return release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                })));
            }
            assertTrue(taken.await(10, TimeUnit.SECONDS), "every slot taken");
            for (String type : List.of(DraftFormat.DOCX_TYPE, PDF)) {
                byte[] body = type.equals(PDF) ? DraftFiles.pdf(List.of("A/78/265")) : docx;
                long sent = System.nanoTime();
                Response r = given().contentType(type).body(body).post("/api/v1/drafts/check");
                long heldMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);
                r.then().statusCode(503).contentType("application/problem+json")
                        .body("code", equalTo("DRAFT_EXTRACTION_BUSY")).body("slots", equalTo(slots))
                        .header("Retry-After", "1");
                // held for unsymbol.limits.busy-hold (500 ms) before it is sent: a client that posts again the moment
                // it is answered is paced, instead of making the service answer hundreds of refusals a second
                assertTrue(heldMs >= 450, "the refusal came after " + heldMs + " ms");
            }
            given().contentType("text/plain").body("Véase el documento A/78/265.").post("/api/v1/drafts/check")
                    .then().statusCode(200).body("references[0].symbol", equalTo("A/78/265"));
            // refused before the body is read: 19 MB announced, none sent, and the answer comes after the hold alone
            String answer = headOnly("POST /api/v1/drafts/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                    + PDF + "\r\nContent-Length: " + (19 << 20) + "\r\n\r\n");
            assertTrue(answer.startsWith("HTTP/1.1 503"), answer);
            assertTrue(answer.contains("DRAFT_EXTRACTION_BUSY"), answer);
        } finally {
            release.countDown();
            for (Future<?> f : holders) {
                f.get(10, TimeUnit.SECONDS);
            }
            pool.shutdownNow();
        }
        given().contentType(DraftFormat.DOCX_TYPE).body(docx).post("/api/v1/drafts/check?lang=es").then()
                .statusCode(200).body("references[0].symbol", equalTo("A/78/265"));
    }

    /** Sends a request head without its body and reads what comes back within 5 s (empty if nothing). */
    private static String headOnly(String head) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            try {
                for (int n; (n = socket.getInputStream().read(buffer)) > 0; ) {
                    got.write(buffer, 0, n);
                    if (got.toString(java.nio.charset.StandardCharsets.UTF_8).contains("}")) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException e) {
                // nothing more came: the server was still waiting for the body
            }
            return got.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
