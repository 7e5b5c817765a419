package org.unsymbol.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.unsymbol.testing.WithDatabase;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithDatabase
class EdgeTest {

    @Test
    void aRequestIdIsEchoedOrMade() {
        given().header("X-Request-Id", "draft-check-42").get("/api/v1/ping").then().statusCode(200)
                .header("X-Request-Id", "draft-check-42");
        given().get("/api/v1/ping").then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().header("X-Request-Id", "bad id\twith <chars>").get("/api/v1/ping").then()
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().get("/no/such/path").then().statusCode(404).header("X-Request-Id", notNullValue());
    }

    @Test
    void anOversizedBodyIsA413ProblemBeforeItIsRead() {
        String big = "[\"" + "A/78/265\",\"".repeat(120_000) + "A/78/265\"]";
        given().contentType(ContentType.JSON).body(big).post("/api/v1/resolve").then().statusCode(413)
                .contentType("application/problem+json")
                .body("code", equalTo("PAYLOAD_TOO_LARGE"))
                .body("limit", equalTo(1048576));
    }

    /** A declared 300 MB body to paths that route to 1 MB endpoints, however the path is spelled. */
    @Test
    void bodyLimitsAreDecidedOnTheRoutedPath() throws Exception {
        for (String path : List.of("/q/../api/v1/resolve", "/api/v1/imports/../resolve", "/api/v1/imports/%2e%2e/resolve",
                "/api/v1/imports/./../symbols/validate", "/api/v1/drafts/../resolve", "/api/v1/drafts/%2E%2E/resolve",
                "/api/v1/imports/..%2Fresolve", "/api/v1/imports%2F..%2Fresolve", "/api/v1/%69mports/../resolve",
                "/api/v1/imports/x/..%2F..%2Fresolve", "/api/v1/imports;/../resolve")) {
            RawHttp.Answer answer = RawHttp.send("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 314572800\r\nConnection: close", null);
            assertEquals(413, answer.status(), path + " -> " + answer);
            assertTrue(answer.body().contains("\"PAYLOAD_TOO_LARGE\"") && answer.body().contains("\"limit\":1048576"),
                    path + " -> " + answer.body());
        }
    }

    /** A chunked body (no length to refuse up front) is cut at the routed endpoint's limit while it is read. */
    @Test
    void aChunkedBodyIsCutAtTheRoutedEndpointsLimit() throws Exception {
        byte[] padding = new byte[64 * 1024];
        java.util.Arrays.fill(padding, (byte) ' ');
        java.io.ByteArrayOutputStream chunks = new java.io.ByteArrayOutputStream();
        byte[] open = "[\"A/78/265\"".getBytes(StandardCharsets.US_ASCII);
        chunks.write((Integer.toHexString(open.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        chunks.write(open);
        chunks.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < 32; i++) { // 2 MB of whitespace inside a valid array
            chunks.write((Integer.toHexString(padding.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            chunks.write(padding);
            chunks.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        chunks.write("1\r\n]\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        RawHttp.Answer answer = RawHttp.send("POST /api/v1/imports/../symbols/validate HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close",
                chunks.toByteArray());
        assertEquals(413, answer.status(), answer.toString());
    }

    /**
     * Vert.x 4.5 closes the connection as soon as the chunk decoder fails (Http1xServerConnection.handleError calls
     * fail(), which closes the channel) and offers no hook before it: nothing can be answered. What must hold: the
     * request is not served, and the next one is.
     */
    @Test
    void aBrokenChunkedBodyIsNotServedAndTheServiceGoesOn() throws Exception {
        try {
            RawHttp.Answer answer = RawHttp.send("POST /api/v1/symbols/validate HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close",
                    "5\r\n[\"A/7\r\nzz-not-a-size\r\n8/265\"]\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertTrue(answer.status() >= 400, answer.toString());
        } catch (java.io.IOException closedWithoutAnswer) {
            // what Vert.x does today
        }
        given().get("/api/v1/ping").then().statusCode(200);
    }

    @Test
    void anOverlongUriIsA414Problem() throws Exception {
        RawHttp.Answer answer = RawHttp.get("/api/v1/symbols/A/" + "7".repeat(6000));
        assertEquals(414, answer.status(), answer.toString());
        assertEquals("application/problem+json", answer.header("Content-Type"));
        assertTrue(answer.body().contains("\"code\":\"URI_TOO_LONG\""), answer.body());
    }

    @Test
    void oversizedHeadersAreA431Problem() throws Exception {
        RawHttp.Answer answer = RawHttp.get("/api/v1/ping", "X-Padding: " + "x".repeat(30_000));
        assertEquals(431, answer.status(), answer.toString());
        assertEquals("application/problem+json", answer.header("Content-Type"));
        assertTrue(answer.body().contains("\"code\":\"HEADERS_TOO_LARGE\""), answer.body());
    }

    @Test
    void a405NamesTheMethodsThePathSupports() {
        Map<String, String> expected = Map.of(
                "/api/v1/symbols/validate", "GET, HEAD, OPTIONS, POST", // GET parses "validate" as a symbol
                "/api/v1/resolve", "OPTIONS, POST",
                "/api/v1/documents/A/78/265", "DELETE, GET, HEAD, OPTIONS, PATCH, PUT",
                "/api/v1/ping", "GET, HEAD, OPTIONS");
        expected.forEach((path, allow) -> given().header("Authorization", "Bearer test-key")
                .contentType(ContentType.JSON).body("[]").request("PROPFIND", path)
                .then().statusCode(405).header("Allow", allow)
                .contentType("application/problem+json").body("code", equalTo("METHOD_NOT_ALLOWED")));
        given().delete("/api/v1/resolve/A/78/265").then().statusCode(405).header("Allow", "GET, HEAD, OPTIONS");
        given().get("/api/v1/resolve").then().statusCode(405).header("Allow", "OPTIONS, POST");
    }

    @Test
    void browsersOnOtherOriginsMayCallTheReadApi() {
        given().header("Origin", "https://drafts.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/resolve/A/78/265").then()
                .header("Access-Control-Allow-Origin", "https://drafts.example")
                .header("Access-Control-Allow-Methods", containsString("GET"));
        given().header("Origin", "https://drafts.example").get("/api/v1/ping").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://drafts.example")
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Remaining"));
    }

    @Test
    void everyApiAnswerCarriesTheRateLimitHeaders() {
        given().get("/api/v1/ping").then().header("RateLimit-Limit", "20000")
                .header("RateLimit-Remaining", notNullValue()).header("RateLimit-Reset", notNullValue());
    }
}
