package org.unsymbol.catalogue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.unsymbol.testing.WithDatabase;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unsymbol.catalogue.CatalogueTestData.KEY;
import static org.unsymbol.catalogue.CatalogueTestData.document;
import static org.unsymbol.catalogue.CatalogueTestData.uniqueSymbol;
import static org.unsymbol.catalogue.CatalogueTestData.writer;

/**
 * Input PostgreSQL cannot store, JSON that is not an object, over-long symbols and mistyped parameters: each a 400-class
 * problem with a stable code that names what was wrong, never a 500, and in an import never the loss of good lines.
 */
@QuarkusTest
@WithDatabase
class HostileInputTest {

    private static final String DOCS = "/api/v1/documents/";

    // ---- NUL (defect 6) ------------------------------------------------------------------------------------------

    @Test
    void aNulInAnyQueryParameterIsA400NamingIt() {
        for (String parameter : List.of("q", "prefix", "body", "session", "kind", "year", "cursor")) {
            given().urlEncodingEnabled(false).get("/api/v1/documents?" + parameter + "=A%00B")
                    .then().statusCode(400).contentType(startsWith("application/problem+json"))
                    .body("code", equalTo("INVALID_CHARACTER")).body("parameter", equalTo(parameter));
        }
        given().urlEncodingEnabled(false).get("/api/v1/exports?format=ndjson&q=x%00").then().statusCode(400)
                .body("code", equalTo("INVALID_CHARACTER")).body("parameter", equalTo("q"));
    }

    @Test
    void aCursorThatDecodesToANulIsA400() {
        String cursor = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("k:A\u0000B".getBytes(StandardCharsets.UTF_8));
        given().get("/api/v1/documents?cursor=" + cursor).then().statusCode(400)
                .body("code", equalTo("INVALID_PARAMETER")).body("parameter", equalTo("cursor"));
    }

    @Test
    void aNulInAStringFieldOfAPutOrPatchIsA400NamingTheField() {
        String symbol = uniqueSymbol();
        writer().body(document(symbol, "bad\\u0000title")).put(DOCS + symbol).then().statusCode(400)
                .body("code", equalTo("INVALID_CHARACTER")).body("field", equalTo("/versions/en/title"));
        writer().body(document(symbol, "good")).put(DOCS + symbol).then().statusCode(201);
        writer().contentType("application/merge-patch+json").body("{\"subjects\": [\"A\", \"B\\u0000\"]}")
                .patch(DOCS + symbol).then().statusCode(400)
                .body("code", equalTo("INVALID_CHARACTER")).body("field", equalTo("/subjects/1"));
        writer().contentType("application/merge-patch+json").body("{\"body\": \"x\\u0000\"}")
                .patch(DOCS + symbol).then().statusCode(400).body("field", equalTo("/body"));
    }

    @Test
    void aNulInAnImportLineRejectsThatLineOnly() {
        String a = uniqueSymbol();
        String b = uniqueSymbol();
        String body = line(a, "first") + "\n" + line(uniqueSymbol(), "x\\u0000y") + "\n" + line(b, "third") + "\n";
        ImportResourceTest.post("application/x-ndjson", body).then().statusCode(200)
                .body("created", equalTo(2)).body("rejected.line", contains(2))
                .body("rejected.code", contains("INVALID_CHARACTER"));
    }

    // ---- JSON that is not an object (defect 7) -------------------------------------------------------------------

