package org.unsymbol.draft;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unsymbol.testing.WithDatabase;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Linkify gives back what it got, existing links are checked, and the problems download as CSV or a page. */
@QuarkusTest
@WithDatabase
class DraftLinkifyApiTest {

    private static final String BASE = "http://localhost:8080/r/";
    private static RestAssuredConfig saved;

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

    private static Response post(String path, String type, String body) {
        return given().contentType(type).body(body.getBytes(StandardCharsets.UTF_8)).post(path);
    }

    @Test
    void htmlMarksProblemsAsAskedAndGivesTheRestBack() {
        String html = "<p>Véase A/AC.292/2024/CRP.X <script>alert(1)</script> y A/78/265.</p>";
        String marked = post("/api/v1/drafts/linkify?lang=es&marks=mark", "text/html", html).then().statusCode(200)
                .contentType(startsWith("text/html")).extract().asString();
        // the note and the grammar's message, in the draft's language (lang=es), escaped as an attribute
        assertTrue(marked.contains("<mark class=\"unsymbol-problem unsymbol-placeholder\" title=\"Un marcador de "
                + "redacción: sustitúyalo por la signatura del documento antes de publicarlo. «CRP.X» ocupa el lugar "
                + "del número.\">A/AC.292/2024/CRP.X</mark>"), marked);
        assertTrue(marked.contains("<script>alert(1)</script>"), "the draft's own markup is given back: " + marked);
        assertTrue(marked.contains("<a href=\"" + BASE + "es/A/78/265\">A/78/265</a>"), marked);
        String plain = marked.replaceAll("<mark [^>]*>([^<]*)</mark>", "$1")
                .replaceAll("<a href=\"http://localhost:8080/r/[^\"]*\">([^<]*)</a>", "$1");
        assertEquals(html, plain);
        String none = post("/api/v1/drafts/linkify?lang=es", "text/html", html).then().statusCode(200)
                .extract().asString();
        assertFalse(none.contains("<mark"), "no marks unless asked");
        post("/api/v1/drafts/linkify?marks=blink", "text/html", html).then().statusCode(400)
                .body("code", equalTo("INVALID_PARAMETER")).body("parameter", equalTo("marks"));
    }

    @Test
    void markdownFootnotesOnRequest() {
        String md = DraftFiles.seedDraft();
        String linked = post("/api/v1/drafts/linkify?lang=es&problems=footnotes", "text/markdown", md).then()
                .statusCode(200).contentType(startsWith("text/markdown")).extract().asString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("A/AC\\.292/2024/CRP\\.X(\\[\\^unsymbol-\\d+])")
                .matcher(linked);
        assertTrue(m.find(), "a footnote after the placeholder: " + linked);
        assertTrue(linked.contains("\n" + m.group(1) + ": Un marcador de redacción"), linked);

        String left = post("/api/v1/drafts/linkify?lang=es", "text/markdown", md).then().statusCode(200)
                .extract().asString();
        assertFalse(left.contains("[^unsymbol-"), "problems left out by default");
        String withoutNotes = linked.replaceAll("\n\\[\\^unsymbol-\\d+]: [^\n]*", "")
                .replaceAll("\\[\\^unsymbol-\\d+]", "");
        assertEquals(left.strip(), withoutNotes.strip(), "the footnotes are all that was added");
    }

    @Test
    void existingLinksToAnotherDocumentOrAForeignHostAreReportedAndReplacedOnlyWhenAsked() {
        String md = "Véase [A/78/265](https://undocs.org/A/78/266), [A/77/275](https://evil.example/x), "
                + "[A/AC.292/2024/L.1](https://undocs.org/es/A/AC.292/2024/L.1), "
                + "[A/78/265](http://localhost:8080/r/es/A/78/267) y [A/77/275](javascript:alert(1)).";
        post("/api/v1/drafts/check?lang=es", "text/markdown", md).then().statusCode(200)
                .body("references", hasSize(5))
                .body("references[0].warnings.code", equalTo(List.of("LINK_TARGET_MISMATCH")))
                .body("references[0].warnings[0].message", containsString("A/78/266"))
                .body("references[1].warnings.code", equalTo(List.of("LINK_FOREIGN_HOST")))
                .body("references[1].warnings[0].message", containsString("evil.example"))
                .body("references[2].warnings", hasSize(0))
                .body("references[3].warnings.code", equalTo(List.of("LINK_TARGET_MISMATCH")))
                .body("references[4].warnings.code", equalTo(List.of("LINK_FOREIGN_HOST")));
        String kept = post("/api/v1/drafts/linkify?lang=es", "text/markdown", md).then().statusCode(200)
                .extract().asString();
        assertEquals(md, kept, "links with targets are left alone unless asked");
        String fixed = post("/api/v1/drafts/linkify?lang=es&fixLinks=true", "text/markdown", md).then()
                .statusCode(200).extract().asString();
        assertEquals("Véase [A/78/265](" + BASE + "es/A/78/265), [A/77/275](" + BASE + "es/A/77/275), "
                + "[A/AC.292/2024/L.1](https://undocs.org/es/A/AC.292/2024/L.1), "
                + "[A/78/265](" + BASE + "es/A/78/265) y [A/77/275](" + BASE + "es/A/77/275).", fixed);

        String html = "<p><a href=\"https://undocs.org/en/A/78/266\">A/78/265</a> <a href=\"https://www.un.org/en/\">"
                + "A/77/275</a></p>";
        post("/api/v1/drafts/check", "text/html", html).then().statusCode(200)
                .body("references[0].warnings.code", equalTo(List.of("LINK_TARGET_MISMATCH")))
                .body("references[1].warnings", hasSize(0)); // a UN page that names no document is not judged
    }

