package org.unsymbol.draft;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.unsymbol.testing.WithDatabase;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed draft against the seed catalogue, and recording what a report cites. */
@QuarkusTest
@WithDatabase
class SeedDraftCitationsTest {

    private static final String BASE = "http://localhost:8080/r/";
    private static final String KEY = "Bearer test-key";
    private static final Set<String> CITED = Set.of("A/77/275", "A/78/265", "A/AC.292/2023/INF/7",
            "A/AC.292/2024/INF/2", "A/AC.292/2024/INF/4", "A/AC.292/2023/4", "A/AC.292/2023/INF/6", "A/AC.292/2024/1",
            "A/AC.292/2024/INF/1", "A/AC.292/2024/4", "A/AC.292/2024/INF/3", "A/AC.292/2021/1", "A/RES/75/240",
            "A/AC.292/2024/L.1", "A/DEC/77/512", "A/DEC/78/541");

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonPath check(String query, String draft) {
        return given().contentType("text/markdown; charset=UTF-8").body(utf8(draft))
                .post("/api/v1/drafts/check" + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theSeedDraftCitesSixteenCataloguedDocumentsAndOnePlaceholder() {
        String draft = DraftFiles.seedDraft();
        JsonPath report = check("?lang=es", draft);
        List<Map<String, Object>> refs = report.getList("references");
        Set<String> found = new TreeSet<>();
        Set<String> placeholders = new TreeSet<>();
        int previousStart = -1;
        for (Map<String, Object> r : refs) {
            int start = (Integer) r.get("start");
            assertTrue(start >= previousStart, "document order");
            previousStart = start;
            assertEquals(draft.substring(start, (Integer) r.get("end")), r.get("text"));
            String symbol = (String) r.get("symbol");
            switch ((String) r.get("status")) {
                case "found" -> {
                    found.add(symbol);
                    assertEquals(BASE + "es/" + symbol, r.get("link"));
                    assertNotNull(r.get("title"), symbol);
                    assertEquals(List.of("en", "es"), r.get("availableLanguages"));
                    assertNull(r.get("note"));
                }
                case "placeholder" -> {
                    placeholders.add(symbol);
                    assertNull(r.get("link"));
                }
                default -> throw new AssertionError("unexpected " + r);
            }
        }
        assertEquals(new TreeSet<>(CITED), found);
        assertEquals(Set.of("A/AC.292/2024/CRP.X"), placeholders);
        assertEquals("es", report.getString("language"));
        assertEquals(Map.of("references", 17, "found", 16, "unknown", 0, "malformed", 0, "placeholder", 1,
                "languageMissing", 0, "ambiguous", 0), report.getMap("distinct"));
        assertEquals(refs.size(), report.getInt("summary.references"));
        assertEquals(refs.size() - 1, report.getInt("summary.found"));
    }

    @Test
    void aLanguageTheCatalogueLacksIsCountedAndExplained() {
        JsonPath report = check("?lang=ru", "См. документ A/78/265 и A/AC.292/2023/917.");
        assertEquals(1, report.getInt("summary.languageMissing"));
        assertEquals("found", report.getString("references[0].status"));
        assertTrue(report.getString("references[0].note").contains("ru"), report.prettify());
        assertEquals("unknown", report.getString("references[1].status"));
        assertEquals(BASE + "ru/A/AC.292/2023/917", report.getString("references[1].link"));
    }

    @Test
    void recordingNeedsAKeyAndACataloguedDocument() {
        given().contentType("text/plain").body(utf8("A/78/265")).post("/api/v1/drafts/check?record=A/AC.292/2024/L.1")
                .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("UNAUTHORIZED"));
        given().header("Authorization", "Bearer wrong").contentType("text/plain").body(utf8("A/78/265"))
                .post("/api/v1/drafts/check?record=A/AC.292/2024/L.1").then().statusCode(401);
        given().header("Authorization", KEY).contentType("text/plain").body(utf8("A/78/265"))
                .post("/api/v1/drafts/check?record=A/AC.292/2099/L.404").then().statusCode(404)
                .body("code", equalTo("DOCUMENT_NOT_FOUND"));
        given().get("/api/v1/documents/A/AC.292/2099/L.404/citations").then().statusCode(404)
                .body("code", equalTo("DOCUMENT_NOT_FOUND"));
    }

    @Test
    void aReportsCitationsAreRecordedReplacedAndReadBothWays() {
        String report = "A/AC.292/2023/L." + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        given().header("Authorization", KEY).contentType("application/json")
                .body(utf8("{\"symbol\":\"" + report + "\",\"originalLanguage\":\"en\",\"versions\":{\"en\":"
                        + "{\"title\":\"Draft report\"},\"es\":{\"title\":\"Proyecto de informe\"}}}"))
                .put("/api/v1/documents/" + report).then().statusCode(201);
        String unknown = "A/AC.292/2023/" + ThreadLocalRandom.current().nextInt(100, 999);

        given().header("Authorization", KEY).contentType("text/markdown")
                .body(utf8("Véase [A/78/265](#), de nuevo A/78/265, " + unknown + " y A/AC.292/2024/CRP.X."))
                .post("/api/v1/drafts/check?lang=es&record=" + report).then().statusCode(200)
                .header("X-Citations-Recorded", "3")
                .header("Link", containsString("/api/v1/documents/" + report + "/citations"))
                .body("summary.references", equalTo(4));
        given().get("/api/v1/documents/" + report + "/citations?lang=es").then().statusCode(200)
                .body("symbol", equalTo(report))
                .body("citations.symbol", equalTo(List.of("A/78/265", unknown, "A/AC.292/2024/CRP.X")))
                .body("citations.status", equalTo(List.of("found", "unknown", "placeholder")))
                .body("citations.occurrences", equalTo(List.of(2, 1, 1)))
                .body("citations[0].link", equalTo(BASE + "es/A/78/265"))
                .body("citations[2].link", equalTo(null))
                .body("summary.found", equalTo(1));
        given().get("/api/v1/documents/A/78/265/cited-by?lang=es").then().statusCode(200)
                .body("symbol", equalTo("A/78/265"))
                .body("citedBy.symbol", hasItem(report));
        given().get("/api/v1/documents/" + unknown + "/cited-by").then().statusCode(200)
                .body("citedBy.symbol", equalTo(List.of(report)))
                .body("citedBy[0].link", equalTo(BASE + report))
                .body("citedBy[0].title", equalTo("Draft report"));

        // a new recording replaces the old one
        given().header("Authorization", KEY).contentType("text/plain").body(utf8("See A/77/275."))
                .post("/api/v1/drafts/check?record=" + report).then().statusCode(200)
                .header("X-Citations-Recorded", "1");
        given().get("/api/v1/documents/" + report + "/citations").then().statusCode(200)
                .body("citations.symbol", equalTo(List.of("A/77/275")));
        given().get("/api/v1/documents/A/78/265/cited-by").then().statusCode(200)
                .body("citedBy.symbol", not(hasItem(report)));
        given().get("/api/v1/documents/A/77/275/cited-by").then().statusCode(200)
                .body("citedBy.symbol", hasItem(report));
    }

    @Test
    void theCatalogueStillAnswersItsOwnDocumentPaths() {
        given().get("/api/v1/documents/A/78/265").then().statusCode(200).body("symbol", equalTo("A/78/265"));
        given().get("/api/v1/documents/A/78/265/languages").then().statusCode(200);
        given().get("/api/v1/documents/A/78/265/citations").then().statusCode(200)
                .body("symbol", equalTo("A/78/265")).body("citations.size()", equalTo(0));
    }
}
