package org.unsymbol.catalogue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.unsymbol.testing.WithDatabase;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unsymbol.catalogue.CatalogueTestData.uniqueSymbol;

@QuarkusTest
@WithDatabase
class SearchAndExportTest {

    private static final String SEARCH = "/api/v1/documents";

    private static void importLines(List<String> lines) {
        ImportResourceTest.post("application/x-ndjson", String.join("\n", lines)).then().statusCode(200)
                .body("rejectedTotal", equalTo(0));
    }

    /** A family of {@code n} addenda under a fresh base: a key range no other test touches. */
    private static String family(int n, String word) {
        String base = uniqueSymbol();
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            lines.add("{\"symbol\": \"" + base + "/Add." + i + "\", \"date\": \"" + (2020 + i % 3) + "-0" + (1 + i % 9)
                    + "\", \"versions\": {\"en\": {\"title\": \"Addendum " + i + " " + word + "\"}"
                    + (i % 2 == 0 ? ", \"fr\": {\"title\": \"Additif " + i + "\"}" : "") + "}}");
        }
        importLines(lines);
        return base;
    }

    @Test
    void cursorPagingVisitsEveryDocumentOnceInKeyOrder() {
        String base = family(300, "paging");
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Response page = given().queryParam("prefix", base + "/").queryParam("limit", 7)
                    .queryParam("cursor", cursor).get(SEARCH);
            page.then().statusCode(200);
            List<String> keys = page.jsonPath().getList("items.key");
            seen.addAll(keys);
            cursor = page.jsonPath().getString("next");
            if (cursor != null) {
                assertTrue(page.header("Link").contains("rel=\"next\""), page.header("Link"));
                assertTrue(page.header("Link").contains("cursor=" + cursor));
                assertEquals(7, keys.size());
            } else {
                assertNull(page.header("Link"));
            }
            pages++;
        } while (cursor != null);
        assertEquals(300, seen.size());
        assertEquals(300, new HashSet<>(seen).size(), "no document twice");
        List<String> sorted = new ArrayList<>(seen);
        sorted.sort(null);
        assertEquals(sorted, seen, "key order");
        assertEquals(43, pages);
    }

    @Test
    void filtersAndFacets() {
        String word = "zq" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String base = family(12, word);
        given().queryParam("prefix", base).queryParam("lang", "fr").get(SEARCH).then().statusCode(200)
                .body("items", hasSize(6));
        given().queryParam("prefix", base).queryParam("year", 2021).get(SEARCH).then()
                .body("items", hasSize(4));
        given().queryParam("prefix", base).queryParam("from", "2022-01").queryParam("to", "2022").get(SEARCH)
                .then().body("items", hasSize(4));
        given().queryParam("q", word).queryParam("facets", true).get(SEARCH).then().statusCode(200)
                .body("items", hasSize(12))
                .body("facets.kind.document", equalTo(12))
                .body("facets.language.en", equalTo(12))
                .body("facets.language.fr", equalTo(6))
                .body("facets.year.'2020'", equalTo(4))
                .body("facets.body.'A/AC.292'", equalTo(12))
                .body("facets.body.size()", equalTo(1));
        given().queryParam("q", "Additif " + word).get(SEARCH).then().body("items", hasSize(0));
        given().queryParam("q", "addendum 7 " + word).get(SEARCH).then().body("items", hasSize(1))
                .body("items[0].symbol", equalTo(base + "/Add.7"));
        given().queryParam("body", "A/AC.292").queryParam("prefix", base).queryParam("kind", "document")
                .get(SEARCH).then().body("items", hasSize(12));
        given().queryParam("body", "S").queryParam("prefix", base).get(SEARCH).then().body("items", hasSize(0));
    }

    @Test
    void aQueryThatIsASymbolIsLookedUpExactlyAliasesIncluded() {
        String symbol = uniqueSymbol();
        String alias = uniqueSymbol();
        importLines(List.of("{\"symbol\": \"" + symbol + "\", \"aliases\": [\"" + alias + "\"]}"));
        given().queryParam("q", alias.toLowerCase()).get(SEARCH).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].symbol", equalTo(symbol));
    }

    @Test
    void badParametersAreProblems() {
        given().queryParam("limit", 1001).get(SEARCH).then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("INVALID_PARAMETER"))
                .body("parameter", equalTo("limit"));
        given().queryParam("cursor", "not-ours").get(SEARCH).then().statusCode(400)
                .body("parameter", equalTo("cursor"));
        given().queryParam("lang", "tlh").get(SEARCH).then().statusCode(400).body("code", equalTo("UNKNOWN_LANGUAGE"));
        given().queryParam("from", "June").get(SEARCH).then().statusCode(400).body("parameter", equalTo("from"));
        given().queryParam("kind", "novel").get(SEARCH).then().statusCode(400).body("parameter", equalTo("kind"));
        given().get("/api/v1/exports?format=pdf").then().statusCode(400).body("parameter", equalTo("format"));
    }

    @Test
    void anExportReimportsAsUnchanged() {
        String base = family(40, "export");
        Response ndjson = given().queryParam("prefix", base + "/").get("/api/v1/exports");
        ndjson.then().statusCode(200).contentType(containsString("application/x-ndjson"))
                .header("Content-Disposition", containsString("catalogue.ndjson"));
        String body = ndjson.asString();
        assertEquals(40, body.lines().count());
        ImportResourceTest.post("application/x-ndjson", body).then().statusCode(200)
                .body("unchanged", equalTo(40)).body("updated", equalTo(0)).body("rejectedTotal", equalTo(0));

        Response csv = given().queryParam("prefix", base + "/").queryParam("format", "csv").get("/api/v1/exports");
        csv.then().statusCode(200).contentType(containsString("text/csv"));
        String csvBody = csv.asString();
        assertTrue(csvBody.startsWith("\"symbol\",\"kind\",\"distribution\","), csvBody.substring(0, 60));
        ImportResourceTest.post("text/csv", csvBody).then().statusCode(200)
                .body("unchanged", equalTo(40)).body("updated", equalTo(0)).body("rejectedTotal", equalTo(0));
    }

    @Test
    void emptyResultHasNoNextAndNoLink() {
        Response r = given().queryParam("prefix", uniqueSymbol() + "/NOTHING").get(SEARCH);
        r.then().statusCode(200).body("items", hasSize(0)).body("next", nullValue());
        assertNull(r.header("Link"));
        assertNotNull(r.jsonPath().getList("items"));
    }
}
