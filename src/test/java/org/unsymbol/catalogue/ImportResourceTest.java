package org.unsymbol.catalogue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.unsymbol.testing.WithDatabase;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.unsymbol.catalogue.CatalogueTestData.KEY;
import static org.unsymbol.catalogue.CatalogueTestData.document;
import static org.unsymbol.catalogue.CatalogueTestData.uniqueSymbol;

@QuarkusTest
@WithDatabase
class ImportResourceTest {

    private static final String IMPORTS = "/api/v1/imports";

    static io.restassured.specification.RequestSpecification importer(String contentType) {
        return given().header("Authorization", "Bearer " + KEY).contentType(contentType);
    }

    static io.restassured.response.Response post(String contentType, String body) {
        return importer(contentType).body(body.getBytes(StandardCharsets.UTF_8)).post(IMPORTS);
    }

    private static String line(String symbol, String title) {
        return document(symbol, title).replace("\n", " ");
    }

    @Test
    void aBadLineIsReportedAndTheGoodOnesAreStored() {
        String a = uniqueSymbol();
        String b = uniqueSymbol();
        String c = uniqueSymbol();
        String body = line(a, "first") + "\n"
                + "{\"symbol\": \"" + uniqueSymbol() + "\", \"titel\": \"x\"}\n"
                + "{not json\n"
                + "\n"
                + line(b, "second") + "\n"
                + "{\"symbol\": \"" + uniqueSymbol() + "\", \"date\": \"2024-13-01\"}\n"
                + "{\"kind\": \"report\"}\n"
                + line(c, "third");
        post("application/x-ndjson", body).then().statusCode(200)
                .body("created", equalTo(3))
                .body("updated", equalTo(0))
                .body("unchanged", equalTo(0))
                .body("rejectedTotal", equalTo(4))
                .body("complete", equalTo(true))
                .body("rejected.line", contains(2, 3, 6, 7))
                .body("rejected.code", contains("VALIDATION_FAILED", "MALFORMED_JSON", "VALIDATION_FAILED",
                        "VALIDATION_FAILED"))
                .body("rejected[0].message", containsString("titel"));
        given().get("/api/v1/documents/" + b).then().statusCode(200).body("versions.en.title", equalTo("second"));
    }

    @Test
    void reImportingTheSameDataChangesNothing() {
        StringBuilder body = new StringBuilder();
        String first = null;
        for (int i = 0; i < 25; i++) {
            String symbol = uniqueSymbol();
            first = first == null ? symbol : first;
            body.append(line(symbol, "title " + i)).append('\n');
        }
        post("application/x-ndjson", body.toString()).then().statusCode(200)
                .body("created", equalTo(25));
        String etag = given().get("/api/v1/documents/" + first).header("ETag");
        post("application/x-ndjson", body.toString()).then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(25));
        given().get("/api/v1/documents/" + first).then().header("ETag", equalTo(etag));