    @Test
    void aPutOrPatchBodyThatIsNotAnObjectIsA400() {
        String symbol = uniqueSymbol();
        writer().body(document(symbol, "exists")).put(DOCS + symbol).then().statusCode(201);
        for (String body : List.of("null", "[]", "[1]", "1", "\"x\"", "true")) {
            writer().body(body).put(DOCS + symbol).then().statusCode(400)
                    .contentType(startsWith("application/problem+json")).body("code", equalTo("MALFORMED_JSON"));
            writer().contentType("application/merge-patch+json").body(body).patch(DOCS + symbol)
                    .then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));
        }
        given().get(DOCS + symbol).then().statusCode(200).body("versions.en.title", equalTo("exists"));
    }

    @Test
    void aNonObjectImportLineIsRejectedAndTheRestIsImported() {
        StringBuilder body = new StringBuilder();
        List<String> symbols = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String s = uniqueSymbol();
            symbols.add(s);
            body.append(line(s, "t" + i)).append('\n');
            if (i == 3) {
                body.append("null\n");
            } else if (i == 10) {
                body.append("[1, 2]\n");
            } else if (i == 20) {
                body.append("42\n\"text\"\n");
            }
        }
        ImportResourceTest.post("application/x-ndjson", body.toString()).then().statusCode(200)
                .body("created", equalTo(30)).body("complete", equalTo(true))
                .body("rejected.line", contains(5, 13, 24, 25))
                .body("rejected.code", contains("MALFORMED_JSON", "MALFORMED_JSON", "MALFORMED_JSON",
                        "MALFORMED_JSON"));
        given().get(DOCS + symbols.get(29)).then().statusCode(200);
    }

    // ---- CSV (defect 8) ------------------------------------------------------------------------------------------

    @Test
    void csvCellsAreNeutralisedAndTheExportReimportsExactly() throws java.io.IOException {
        String symbol = uniqueSymbol();
        String doc = """
                {"symbol": "%s", "body": "@SUM(A1:A9)", "session": "-2+3",
                 "subjects": ["A|B", "back\\\\slash|", "'quoted", "=cmd|' /C calc'!A0", "+1", "''two"],
                 "versions": {"en": {"title": "=HYPERLINK(\\"http://evil.example\\",\\"click\\")"},
                              "fr": {"title": "'déjà entre apostrophes"}}}""".formatted(symbol);
        writer().body(doc).put(DOCS + symbol).then().statusCode(201);
        String before = given().get(DOCS + symbol).then().statusCode(200).extract().body().asString();

        String csv = given().queryParam("q", symbol).queryParam("format", "csv").get("/api/v1/exports")
                .then().statusCode(200).extract().body().asString();
        List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.RFC4180.parse(
                new java.io.StringReader(csv)).getRecords();
        assertEquals(2, rows.size(), csv);
        for (String value : rows.get(1)) {
            assertTrue(value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0, "live formula cell: " + value);
        }
        assertTrue(csv.contains("\"'=HYPERLINK("), csv);
        assertTrue(csv.contains("\"'@SUM(A1:A9)\""), csv);

        ImportResourceTest.post("text/csv", csv).then().statusCode(200)
                .body("unchanged", equalTo(1)).body("updated", equalTo(0)).body("rejectedTotal", equalTo(0));
        assertEquals(before, given().get(DOCS + symbol).then().extract().body().asString());
        given().get(DOCS + symbol).then()
                .body("subjects", contains("A|B", "back\\slash|", "'quoted", "=cmd|' /C calc'!A0", "+1", "''two"))
                .body("versions.fr.title", equalTo("'déjà entre apostrophes"));
    }

    // ---- symbol length (defect 9) --------------------------------------------------------------------------------

    @Test
    void anOverLongSymbolIsRefusedOnEveryPathThatTakesOne() {
        String longSymbol = "A/" + "1".repeat(4000);
        for (String path : List.of("/api/v1/symbols/", DOCS, "/api/v1/resolve/", "/r/", "/r/en/",
                "/api/v1/bodies/")) {
            given().urlEncodingEnabled(false).get(path + longSymbol).then().statusCode(414)
                    .contentType(startsWith("application/problem+json"))
                    .body("code", equalTo("SYMBOL_TOO_LONG")).body("limit", equalTo(256));
        }
        given().urlEncodingEnabled(false).get(DOCS + longSymbol + "/languages").then().statusCode(414);
        // at the limit it is an ordinary answer
        given().urlEncodingEnabled(false).get("/api/v1/symbols/A/" + "1".repeat(254)).then().statusCode(200);
    }

    @Test
    void anOverLongSymbolInABatchIsAnsweredAsTooLongWithoutRefusingTheBatch() {
        given().contentType("application/json").body("[\"A/78/265\", \"A/" + "C.1./".repeat(200) + "\"]")
                .post("/api/v1/symbols/validate").then().statusCode(200)
                .body("valid", contains(true, false)).body("[1].errors[0].code", equalTo("TOO_LONG"));
    }

    // ---- parameters and media types (defect 12) ------------------------------------------------------------------

    @Test
    void aBadLimitOrFacetsIsA400NamingTheParameter() {
        for (String limit : List.of("abc", "1.5", "99999999999")) {
            given().get("/api/v1/documents?limit=" + limit).then().statusCode(400)
                    .body("code", equalTo("INVALID_PARAMETER")).body("parameter", equalTo("limit"));
        }
        given().get("/api/v1/documents?facets=maybe").then().statusCode(400)
                .body("code", equalTo("INVALID_PARAMETER")).body("parameter", equalTo("facets"));
        given().get("/api/v1/documents?limit=2&facets=TRUE").then().statusCode(200)
                .body("items.size()", equalTo(2)).body("facets.kind", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void anUnparsableContentTypeIsA415() {
        given().contentType("a/b/c").body("[\"A/78/265\"]".getBytes(StandardCharsets.UTF_8)).post("/api/v1/symbols/validate").then()
                .statusCode(415).contentType(startsWith("application/problem+json"))
                .body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    // ---- PATCH without If-Match (defect 12) ----------------------------------------------------------------------

    @Test
    void concurrentPatchesWithoutIfMatchNeverAnswer412() throws Exception {
        String symbol = uniqueSymbol();
        writer().body(document(symbol, "start")).put(DOCS + symbol).then().statusCode(201);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String patch = "{\"session\": \"session " + i + "\"}";
                answers.add(pool.submit(() -> given().header("Authorization", "Bearer " + KEY)
                        .contentType("application/merge-patch+json").body(patch).patch(DOCS + symbol).statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : answers) {
                statuses.add(f.get());
            }
            assertTrue(statuses.stream().allMatch(s -> s == 200), "statuses: " + statuses);
        } finally {
            pool.shutdownNow();
        }
        Response r = given().get(DOCS + symbol);
        assertEquals("60", r.header("ETag").replace("\"", ""), "every patch applied once");
    }

    private static String line(String symbol, String title) {
        return document(symbol, title).replace("\n", " ");
    }
}
