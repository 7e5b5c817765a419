package org.unsymbol.draft;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unsymbol.testing.WithDatabase;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The draft endpoints over HTTP: formats, links, limits and errors. */
@QuarkusTest
@WithDatabase
class DraftApiTest {

    private static final String BASE = "http://localhost:8080/r/";
    /** One link this service inserted into Markdown: {@code [text](http://localhost:8080/r/...)}. */
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\[\\]]*)]\\((http://localhost:8080/r/[^)\\s]*)\\)");

    @TestHTTPResource("/")
    URL root;

    private static RestAssuredConfig saved;

    /** rest-assured would add charset=ISO-8859-1 to text types, and the service honours a declared charset. */
    @BeforeAll
    static void sendTextWithoutADefaultCharset() {
        saved = RestAssured.config();
        RestAssured.config = saved.encoderConfig(
                EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));
    }

    @AfterAll
    static void restore() {
        RestAssured.config = saved;
    }

    private static Response post(String path, String contentType, String body) {
        return post(path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static Response post(String path, String contentType, byte[] body) {
        return given().contentType(contentType).body(body).post(path);
    }

    @Test
    void linkifyFillsEveryEmptyTargetOfTheSeedDraftAndChangesNothingElse() {
        String draft = DraftFiles.seedDraft();
        Response r = given().contentType("text/markdown; charset=UTF-8").body(draft.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/drafts/linkify?lang=es");
        r.then().statusCode(200).contentType(startsWith("text/markdown"))
                .header("X-References-Placeholder", "1").header("X-References-Malformed", "0")
                .header("Server-Timing", containsString("total;dur="));
        String linked = r.asString();
        assertFalse(linked.contains("(#)"), "an empty target is left");
        assertTrue(linked.contains("[A/78/265](" + BASE + "es/A/78/265)"), linked);
        assertTrue(linked.contains("[75/240](" + BASE + "es/A/RES/75/240)"));
        assertTrue(linked.contains("documento A/AC.292/2024/CRP.X["), "the placeholder gets no link");
        assertEquals(withoutEmptyLinks(draft), withoutOurLinks(linked));
    }

    @Test
    void htmlGetsAnchorsOnlyOnBareTextAndEmptyHrefs() {
        String html = "<div><p>Véase <b>la resolución 75/240</b> y <a href=\"#\">A/78/265</a>; "
                + "<a href=\"https://undocs.org/A/77/275\"><em>el informe A/77/275</em></a>, "
                + "<code>A/AC.292/2024/4</code> <img alt=\"A/AC.292/2024/1\" src=\"x.png\"> "
                + "<span title=\"A/AC.292/2023/4\">documento <i>A/AC.292/2021/1</i></span>.</p></div>";
        String linked = post("/api/v1/drafts/linkify?lang=es", "text/html", html).then().statusCode(200)
                .contentType(startsWith("text/html")).extract().asString();
        assertTrue(linked.contains("la resolución <a href=\"" + BASE + "es/A/RES/75/240\">75/240</a></b>"), linked);
        assertTrue(linked.contains("<a href=\"" + BASE + "es/A/78/265\">A/78/265</a>"), linked);
        assertTrue(linked.contains("<i><a href=\"" + BASE + "es/A/AC.292/2021/1\">A/AC.292/2021/1</a></i>"), linked);
        assertTrue(linked.contains("<a href=\"https://undocs.org/A/77/275\"><em>el informe A/77/275</em></a>"),
                "nothing is nested in an existing link: " + linked);
        assertTrue(linked.contains("<code>A/AC.292/2024/4</code>"), linked);
        assertTrue(linked.contains("alt=\"A/AC.292/2024/1\"") && linked.contains("title=\"A/AC.292/2023/4\""),
                linked);
        String unlinked = linked.replaceAll("<a href=\"http://localhost:8080/r/[^\"]*\">([^<]*)</a>", "$1");
        assertEquals(html.replace("<a href=\"#\">A/78/265</a>", "A/78/265"), unlinked);
    }

    @Test
    void plainTextStaysPlainAndJsonOnRequest() {
        String text = "Véase el documento A/78/265 y la resolución 75/240 (A/AC.292/2024/CRP.X).";
        post("/api/v1/drafts/linkify?lang=es", "text/plain", text).then().statusCode(200)
                .contentType(startsWith("text/plain"))
                .body(equalTo("Véase el documento A/78/265 <" + BASE + "es/A/78/265> y la resolución 75/240 <"
                        + BASE + "es/A/RES/75/240> (A/AC.292/2024/CRP.X)."))
                .header("X-References", "3").header("X-References-Placeholder", "1");
        given().contentType("text/plain").accept("application/json").body(text.getBytes(StandardCharsets.UTF_8)).post("/api/v1/drafts/linkify")
                .then().statusCode(200).contentType(startsWith("application/json"))
                .body("mediaType", equalTo("text/plain"))
                .body("text", containsString("A/78/265 <" + BASE + "es/A/78/265>"))
                .body("language", equalTo("es"))
                .body("summary.references", equalTo(3)).body("summary.placeholder", equalTo(1));
    }

    @Test
    void aWordDocumentWithASymbolSplitAcrossRuns() {
        byte[] docx = DraftFiles.docx(List.of(List.of("Informe"),
                List.of("Véase el documento A/78/", "265 y la resolución ", "75/240.")));
        Response r = given().contentType(DraftFormat.DOCX_TYPE).body(docx).post("/api/v1/drafts/check?lang=es");
        r.then().statusCode(200).body("references.symbol", equalTo(List.of("A/78/265", "A/RES/75/240")))
                .body("references[0].text", equalTo("A/78/265"))
                .body("references[0].link", equalTo(BASE + "es/A/78/265"));
        int start = r.path("references[0].start");
        assertEquals("Informe\nVéase el documento ".length(), start, "offsets point into the extracted text");
        given().contentType(DraftFormat.DOCX_TYPE).body(docx).post("/api/v1/drafts/linkify").then().statusCode(200)
                .contentType(startsWith(DraftFormat.DOCX_TYPE)).header("X-References", "2");
    }

    @Test
    void aPdf() {
        byte[] pdf = DraftFiles.pdf(List.of("Report of the Working Group", "See document A/78/265 and",
                "resolution 75/240 of the General Assembly."));
        given().contentType("application/pdf").body(pdf).post("/api/v1/drafts/check").then().statusCode(200)
                .body("language", equalTo("en"))
                .body("references.symbol", equalTo(List.of("A/78/265", "A/RES/75/240")))
                .body("references[1].text", equalTo("75/240"))
                .body("references[1].derived", equalTo(true))
                .body("references[1].link", equalTo(BASE + "en/A/RES/75/240"));
    }

    @Test
    void damagedWordAndPdfFilesAre422() {
        for (String type : List.of(DraftFormat.DOCX_TYPE, "application/pdf")) {
            given().contentType(type).body("PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1))
                    .post("/api/v1/drafts/check").then().statusCode(422).contentType("application/problem+json")
                    .body("code", equalTo("UNPROCESSABLE_CONTENT")).body("detail", notNullValue());
        }
    }

    @Test
    void anEmptyDraftHasNoReferences() {
        given().contentType("text/markdown").body(new byte[0]).post("/api/v1/drafts/check?lang=es").then()
                .statusCode(200).body("references", hasSize(0)).body("summary.references", equalTo(0))
                .body("summary.found", equalTo(0)).body("language", equalTo("es"))
                .body("truncated", nullValue());
    }

    @Test
    void binaryOrNulSentAsTextIs422() {
        byte[] binary = DraftFiles.pdf(List.of("A/78/265")); // compressed streams: not UTF-8
        post("/api/v1/drafts/check", "text/plain", binary).then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("UNPROCESSABLE_CONTENT"))
                .body("detail", containsString("not valid UTF-8"));
        post("/api/v1/drafts/check", "text/plain", "A/78/265\u0000\u0001".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(422).body("code", equalTo("UNPROCESSABLE_CONTENT"))
                .body("detail", containsString("NUL")).body("offset", equalTo(8));
    }

    @Test
    void aDeclaredCharsetIsHonoured() {
        byte[] latin1 = "Véase el documento A/78/265.".getBytes(StandardCharsets.ISO_8859_1);
        post("/api/v1/drafts/check", "text/plain; charset=ISO-8859-1", latin1).then().statusCode(200)
                .body("references[0].start", equalTo(19));
    }

    @Test
    void unknownLanguageTargetOrMediaType() {
        post("/api/v1/drafts/check?lang=xx", "text/plain", "A/78/265").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("UNKNOWN_LANGUAGE"));
        post("/api/v1/drafts/linkify?lang=klingon", "text/plain", "A/78/265").then().statusCode(400)
                .body("code", equalTo("UNKNOWN_LANGUAGE"));
        post("/api/v1/drafts/check?target=wiki", "text/plain", "A/78/265").then().statusCode(400)
                .body("code", equalTo("INVALID_PARAMETER"));
        post("/api/v1/drafts/check", "application/json", "{}").then().statusCode(415)
                .body("code", equalTo("UNSUPPORTED_MEDIA_TYPE")).body("supported", hasItem("text/markdown"));
    }

    @Test
    void directTargetsAndDecisions() {
        String text = "Véase el documento A/78/265 y la decisión 78/541.";
        post("/api/v1/drafts/check?lang=es&target=undocs", "text/plain", text).then().statusCode(200)
                .body("references[0].link", equalTo("https://undocs.org/es/A/78/265"))
                .body("references[1].symbol", equalTo("A/DEC/78/541"))
                .body("references[1].link", startsWith("https://digitallibrary.un.org/search?ln=es"));
        post("/api/v1/drafts/check?lang=es&target=ods", "text/plain", text).then().statusCode(200)
                .body("references[0].link", equalTo("https://documents.un.org/api/symbol/access?s=A/78/265&l=es&t=pdf"))
                .body("references[1].link", startsWith("https://digitallibrary.un.org/"));
        post("/api/v1/drafts/check?lang=fr", "text/plain", "S/RES/2719 (2023)").then().statusCode(200)
                .body("references[0].link", equalTo(BASE + "fr/S/RES/2719%20(2023)"));
    }

    @Test
    void aWellFormedSymbolOfAnUnregisteredSeriesIsNotMalformed() {
        // real symbols (corpus symbols.tsv: WFP Executive Board, CEB) whose roots the registry does not list
        post("/api/v1/drafts/check?lang=en", "text/plain", "See WFP/EB.1/2010/17 and CEB/2017/3.").then()
                .statusCode(200)
                .body("references.symbol", equalTo(List.of("WFP/EB.1/2010/17", "CEB/2017/3")))
                .body("references.status", equalTo(List.of("unknown", "unknown")))
                .body("references[0].errors", hasSize(0))
                .body("references[0].warnings[0].code", equalTo("UNREGISTERED_ROOT"))
                .body("references[0].note", startsWith("A well-formed symbol of a series the registry does not list"))
                .body("summary.malformed", equalTo(0));
    }

    @Test
    void malformedAndPlaceholderReferencesHaveNoLink() {
        post("/api/v1/drafts/check?lang=en", "text/plain", "See A/C.1./78/L.11 and A/AC.292/2024/CRP.X.").then()
                .statusCode(200)
                .body("references.status", equalTo(List.of("malformed", "placeholder")))
                .body("references.link", everyItem(nullValue()))
                .body("references[0].errors", not(hasSize(0)))
                .body("references[0].note", notNullValue());
    }

    @Test
    void moreReferencesThanTheLimitAreCutAndSaidSo() {
        String one = "A/78/265; ";
        String text = one.repeat(10_001);
        post("/api/v1/drafts/check", "text/plain", text).then().statusCode(200)
                .body("references", hasSize(10_000))
                .body("truncated.limit", equalTo(10_000))
                .body("truncated.stoppedAt", equalTo(10_000 * one.length()));
    }

    @Test
    void aDraftOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/drafts/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                    + "Content-Length: " + (20 * 1024 * 1024 + 1) + "\r\n\r\nA/78/265").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String head = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 413", head);
        }
    }

    @Test
    void draftWorkIsMetered() {
        post("/api/v1/drafts/check?lang=es", "text/markdown", "Véase [A/78/265](#).").then().statusCode(200);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("unsymbol_draft_checks_seconds_count{format=\"markdown\",operation=\"check\""),
                metrics.lines().filter(l -> l.contains("draft")).toList().toString());
        assertTrue(metrics.contains("unsymbol_draft_size_bytes_count"));
        assertTrue(metrics.contains("unsymbol_draft_references_count"));
    }

    /** Our links removed: {@code [text](http://localhost:8080/r/...)} becomes {@code text}. */
    static String withoutOurLinks(String linked) {
        return MARKDOWN_LINK.matcher(linked).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }

    /** The input's empty links removed: {@code [text](#)} becomes {@code text}. */
    static String withoutEmptyLinks(String draft) {
        return Pattern.compile("\\[([^\\[\\]]*)]\\(#?\\)").matcher(draft)
                .replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }
}