    @Test
    void wordComesBackAsWordWithHyperlinksAndCommentsOnRequest() throws IOException {
        List<List<String>> paragraphs = List.of(List.of("Informe"),
                List.of("Véase el documento A/78/", "265 y la resolución ", "75/240."),
                List.of("Incluir A/AC.292/2024/CRP.X."));
        byte[] docx = DraftFiles.docx(paragraphs);
        Response r = given().contentType(DraftFormat.DOCX_TYPE).body(docx)
                .post("/api/v1/drafts/linkify?lang=es&comments=true");
        r.then().statusCode(200).contentType(startsWith(DraftFormat.DOCX_TYPE))
                .header("Content-Disposition", containsString("attachment"))
                .header("X-References", "3").header("X-References-Placeholder", "1");
        try (XWPFDocument out = new XWPFDocument(new ByteArrayInputStream(r.asByteArray()))) {
            List<String> texts = new ArrayList<>();
            List<String> links = new ArrayList<>();
            for (XWPFParagraph p : out.getParagraphs()) {
                StringBuilder text = new StringBuilder();
                for (XWPFRun run : p.getRuns()) {
                    text.append(run.text());
                    if (run instanceof XWPFHyperlinkRun h) {
                        links.add(run.text() + " -> " + h.getHyperlink(out).getURL());
                    }
                }
                texts.add(text.toString());
            }
            assertEquals(paragraphs.stream().map(p -> String.join("", p)).toList(), texts, "the text is the same");
            assertEquals(List.of("A/78/ -> " + BASE + "es/A/78/265", "265 -> " + BASE + "es/A/78/265",
                    "75/240 -> " + BASE + "es/A/RES/75/240"), links, "a symbol split over two runs: one link on both");
            XWPFComment[] comments = out.getComments();
            assertEquals(1, comments.length);
            assertTrue(comments[0].getText().contains("Un marcador de redacción"), comments[0].getText());
        }
        given().contentType(DraftFormat.DOCX_TYPE).accept("application/json").body(docx)
                .post("/api/v1/drafts/linkify").then().statusCode(406).body("code", equalTo("NOT_ACCEPTABLE"));
        given().contentType("application/pdf").body(DraftFiles.pdf(List.of("See A/78/265.")))
                .post("/api/v1/drafts/linkify").then().statusCode(415)
                .contentType("application/problem+json").body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"))
                .body("detail", containsString("a PDF cannot be"));
    }

    @Test
    void reportAsCsvAndAsAPrintablePage() throws IOException {
        String md = DraftFiles.seedDraft() + "\n\nVéase [A/78/265](https://evil.example/x) <script>alert(1)</script>\n";
        Response csv = given().contentType("text/markdown").accept("text/csv")
                .body(md.getBytes(StandardCharsets.UTF_8)).post("/api/v1/drafts/report?lang=es");
        csv.then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("draft-problems.csv"));
        List<CSVRecord> rows = CSVParser.parse(new StringReader(csv.asString()), CSVFormat.RFC4180).getRecords();
        assertEquals(ReportDownloads.HEADER, rows.get(0).toList());
        List<String> codes = rows.stream().skip(1).map(r -> r.get(6)).toList(); // the code column
        assertTrue(codes.contains("PLACEHOLDER_NUMBER"), codes.toString());
        assertTrue(codes.contains("LINK_FOREIGN_HOST"), codes.toString());
        CSVRecord foreign = rows.stream().filter(r -> r.get(6).equals("LINK_FOREIGN_HOST")).findFirst().orElseThrow();
        int line = Integer.parseInt(foreign.get(0));
        assertEquals("Véase [A/78/265](https://evil.example/x) <script>alert(1)</script>",
                md.split("\n", -1)[line - 1], "the line is the draft's");
        assertEquals("A/78/265", md.substring(Integer.parseInt(foreign.get(1)), Integer.parseInt(foreign.get(2))));

        Response page = given().contentType("text/markdown").accept("text/html")
                .body(md.getBytes(StandardCharsets.UTF_8)).post("/api/v1/drafts/report?lang=es");
        page.then().statusCode(200).contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .body(containsString("LINK_FOREIGN_HOST")).body(containsString("PLACEHOLDER_NUMBER"));
        assertFalse(page.asString().contains("<script"), page.asString());
        given().contentType("text/plain").accept("application/json").body("A/78/265")
                .post("/api/v1/drafts/report").then().statusCode(406);
        given().contentType("application/json").accept("text/csv").body("{}")
                .post("/api/v1/drafts/report").then().statusCode(415).body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }
}
