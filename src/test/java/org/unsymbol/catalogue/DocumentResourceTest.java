package org.unsymbol.catalogue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.unsymbol.testing.WithDatabase;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.unsymbol.catalogue.CatalogueTestData.document;
import static org.unsymbol.catalogue.CatalogueTestData.uniqueSymbol;
import static org.unsymbol.catalogue.CatalogueTestData.writer;

@QuarkusTest
@WithDatabase
class DocumentResourceTest {

    private static final String DOCS = "/api/v1/documents/";

    @Test
    void putCreatesThenGetReturnsTheWholeRecord() {
        String symbol = uniqueSymbol();
        writer().body(document(symbol, "Draft report")).put(DOCS + symbol)
                .then().statusCode(201)
                .header("Location", equalTo("http://localhost:8080/api/v1/documents/" + symbol))
                .header("ETag", equalTo("\"0\""))
                .body("symbol", equalTo(symbol))
                .body("version", equalTo(0));

        given().get(DOCS + symbol).then().statusCode(200)
                .contentType("application/json")
                .header("ETag", equalTo("\"0\""))
                .body("symbol", equalTo(symbol))
                .body("key", equalTo(symbol.toUpperCase()))
                .body("kind", notNullValue())
                .body("distribution", equalTo("LIMITED"))
                .body("date", equalTo("2024-06-21"))
                .body("originalLanguage", equalTo("en"))
                .body("session", equalTo("Eighth substantive session"))
                .body("agendaItems[0].item", equalTo("7"))
                .body("agendaItems[0].agenda", equalTo("A/AC.292/2021/1"))
                .body("subjects", contains("INFORMATION SECURITY", "TELECOMMUNICATIONS"))
                .body("versions.en.title", equalTo("Draft report"))
                .body("versions.en.jobNumber", equalTo("N2417543"))
                .body("versions.en.jobNumberPrinted", equalTo("24-17543"))
                .body("versions.en.released", equalTo("2024-06-24"))
                .body("versions.en.files[0].format", equalTo("pdf"))
                .body("versions.en.files[0].size", equalTo(120345))
                .body("versions.es.jobNumber", equalTo("24-11036"))
                .body("components.root", equalTo("A"))
                .body("created", notNullValue())
                .body("updated", notNullValue());
    }

    @Test
    void anySpellingTheGrammarNormalizesFindsTheRecord() {
        String symbol = uniqueSymbol();
        writer().body(document(symbol, "t")).put(DOCS + symbol).then().statusCode(201);
        given().get(DOCS + symbol.toLowerCase()).then().statusCode(200).body("symbol", equalTo(symbol));
        given().head(DOCS + symbol).then().statusCode(200).header("ETag", equalTo("\"0\""));
        given().head(DOCS + symbol + "9999").then().statusCode(404);
    }

    @Test
    void replaceBumpsTheVersionAndAnIdenticalReplaceChangesNothing() {
        String symbol = uniqueSymbol();
        writer().body(document(symbol, "first")).put(DOCS + symbol).then().statusCode(201);
        writer().body(document(symbol, "second")).put(DOCS + symbol).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("versions.en.title", equalTo("second"));
        writer().body(document(symbol, "second")).put(DOCS + symbol).then().statusCode(200)
                .header("ETag", equalTo("\"1\""));
    }

    @Test
    void staleIfMatchIsRefusedAndTheCurrentOneAccepted() {
        String symbol = uniqueSymbol();
        writer().body(document(symbol, "first")).put(DOCS + symbol).then().statusCode(201);
        writer().header("If-Match", "\"0\"").body(document(symbol, "second")).put(DOCS + symbol)
                .then().statusCode(200);
        writer().header("If-Match", "\"0\"").body(document(symbol, "third")).put(DOCS + symbol)
                .then().statusCode(412).contentType("application/problem+json")
                .body("code", equalTo("PRECONDITION_FAILED")).body("currentVersion", equalTo(1));
        writer().header("If-None-Match", "*").body(document(symbol, "x")).put(DOCS + symbol)
                .then().statusCode(412);
        writer().header("If-Match", "\"1\"").body(document(symbol, "third")).put(DOCS + symbol)
                .then().statusCode(200).body("versions.en.title", equalTo("third"));
        String absent = uniqueSymbol();
        writer().header("If-Match", "*").body(document(absent, "x")).put(DOCS + absent)
                .then().statusCode(412);
    }

