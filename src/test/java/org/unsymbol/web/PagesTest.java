package org.unsymbol.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.unsymbol.testing.WithDatabase;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * The pages over plain HTTP, as a browser without JavaScript gets them: the headers, the server-rendered lookup and
 * landing pages, the interface language, and escaping of whatever the visitor sends.
 */
@QuarkusTest
@WithDatabase
class PagesTest {

    @Test
    void everyPageHasTheStrictHeaders() {
        for (String path : new String[]{"/", "/symbols", "/symbols?q=A/78/265", "/documents/A/78/265",
                "/documents/A/99/999", "/documents", "/documents?body=A/AC.292&lang=ar", "/documents?year=x"}) {
            given().accept("text/html").get(path).then()
                    .contentType(startsWith("text/html"))
                    .header("Content-Security-Policy", equalTo(PageHeaders.CSP))
                    .header("Content-Security-Policy", allOf(containsString("script-src 'self'"),
                            not(containsString("unsafe-inline")), not(containsString("unsafe-eval"))))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "no-referrer");
        }
        given().get("/assets/check.js").then().statusCode(200).contentType(containsString("javascript"));
        given().get("/assets/copy.js").then().statusCode(200).contentType(containsString("javascript"));
        given().get("/assets/site.css").then().statusCode(200).contentType(startsWith("text/css"));
    }

    @Test
    void theCheckPageHasNoInlineScriptAndNamesTheLanguage() {
        String html = given().get("/?lang=fr").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("<html lang=\"fr\" dir=\"ltr\">"), html);
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("<script src=\"/assets/check.js\" defer></script>"));
        org.junit.jupiter.api.Assertions.assertEquals(1, html.split("<script", -1).length - 1, "one script, no inline one");
        org.junit.jupiter.api.Assertions.assertFalse(html.matches("(?s).*\\son[a-z]+=.*"), "no inline handler");
        given().get("/?lang=ar").then().body(containsString("<html lang=\"ar\" dir=\"rtl\">"))
                .body(containsString("تدقيق الإشارات في مشروع وثيقة"));
        given().header("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.5").get("/").then()
                .body(containsString("<html lang=\"ru\" dir=\"ltr\">")).body(containsString("Проверка ссылок"));
        given().header("Accept-Language", "de-DE,zh-CN;q=0.8").get("/").then()
                .body(containsString("<html lang=\"zh\" dir=\"ltr\">"));
        given().header("Accept-Language", "de-DE").get("/").then().body(containsString("<html lang=\"en\""));
    }

    @Test
    void theLookupPageWorksWithoutJavaScript() {
        given().get("/symbols?lang=en&q=a/78/265 Add.l").then().statusCode(200)
                .body(containsString("<code>PLAUSIBLE</code>"))
                .body(containsString("A/78/265/Add.1"))
                .body(containsString("<code>NORMALIZED_OCR</code>"))
                .body(containsString("Letter &#39;l&#39; in a number read as digit &#39;1&#39;."))
                .body(containsString("<mark class=\"span\">"))
                .body(containsString("href=\"/r/es/A/78/265/Add.1\""))
                .body(containsString("href=\"/r/ar/A/78/265/Add.1\""));
        // catalogued: the record, its titles and the landing page
        given().get("/symbols?lang=en&q=A/78/265").then().statusCode(200)
                .body(containsString("Second annual progress report"))
                .body(containsString("href=\"/documents/A/78/265?lang=en\""))
                .body(containsString("in the catalogue"));
        // malformed: the finding with its span, and the suggestion as a link to its own lookup
        given().get("/symbols?lang=en&q=A/C.1./78/L.11").then().statusCode(200)
                .body(containsString("<code>MALFORMED</code>"))
                .body(containsString("<code>STRAY_PUNCTUATION</code>"))
                .body(containsString("A/C.1<mark class=\"span\">.</mark>/78/L.11"))
                .body(containsString("<a href=\"/symbols?q=A%2FC.1%2F78%2FL.11&amp;lang=en\" dir=\"ltr\">A/C.1/78/L.11</a>"))
                .body(containsString("This symbol is not in the catalogue."));
    }

    @Test
    void whatTheVisitorSendsIsEscaped() {
        String hostile = "\"><script>alert(1)</script><img src=x onerror=alert(2)>";
        String html = given().queryParam("q", hostile).get("/symbols").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(html.contains("<script>alert"), html);
        org.junit.jupiter.api.Assertions.assertFalse(html.contains("<img src=x"), html);
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        String doc = given().get("/documents/%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E").then().statusCode(404)
                .contentType(startsWith("text/html")).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(doc.contains("<script>alert"), doc);
        given().queryParam("q", "A/".repeat(400)).get("/symbols").then().statusCode(200)
                .body(containsString("too long"));
    }

    @Test
    void theLandingPageOfADocument() {
        given().get("/documents/A/AC.292/2024/L.1?lang=es").then().statusCode(200)
                .body(containsString("<html lang=\"es\" dir=\"ltr\">"))
                .body(containsString("Proyecto de tercer informe anual"))
                .body(containsString("href=\"/r/fr/A/AC.292/2024/L.1\""))
                .body(containsString("Sin versión en el catálogo"))
                .body(containsString("Adoption of annual progress reports"))
                .body(containsString("href=\"/documents/A/78/265?lang=es\""));
        given().get("/documents/A/99/999?lang=en").then().statusCode(404)
                .body(containsString("This symbol is not in the catalogue."));
        // the API's own answers are unchanged
        given().get("/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theCatalogueBrowserWorksWithoutJavaScriptAndRefusesBadFilters() {
        // words of one seed title, within a series (other tests of the run add documents to A/AC.292)
        String html = given().get("/documents?lang=en&body=A/AC.292&q=tercer").then().statusCode(200).extract()
                .asString();
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("1 document matches."), html);
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("<svg class=\"bars\" role=\"img\""), html);
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("href=\"/documents/A/AC.292/2024/L.1?lang=en\""));
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("<table class=\"facet-table\">"));
        org.junit.jupiter.api.Assertions.assertFalse(html.contains("<script"), "no script at all");
        org.junit.jupiter.api.Assertions.assertFalse(html.matches("(?s).*\\sstyle=.*"), "no style attribute (CSP)");
        org.junit.jupiter.api.Assertions.assertFalse(html.matches("(?s).*\\son[a-z]+=.*"), "no inline handler");
        given().get("/documents?year=nineteen&lang=en").then().statusCode(400).contentType(startsWith("text/html"))
                .body(containsString("This filter is not valid")).body(containsString("<code>year</code>"));
        given().get("/documents?cursor=bm9wZQ&lang=en").then().statusCode(400)
                .body(containsString("<code>cursor</code>"));
        given().get("/documents?q=tercer&lang=es&body=A/AC.292").then().statusCode(200)
                .body(containsString("1 documento coincide."));
        given().get("/documents?q=tercer&lang=fr&body=A/AC.999").then().statusCode(200)
                .body(containsString("0 documents correspondent."));
        given().get("/documents?language=xx&lang=es").then().statusCode(400)
                .body(containsString("Este filtro no es válido")).body(containsString("<code>language</code>"));
        given().get("/documents?kind=poem&lang=en").then().statusCode(400).body(containsString("<code>kind</code>"));
        given().queryParam("q", "x".repeat(600)).get("/documents").then().statusCode(400)
                .body(containsString("too long"));
        String hostile = "\"><script>alert(1)</script>";
        String escaped = given().queryParam("q", hostile).queryParam("body", hostile).get("/documents").then()
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(escaped.contains("<script>alert"), escaped);
    }

    @Test
    void theCitationIsOnThePageWithoutJavaScript() {
        String bibtex = given().accept("application/x-bibtex").get("/r/en/A/78/265").then().statusCode(200)
                .extract().asString();
        String html = given().get("/symbols?q=A/78/265&lang=en").then().statusCode(200).extract().asString();
        String escaped = bibtex.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
        org.junit.jupiter.api.Assertions.assertTrue(html.contains(">" + escaped + "</textarea>"), html);
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("data-copy=\"cite-bibtex\" data-name=\"BibTeX\" hidden>"),
                "the copy button waits for the script");
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("<script src=\"/assets/copy.js\" defer></script>"));
    }

    @Test
    void theResolverLinkWithLandingOpensTheLandingPage() {
        given().redirects().follow(false).header("Accept-Language", "fr-FR,fr;q=0.9").get("/r/A/78/265?landing")
                .then().statusCode(303).header("Location", endsWith("/documents/A/78/265?lang=fr"));
        given().redirects().follow(false).get("/r/es/A/78/265?landing").then().statusCode(303)
                .header("Location", endsWith("/documents/A/78/265?lang=es"));
        given().redirects().follow(false).urlEncodingEnabled(false).get("/r/S/RES/2719%20(2023)?landing").then()
                .statusCode(303).header("Location", endsWith("/documents/S/RES/2719%20(2023)?lang=en"));
        given().redirects().follow(false).head("/r/es/A/78/265?landing").then().statusCode(303)
                .header("Location", endsWith("/documents/A/78/265?lang=es"));
        // without it the resolver answers as before: a browser goes to the file, a program gets JSON
        given().redirects().follow(false).accept("text/html").get("/r/es/A/78/265").then().statusCode(302)
                .header("Location", not(containsString("/documents/")));
        given().accept("application/json").get("/r/es/A/78/265").then().statusCode(200)
                .body("language", equalTo("es"));
        // a pair of letters that is no language is the resolver's to refuse, landing or not
        given().redirects().follow(false).get("/r/xx/A/78/265?landing").then().statusCode(400);
        // and the page it lands on
        given().get("/documents/A/78/265?lang=fr").then().statusCode(200)
                .body(containsString("<html lang=\"fr\" dir=\"ltr\">"));
    }
}