        String changed = body.toString().replace("title 3\"", "title three\"");
        post("application/x-ndjson", changed).then().statusCode(200)
                .body("updated", equalTo(1)).body("unchanged", equalTo(24));
    }

    @Test
    void theSameDocumentTwiceInOneBodyEndsAsTheLaterLine() {
        String symbol = uniqueSymbol();
        post("application/x-ndjson", line(symbol, "early") + "\n" + line(symbol, "late") + "\n")
                .then().statusCode(200).body("created", equalTo(1)).body("updated", equalTo(1));
        given().get("/api/v1/documents/" + symbol).then().body("versions.en.title", equalTo("late"));
    }

    @Test
    void aKeyTakenByAnotherDocumentIsAConflictLine() {
        String owner = uniqueSymbol();
        String alias = uniqueSymbol();
        String other = uniqueSymbol();
        String body = "{\"symbol\": \"" + owner + "\", \"aliases\": [\"" + alias + "\"]}\n"
                + "{\"symbol\": \"" + other + "\", \"aliases\": [\"" + alias + "\"]}\n";
        post("application/x-ndjson", body).then().statusCode(200)
                .body("created", equalTo(1))
                .body("rejected[0].line", equalTo(2))
                .body("rejected[0].code", equalTo("CONFLICT"));
    }

    @Test
    void csvImportWithDocumentedColumns() {
        String a = uniqueSymbol();
        String b = uniqueSymbol();
        String csv = "symbol,distribution,date,originalLanguage,subjects,aliases,title_en,jobNumber_en,files_en,title_es\n"
                + a + ",GEN,2023-08,en,DISARMAMENT|INFORMATION SECURITY,,\"Report, with a comma\",N2322001,"
                + "\"[{\"\"url\"\":\"\"https://example.org/a-EN.pdf\"\",\"\"size\"\":10}]\",Informe\n"
                + ",GEN,,,,,,,,\n"
                + b + ",LTD,2023,fr,,,Second,,,\n";
        post("text/csv", csv).then().statusCode(200)
                .body("created", equalTo(2))
                .body("rejected", hasSize(1))
                .body("rejected[0].line", equalTo(3));
        given().get("/api/v1/documents/" + a).then().statusCode(200)
                .body("date", equalTo("2023-08"))
                .body("subjects", contains("DISARMAMENT", "INFORMATION SECURITY"))
                .body("versions.en.title", equalTo("Report, with a comma"))
                .body("versions.en.files[0].format", equalTo("pdf"))
                .body("versions.es.title", equalTo("Informe"));
    }

    @Test
    void csvWithAnUnknownColumnIsRefusedWhole() {
        post("text/csv", "symbol,titel_en\nA/78/1,x\n").then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED")).body("detail", containsString("titel_en"));
    }

    @Test
    void marcXmlFromTheDigitalLibrary() throws IOException {
        String xml;
        try (InputStream in = getClass().getResourceAsStream("/imports/dl-sample.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        post("application/marcxml+xml", xml).then().statusCode(200)
                .body("created", equalTo(2))
                .body("rejectedTotal", equalTo(1))
                .body("rejected[0].code", equalTo("VALIDATION_FAILED"))
                .body("rejected[0].message", containsString("191"));
        given().get("/api/v1/documents/A/AC.292/2022/INF/901").then().statusCode(200)
                .body("distribution", equalTo("GENERAL"))
                .body("date", equalTo("2022-07-21"))
                .body("body", containsString("Open-ended Working Group"))
                .body("subjects", contains("INFORMATION SECURITY"))
                .body("aliases", contains("A/AC.292/2022/CRP.901"))
                .body("agendaItems[0].agenda", equalTo("A/AC.292/2021/1"))
                .body("agendaItems[0].item", equalTo("2"))
                .body("versions.en.title", equalTo("List of participants : fixture session of the working group"))
                .body("versions.en.jobNumber", equalTo("N2299001"))
                .body("versions.en.files[0].size", equalTo(245760))
                .body("versions.es.jobNumber", equalTo("N2299002"))
                .body("versions.es.files[0].url", containsString("-ES.pdf"))
                .body("versions.fr.files[0].format", equalTo("pdf"))
                .body("related[0].symbol", equalTo("A/AC.292/2022/902"));
        given().get("/api/v1/documents/A/AC.292/2022/CRP.901").then().statusCode(200)
                .body("symbol", equalTo("A/AC.292/2022/INF/901"));
        given().get("/api/v1/documents/A/AC.292/2022/902").then().statusCode(200)
                .body("distribution", equalTo("LIMITED")).body("date", equalTo("2022-07"));
        post("application/marcxml+xml", xml).then().statusCode(200)
                .body("unchanged", equalTo(2)).body("created", equalTo(0));
    }

    @Test
    void importsNeedTheKeyAndAKnownMediaType() {
        given().contentType("application/x-ndjson").body(line(uniqueSymbol(), "t").getBytes(StandardCharsets.UTF_8))
                .post(IMPORTS)
                .then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"));
        post("application/pdf", "%PDF").then().statusCode(415)
                .body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void aBodyLargerThanTheRequestLimitStreamsThrough() {
        String symbol = uniqueSymbol();
        InputStream body = new PaddedBody(line(symbol, "big") + "\n", 40L << 20);
        importer("application/x-ndjson").body(body).post(IMPORTS).then().statusCode(200)
                .body("created", equalTo(1));
    }

    /** One document followed by many blank lines: a large body that costs the database nothing. */
    static final class PaddedBody extends InputStream {
        private final byte[] head;
        private final long total;
        private long pos;

        PaddedBody(String head, long total) {
            this.head = head.getBytes(StandardCharsets.UTF_8);
            this.total = total;
        }

        @Override
        public int read() {
            if (pos >= total) {
                return -1;
            }
            long p = pos++;
            return p < head.length ? head[(int) p] : (p % 100 == 99 ? '\n' : ' ');
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= total) {
                return -1;
            }
            int n = (int) Math.min(len, total - pos);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) read();
            }
            return n;
        }
    }
}