    @Test
    void concurrentConditionalWritersExactlyOneWins() throws Exception {
        String symbol = uniqueSymbol();
        writer().body(document(symbol, "v0")).put(DOCS + symbol).then().statusCode(201);
        int writers = 20;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                String title = "writer " + i;
                Callable<Integer> put = () -> {
                    start.await();
                    return writer().header("If-Match", "\"0\"").body(document(symbol, title))
                            .put(DOCS + symbol).statusCode();
                };
                statuses.add(pool.submit(put));
            }
            start.countDown();
            int won = 0;
            int refused = 0;
            for (Future<Integer> f : statuses) {
                int status = f.get();
                if (status == 200) {
                    won++;
                } else if (status == 412) {
                    refused++;
                }
            }
            assertEquals(1, won, "exactly one conditional writer wins");
            assertEquals(writers - 1, refused, "every other writer is told its version is stale");
        } finally {
            pool.shutdownNow();
        }
        Response after = given().get(DOCS + symbol);
        assertEquals("\"1\"", after.header("ETag"), "one update, no lost or doubled update");
        after.then().body("versions.en.title", containsString("writer "));
    }

    @Test
    void writesNeedAValidBearerKey() {
        String symbol = uniqueSymbol();
        given().contentType("application/json").body(document(symbol, "t")).put(DOCS + symbol)
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("code", equalTo("UNAUTHORIZED"));
        given().header("Authorization", "Bearer wrong-key").contentType("application/json")
                .body(document(symbol, "t")).put(DOCS + symbol)
                .then().statusCode(401).body("code", equalTo("UNAUTHORIZED"))
                .body(not(containsString("wrong-key")));
        given().header("Authorization", "Basic dGVzdC1rZXk=").delete(DOCS + symbol).then().statusCode(401);
        given().get(DOCS + symbol).then().statusCode(404); // nothing was written
    }

    @Test
    void unknownMembersAreRejectedByName() {
        String symbol = uniqueSymbol();
        writer().body("{\"symbol\": \"" + symbol + "\", \"titel\": \"typo\"}").put(DOCS + symbol)
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("detail", containsString("titel"))
                .body("violations[0].field", equalTo("/titel"));
        writer().body("{\"versions\": {\"en\": {\"title\": \"t\", \"pages\": 3}}}").put(DOCS + symbol)
                .then().statusCode(400).body("violations[0].field", equalTo("/versions/en/pages"));
        writer().body("{\"symbol\": ").put(DOCS + symbol)
                .then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));
    }

    @Test
    void readOnlyMembersOfAGetBodyMaySendBack() {
        String symbol = uniqueSymbol();
        writer().body(document(symbol, "t")).put(DOCS + symbol).then().statusCode(201);
        String body = given().get(DOCS + symbol).asString();
        writer().body(body).put(DOCS + symbol).then().statusCode(200).header("ETag", equalTo("\"0\""));
    }

    @Test
    void everyBadValueIsReportedAtOnce() {
        String symbol = uniqueSymbol();
        writer().body("""
                {"distribution": "SECRET", "date": "2024-13", "originalLanguage": "xx",
                 "versions": {"tlh": {"title": "t"}, "en": {"jobNumber": "abc", "released": "June",
                   "files": [{"format": "exe", "url": "https://x.org/a.exe"}, {"url": "ftp://x"}]}},
                 "related": [{"symbol": "A/78/265", "relation": "likes"}]}""")
                .put(DOCS + symbol)
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", hasItems("distribution", "date", "originalLanguage", "versions/tlh",
                        "versions/en/jobNumber", "versions/en/released", "versions/en/files/0/format",
                        "versions/en/files/1/url", "related/0/relation"));
    }

    @Test
    void aBodySymbolMustBeTheUrlSymbol() {
        String symbol = uniqueSymbol();
        writer().body(document(uniqueSymbol(), "t")).put(DOCS + symbol)
                .then().statusCode(400).body("violations[0].field", equalTo("symbol"));
    }

    @Test
    void aMalformedSymbolIsA422WithTheGrammarsFindings() {
        given().urlEncodingEnabled(false).get(DOCS + "%20%20").then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("MALFORMED_SYMBOL"))
                .body("findings.code", hasItem("EMPTY_INPUT"));
        given().get(DOCS + "A/78/265/Add.").then().statusCode(422)
                .body("code", equalTo("MALFORMED_SYMBOL"))
                .body("tier", equalTo("MALFORMED"))
                .body("findings.code", hasItem("MODIFIER_WITHOUT_NUMBER"))
                .body("suggestions", hasItem("A/78/265/Add.1"));
        String symbol = uniqueSymbol();
        writer().body(document(symbol, "t")).put(DOCS + symbol + "/Add.").then().statusCode(422);
    }

    @Test
    void aPlaceholderCannotBeCatalogued() {
        writer().body("{}").put(DOCS + "A/AC.292/2024/CRP.X").then().statusCode(422)
                .body("code", equalTo("MALFORMED_SYMBOL"))
                .body("findings.code", hasItem("PLACEHOLDER_NUMBER"));
    }

    @Test
    void theFamilyComesFromTheSymbols() {
        String base = uniqueSymbol();
        writer().body("{}").put(DOCS + base).then().statusCode(201);
        writer().body("{}").put(DOCS + base + "/Add.1").then().statusCode(201);
        writer().body("{}").put(DOCS + base + "/Corr.1").then().statusCode(201);
        given().get(DOCS + base + "/Add.1/related").then().statusCode(200)
                .body("related.find { it.relation == 'base' }.symbol", equalTo(base))
                .body("related.find { it.relation == 'corrigendum' }.symbol", equalTo(base + "/Corr.1"))
                .body("related.findAll { it.source == 'symbol' }.size()", equalTo(2));
        String orphan = uniqueSymbol() + "/Rev.1";
        writer().body("{}").put(DOCS + orphan).then().statusCode(201);
        given().get(DOCS + orphan + "/related").then()
                .body("related[0].relation", equalTo("base"))
                .body("related[0].catalogued", equalTo(false));
        given().get(DOCS + base + "/related").then()
                .body("related.relation", hasItems("addendum", "corrigendum"));
    }

    @Test
    void componentsComeFromTheGrammar() {
        String symbol = uniqueSymbol() + "/Add.1";
        writer().body("{}").put(DOCS + symbol.toLowerCase()).then().statusCode(201)
                .body("symbol", equalTo(symbol))
                .body("components.series", equalTo("A/AC.292"))
                .body("components.year", equalTo(2022))
                .body("components.modifiers", contains("Add.1"))
                .body("components.base", equalTo(symbol.replace("/Add.1", "")));
    }

    @Test
    void notFoundSaysWhetherTheSymbolIsValidAndOffersNeighbours() {
        String symbol = uniqueSymbol();
        writer().body(document(symbol, "t")).put(DOCS + symbol).then().statusCode(201);
        writer().body(document(symbol + "/Add.1", "t")).put(DOCS + symbol + "/Add.1").then().statusCode(201);
        given().get(DOCS + symbol + "/Add.2").then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("DOCUMENT_NOT_FOUND"))
                .body("symbol", equalTo(symbol + "/Add.2"))
                .body("valid", equalTo(true))
                .body("suggestions", hasItem(symbol + "/Add.1"));
    }

    @Test
    void aliasesAndJointSinglesFindTheDocumentAndCannotBeClaimedTwice() {
        String symbol = uniqueSymbol();
        String alias = uniqueSymbol();
        String body = document(symbol, "t").replaceFirst("\\{", "{\"aliases\": [\"" + alias + "\"],");
        writer().body(body).put(DOCS + symbol).then().statusCode(201).body("aliases", contains(alias));
        given().get(DOCS + alias).then().statusCode(200).body("symbol", equalTo(symbol));

        String other = uniqueSymbol();
        writer().body(document(other, "t").replaceFirst("\\{", "{\"aliases\": [\"" + alias + "\"],"))
                .put(DOCS + other).then().statusCode(409).body("code", equalTo("CONFLICT"))
                .body("detail", containsString(symbol));
        writer().body(document(alias, "t")).put(DOCS + alias).then().statusCode(409);
    }

    @Test
    void deleteIsSoftAndAPutRevives() {
        String symbol = uniqueSymbol();
        String alias = uniqueSymbol();
        writer().body(document(symbol, "t").replaceFirst("\\{", "{\"aliases\": [\"" + alias + "\"],"))
                .put(DOCS + symbol).then().statusCode(201);
        writer().header("If-Match", "\"7\"").delete(DOCS + symbol).then().statusCode(412);
        writer().delete(DOCS + symbol).then().statusCode(204);
        given().get(DOCS + symbol).then().statusCode(404);
        given().get(DOCS + alias).then().statusCode(404);
        writer().delete(DOCS + symbol).then().statusCode(404);
        writer().body(document(symbol, "back")).put(DOCS + symbol).then().statusCode(201)
                .body("versions.en.title", equalTo("back"));
    }

    @Test
    void languagesSubResource() {
        String symbol = uniqueSymbol();
        writer().body(document(symbol, "t")).put(DOCS + symbol).then().statusCode(201);
        given().get(DOCS + symbol + "/languages").then().statusCode(200)
                .body("symbol", equalTo(symbol))
                .body("originalLanguage", equalTo("en"))
                .body("languages", contains("en", "es"))
                .body("versions.en.files[0].format", equalTo("pdf"));
        given().get(DOCS + uniqueSymbol() + "/languages").then().statusCode(404)
                .body("code", equalTo("DOCUMENT_NOT_FOUND"));
    }

    @Test
    void storedRelationsShowFromBothSides() {
        String draft = uniqueSymbol();
        String resolution = uniqueSymbol();
        writer().body(document(draft, "draft").replaceFirst("\\{",
                        "{\"related\": [{\"symbol\": \"" + resolution + "\", \"relation\": \"adopted-as\"}],"))
                .put(DOCS + draft).then().statusCode(201);
        given().get(DOCS + draft + "/related").then().statusCode(200)
                .body("related.find { it.source == 'stored' }.symbol", equalTo(resolution))
                .body("related.find { it.source == 'stored' }.relation", equalTo("adopted-as"))
                .body("related.find { it.source == 'stored' }.catalogued", equalTo(false));
        writer().body(document(resolution, "res")).put(DOCS + resolution).then().statusCode(201);
        given().get(DOCS + resolution + "/related").then().statusCode(200)
                .body("related.find { it.direction == 'incoming' }.symbol", equalTo(draft))
                .body("related.find { it.direction == 'incoming' }.relation", equalTo("draft"));
        given().get(DOCS + draft + "/related").then()
                .body("related.find { it.source == 'stored' }.catalogued", equalTo(true));
    }

    @Test
    void mergePatchChangesOnlyWhatItNames() {
        String symbol = uniqueSymbol();
        writer().body(document(symbol, "before")).put(DOCS + symbol).then().statusCode(201);
        writer().contentType("application/merge-patch+json")
                .body("{\"versions\": {\"en\": {\"title\": \"after\"}, \"es\": null}, \"subjects\": null}")
                .patch(DOCS + symbol).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("versions.en.title", equalTo("after"))
                .body("versions.en.jobNumber", equalTo("N2417543"))
                .body("versions.es", nullValue())
                .body("subjects", hasSize(0))
                .body("distribution", equalTo("LIMITED"));
        writer().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"date\": \"2024\"}").patch(DOCS + symbol).then().statusCode(412);
        writer().contentType("application/merge-patch+json").body("{\"titel\": \"x\"}")
                .patch(DOCS + symbol).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        writer().contentType("application/merge-patch+json").body("{\"date\": \"2024\"}")
                .patch(DOCS + uniqueSymbol()).then().statusCode(404);
        given().contentType("application/merge-patch+json").body("{}").patch(DOCS + symbol).then().statusCode(401);
    }

    @Test
    void unknownDocumentHasNoEtagAndAProblemBody() {
        given().get(DOCS + uniqueSymbol()).then().statusCode(404).header("ETag", nullValue())
                .body("key", notNullValue());
    }
}
