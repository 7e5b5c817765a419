package org.unsymbol.draft;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unsymbol.extract.ReferenceExtractor;
import org.unsymbol.testing.WithDatabase;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report an editor reads (issue 14): where each reference is, in the editor's language, with its pinpoints,
 * short forms resolved or said to be ambiguous, messy writing reported, unregistered series linked with a note.
 */
@QuarkusTest
@WithDatabase
class DraftReportApiTest {

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

    private static JsonPath check(String query, String type, String body, String acceptLanguage) {
        var request = given().contentType(type).body(body.getBytes(StandardCharsets.UTF_8));
        if (acceptLanguage != null) {
            request = request.header("Accept-Language", acceptLanguage);
        }
        return request.post("/api/v1/drafts/check" + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theSeedDraftKeepsItsReferencesNowWithLineParagraphAndContextAndSpanishMessages() {
        String draft = DraftFiles.seedDraft();
        JsonPath report = check("?lang=es", "text/markdown", draft, null);
        List<Map<String, Object>> refs = report.getList("references");
        // the same references as the extractor finds (SeedDraftExtractionTest: 16 documents and the placeholder)
        assertEquals(ReferenceExtractor.standard().extract(draft).references().size(), refs.size());
        assertEquals(17, new TreeSet<>(report.<String>getList("references.symbol")).size());
        assertFalse(report.<String>getList("references.form").contains("short"));
        assertEquals(0, report.getInt("summary.ambiguous"));
        for (Map<String, Object> r : refs) {
            assertTrue((Integer) r.get("line") > 0 && (Integer) r.get("column") > 0, r.toString());
            assertTrue(((String) r.get("context")).contains(((String) r.get("text")).replaceAll("\\s+", " "))
                    || ((String) r.get("text")).contains("\n"), r.toString());
            assertNull(r.get("page"));
        }
        Map<String, Object> first = refs.stream().filter(r -> r.get("symbol").equals("A/77/275")).findFirst()
                .orElseThrow();
        assertEquals(24, first.get("line"));
        assertEquals("2", first.get("paragraph"));
        assertEquals("I. Introducción", first.get("section"));
        Map<String, Object> placeholder = refs.stream().filter(r -> r.get("status").equals("placeholder"))
                .findFirst().orElseThrow();
        assertEquals("A/AC.292/2024/CRP.X", placeholder.get("symbol"));
        assertEquals(82, placeholder.get("line"));
        assertEquals("20", placeholder.get("paragraph"));
        assertEquals("III. Aprobación del informe", placeholder.get("section"));
        assertEquals("Un marcador de redacción: sustitúyalo por la signatura del documento antes de publicarlo.",
                placeholder.get("note"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) placeholder.get("errors");
        assertEquals("PLACEHOLDER_NUMBER", errors.get(0).get("code")); // the code is the same in every language
        assertEquals("«CRP.X» ocupa el lugar del número.", errors.get(0).get("message"));
    }

    @Test
    void messagesFollowLangThenAcceptLanguageThenEnglish() {
        String text = "Véase A/AC.292/2024/CRP.X.";
        assertThat(check("", "text/plain", text, "fr-CH, en;q=0.8"), "Un espace réservé de rédaction");
        assertThat(check("", "text/plain", text, "ru"), "Заполнитель в проекте");
        assertThat(check("", "text/plain", text, "zh"), "起草占位符");
        assertThat(check("", "text/plain", text, "ar"), "عنصر نائب");
        assertThat(check("?lang=es", "text/plain", text, "ar"), "Un marcador de redacción");
        assertThat(check("", "text/plain", text, null), "A drafting placeholder");
    }

    private static void assertThat(JsonPath report, String notePrefix) {
        assertTrue(report.getString("references[0].note").startsWith(notePrefix), report.prettify());
        assertEquals("PLACEHOLDER_NUMBER", report.getString("references[0].errors[0].code"));
    }

    @Test
    void pinpointsAndShortFormsComeWithTheirReferences() {
        String text = "See A/78/265, para. 12, and paragraph 5 of resolution 75/240.\n"
                + "1 A/77/275, annex II.\n2 Ibid., para. 4.\n3 A/77/275 and A/78/265.\n4 Ibid.\n";
        JsonPath report = check("?lang=en", "text/plain", text, null);
        assertEquals(List.of(Map.of("kind", "paragraph", "value", "12")), report.getList("references[0].pinpoints"));
        assertEquals("A/RES/75/240", report.getString("references[1].symbol"));
        assertEquals(List.of(Map.of("kind", "paragraph", "value", "5")), report.getList("references[1].pinpoints"));
        assertEquals(List.of(Map.of("kind", "annex", "value", "II")), report.getList("references[2].pinpoints"));
        Map<String, Object> ibid = report.getMap("references[3]");
        assertEquals("Ibid.", ibid.get("text"));
        assertEquals("short", ibid.get("form"));
        assertEquals("A/77/275", ibid.get("symbol"));
        assertEquals(Map.of("start", text.indexOf("A/77/275"), "symbol", "A/77/275"), ibid.get("antecedent"));
        assertEquals(report.getString("references[2].status"), ibid.get("status"));
        assertEquals(report.getString("references[2].link"), ibid.get("link"));
        assertEquals(List.of(Map.of("kind", "paragraph", "value", "4")), ibid.get("pinpoints"));
        assertEquals(3, ibid.get("line"));
        Map<String, Object> ambiguous = report.getMap("references[6]");
        assertEquals("Ibid.", ambiguous.get("text"));
        assertEquals("ambiguous", ambiguous.get("status"));
        assertNull(ambiguous.get("link"));
        assertNull(ambiguous.get("antecedent"));
        assertEquals(List.of("A/77/275", "A/78/265"), report.getList("references[6].candidates.symbol"));
        assertTrue(((String) ambiguous.get("note")).startsWith("Could stand for A/77/275 or A/78/265"));
        assertEquals(1, report.getInt("summary.ambiguous"));
        assertEquals(7, report.getInt("summary.references"));
        assertEquals(3, report.getInt("distinct.references")); // short forms are not symbols of their own
    }

    @Test
    void messyWritingIsReportedWithItsCanonicalForm() {
        JsonPath report = check("?lang=en", "text/plain", "See A /78/ 265, a/78/265 and Ａ/78/265.", null);
        assertEquals(List.of("A/78/265", "A/78/265", "A/78/265"), report.getList("references.symbol"));
        assertEquals(List.of("A /78/ 265", "a/78/265", "Ａ/78/265"), report.getList("references.text"));
        assertEquals("Written \"A /78/ 265\" (spacing): write A/78/265.", report.getString("references[0].note"));
        assertTrue(report.<String>getList("references[0].warnings.code").contains("NORMALIZED_WHITESPACE"));
        assertTrue(report.getString("references[1].note").startsWith("Written \"a/78/265\" (lower case)"));
        assertTrue(report.<String>getList("references[1].warnings.code").contains("NORMALIZED_CASE"));
        assertTrue(report.getString("references[2].note").startsWith("Written \"Ａ/78/265\" (full-width"));
        assertTrue(report.<String>getList("references[2].warnings.code").contains("NORMALIZED_UNICODE"));
        // a clean reference says nothing
        assertNull(check("?lang=en", "text/plain", "See A/78/265.", null).getString("references[0].note"));
        // Spanish
        assertEquals("Escrita «A /78/ 265» (espacios): escriba A/78/265.",
                check("?lang=es", "text/plain", "Véase A /78/ 265.", null).getString("references[0].note"));
    }

    @Test
    void anUnregisteredSeriesIsLinkedWithItsNote() {
        given().contentType("text/plain").body("See XYZQ/2021/10.").post("/api/v1/drafts/check?lang=en")
                .then().statusCode(200)
                .body("references[0].status", equalTo("unknown"))
                .body("references[0].link", notNullValue())
                .body("references[0].warnings.code", hasItem("UNREGISTERED_ROOT"))
                .body("references[0].note", containsString("the link is given on that understanding"));
    }

    @Test
    void aPdfGivesThePageOfEachReference() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : List.of("See document A/78/265.", "And resolution 75/240.")) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    content.newLineAtOffset(72, 700);
                    content.showText(line);
                    content.endText();
                }
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        given().contentType("application/pdf").body(pdf).post("/api/v1/drafts/check?lang=en").then()
                .statusCode(200)
                .body("references.symbol", equalTo(List.of("A/78/265", "A/RES/75/240")))
                .body("references.page", equalTo(List.of(1, 2)))
                .body("references[1].line", equalTo(2));
    }

    @Test
    void htmlSectionsAndParagraphs() {
        given().contentType("text/html").body("<h2>II. Organización</h2><p>12. Véase A/78/265.</p>"
                        .getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/drafts/check?lang=es").then().statusCode(200)
                .body("references[0].section", equalTo("II. Organización"))
                .body("references[0].paragraph", equalTo("12"))
                .body("references[0].page", nullValue())
                .body("references", hasSize(1));
    }
}
