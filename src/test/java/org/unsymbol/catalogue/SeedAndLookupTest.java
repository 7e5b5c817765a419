package org.unsymbol.catalogue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.unsymbol.testing.WithDatabase;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unsymbol.catalogue.CatalogueTestData.uniqueSymbol;
import static org.unsymbol.catalogue.CatalogueTestData.writer;

@QuarkusTest
@WithDatabase
class SeedAndLookupTest {

    /** Every document the draft report A/AC.292/2024/L.1 cites. */
    static final List<String> CITED = List.of("A/77/275", "A/78/265", "A/AC.292/2023/INF/7", "A/AC.292/2024/INF/2",
            "A/AC.292/2024/INF/4", "A/AC.292/2023/4", "A/AC.292/2023/INF/6", "A/AC.292/2024/1", "A/AC.292/2024/INF/1",
            "A/AC.292/2024/4", "A/AC.292/2024/INF/3", "A/AC.292/2021/1", "A/RES/75/240", "A/DEC/77/512",
            "A/DEC/78/541");

    @Inject
    CatalogueLookup lookup;

    @Inject
    CatalogueEvents events;

    @Test
    void theSeedHoldsTheReportAsTheDraftDescribesIt() {
        given().get("/api/v1/documents/A/AC.292/2024/L.1").then().statusCode(200)
                .body("kind", equalTo("draft"))
                .body("distribution", equalTo("LIMITED"))
                .body("date", equalTo("2024-06-21"))
                .body("originalLanguage", equalTo("en"))
                .body("agendaItems[0].item", equalTo("7"))
                .body("versions.es.title", startsWith("Proyecto de tercer informe anual"))
                .body("versions.en.title", startsWith("Draft third annual progress report"))
                .body("versions.es.jobNumber", nullValue())
                .body("related", hasSize(CITED.size()));
        given().get("/api/v1/documents/A/AC.292/2024/L.1/related").then()
                .body("related.findAll { it.relation == 'cites' && it.catalogued }", hasSize(CITED.size()));
    }

    @Test
    void everyCitedDocumentIsCatalogued() {
        for (String symbol : CITED) {
            given().get("/api/v1/documents/" + symbol).then().statusCode(200)
                    .body("versions.en.title", org.hamcrest.Matchers.notNullValue())
                    .body("versions.es.title", org.hamcrest.Matchers.notNullValue());
        }
        given().get("/api/v1/documents/A/DEC/78/541").then().body("kind", equalTo("decision"));
        given().get("/api/v1/documents/A/RES/75/240").then().body("kind", equalTo("resolution"));
        given().get("/api/v1/documents/A/AC.292/2024/INF/2").then()
                .body("versions.en.title", equalTo("Participants in the seventh substantive session of the working group"));
        given().get("/api/v1/documents/A/77/275").then()
                .body("versions.en.title", startsWith("First annual progress report"));
        given().get("/api/v1/documents/A/78/265/related").then()
                .body("related.find { it.direction == 'incoming' }.symbol", equalTo("A/AC.292/2024/L.1"))
                .body("related.find { it.direction == 'incoming' }.relation", equalTo("cited-by"));
    }

    @Test
    void lookupFindsManyKeysAtOnceAliasesIncluded() {
        String symbol = uniqueSymbol();
        String alias = uniqueSymbol();
        writer().body("{\"aliases\": [\"" + alias + "\"], \"originalLanguage\": \"fr\", \"versions\": {\"fr\": "
                + "{\"title\": \"Titre\", \"files\": [{\"url\": \"https://example.org/x-FR.pdf\"}, "
                + "{\"url\": \"https://example.org/x-FR.docx\"}]}, \"en\": {}}}")
                .put("/api/v1/documents/" + symbol).then().statusCode(201);

        Map<String, org.unsymbol.catalogue.model.CatalogueEntry> found = lookup.findByKeys(
                List.of("A/78/265", "a/dec/78/541", alias, "A/78/999999"));
        assertEquals(Set.of("A/78/265", "a/dec/78/541", alias), found.keySet());
        org.unsymbol.catalogue.model.CatalogueEntry report = found.get("A/78/265");
        assertEquals("A/78/265", report.symbol());
        assertEquals(List.of("en", "es"), List.copyOf(report.languages()));
        assertTrue(report.titles().get("es").startsWith("Segundo informe anual"));
        assertEquals("decision", found.get("a/dec/78/541").kind());

        org.unsymbol.catalogue.model.CatalogueEntry viaAlias = found.get(alias);
        assertEquals(symbol, viaAlias.symbol());
        assertEquals("fr", viaAlias.originalLanguage());
        assertEquals(List.of("en", "fr"), List.copyOf(viaAlias.languages()));
        assertEquals("https://example.org/x-FR.docx", viaAlias.files().get("fr").get("docx"));
        assertFalse(viaAlias.titles().containsKey("en"));
        assertTrue(lookup.findByKeys(List.of()).isEmpty());
    }

    @Test
    void everyCommittedWriteIsAnnounced() {
        String symbol = uniqueSymbol();
        String alias = uniqueSymbol();
        int before = events.seen().size();
        writer().body("{\"aliases\": [\"" + alias + "\"]}").put("/api/v1/documents/" + symbol)
                .then().statusCode(201);
        CatalogueChanged put = events.seen().get(events.seen().size() - 1);
        assertFalse(put.all());
        assertTrue(put.affects(symbol) && put.affects(alias), put.toString());

        writer().delete("/api/v1/documents/" + symbol).then().statusCode(204);
        assertTrue(events.seen().get(events.seen().size() - 1).affects(alias));

        ImportResourceTest.post("application/x-ndjson", "{\"symbol\": \"" + uniqueSymbol() + "\"}")
                .then().statusCode(200);
        assertTrue(events.seen().get(events.seen().size() - 1).all());
        assertEquals(before + 3, events.seen().size());

        writer().header("If-Match", "\"99\"").body("{}").put("/api/v1/documents/" + symbol).then().statusCode(412);
        assertEquals(before + 3, events.seen().size(), "a refused write announces nothing");
    }
}
