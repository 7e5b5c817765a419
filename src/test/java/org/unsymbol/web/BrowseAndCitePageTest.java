package org.unsymbol.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.unsymbol.testing.WithDatabase;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalogue browser, the citations to copy and the landing page through the resolver, in Debian's headless
 * Chromium: filters, facet charts against the API's own facets, cursor paging, Arabic right to left, an axe-core scan,
 * and each citation block against what {@code /r/{lang}/{symbol}} answers by content negotiation.
 */
@QuarkusTest
@WithDatabase
class BrowseAndCitePageTest {

    /** 30 documents no other test has: a word in their titles, years 2015-2017 (10 each), half with French. */
    private static final int FAMILY = 30;
    private static final String WORD = "zb" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    private static final String BASE = "A/AC.292/2019/" + ThreadLocalRandom.current().nextInt(100_000, 999_999);

    @TestHTTPResource("/")
    URL root;

    private static Browser browser;
    private static boolean imported;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static void importFamily() {
        if (imported) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= FAMILY; i++) {
            lines.add("{\"symbol\": \"" + BASE + "/Add." + i + "\", \"date\": \"" + (2015 + i % 3) + "-03-0" + (1 + i % 9)
                    + "\", \"versions\": {\"en\": {\"title\": \"Addendum " + i + " " + WORD + "\"}"
                    + (i % 2 == 0 ? ", \"fr\": {\"title\": \"Additif " + i + " " + WORD + "\"}" : "") + "}}");
        }
        given().header("Authorization", "Bearer test-key").contentType("application/x-ndjson")
                .body(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports")
                .then().statusCode(200);
        imported = true;
    }

    private void open(String path) {
        String base = root.toString();
        browser.driver.get(base.substring(0, base.length() - 1) + path);
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(d -> "complete".equals(browser.js("return document.readyState")));
    }

    private List<WebElement> all(String css) {
        return browser.driver.findElements(By.cssSelector(css));
    }

    private WebElement one(String css) {
        return browser.driver.findElement(By.cssSelector(css));
    }

    private List<String> listed() {
        return all(".doc-list .sym").stream().map(WebElement::getText).toList();
    }

    /** A facet table as the page shows it: the value (data-value) to its count. */
    private Map<String, Long> table(String facet) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (WebElement td : all("#chart-" + facet + " td.num")) {
            out.put(td.getAttribute("data-value"), Long.parseLong(td.getText().split(" ")[0]));
        }
        return out;
    }

    private static Map<String, Long> apiFacet(JsonPath api, String facet) {
        Map<String, Object> raw = api.getMap("facets." + facet);
        Map<String, Long> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> out.put(k, ((Number) v).longValue()));
        return out;
    }

    @Test
    void filtersFacetsAndPaging() {
        importFamily();
        open("/documents?lang=en");
        JsonPath everything = given().queryParam("facets", true).queryParam("limit", 1).get("/api/v1/documents")
                .then().statusCode(200).extract().jsonPath();
        long total = apiFacet(everything, "kind").values().stream().mapToLong(Long::longValue).sum();
        assertEquals(total + " documents match.", one("#count").getText());
        assertEquals(apiFacet(everything, "year"), table("year"));
        assertEquals(apiFacet(everything, "body"), table("body"));

        // the form: words and a series, sent as the API's q and body
        one("#f-q").sendKeys(WORD);
        one("#f-body").sendKeys("A/AC.292");
        one("form.browse-form button[type=submit]").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains(WORD));
        assertTrue(browser.driver.getCurrentUrl().contains("body=A%2FAC.292"), browser.driver.getCurrentUrl());
        assertEquals(FAMILY + " documents match.", one("#count").getText());
        JsonPath api = given().queryParam("q", WORD).queryParam("body", "A/AC.292").queryParam("facets", true)
                .get("/api/v1/documents").then().statusCode(200).extract().jsonPath();
        assertEquals(Map.of("2015", 10L, "2016", 10L, "2017", 10L), apiFacet(api, "year"));
        assertEquals(apiFacet(api, "year"), table("year"));
        // the chart draws the same counts: three equal bars; language coverage against all 30 documents
        List<WebElement> yearBars = all("#chart-year svg[role=img] rect.bar");
        assertEquals(3, yearBars.size());
        for (WebElement bar : yearBars) {
            assertEquals(String.valueOf(FacetChart.BAR), bar.getAttribute("width"));
        }
        assertEquals("Documents per year", one("#chart-year figcaption").getText());
        assertEquals("chart-year-h", one("#chart-year svg").getAttribute("aria-labelledby"));
        List<String> coverage = all("#chart-language rect.bar").stream().map(r -> r.getAttribute("width")).toList();
        assertEquals(List.of("0", "0", "250", "125", "0", "0"), coverage, "ar zh en fr ru es");
        assertEquals("15 / 30", one("#chart-language td.num[data-value=fr]").getText());

        // paging by cursor: 20, then the other 10, each document once, and back to the first page
        List<String> first = listed();
        assertEquals(PageResource.PAGE_SIZE, first.size());
        assertTrue(first.stream().allMatch(s -> s.startsWith(BASE + "/Add.")), first.toString());
        one("#next-page").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("cursor="));
        List<String> second = listed();
        assertEquals(FAMILY - PageResource.PAGE_SIZE, second.size());
        assertTrue(all("#next-page").isEmpty(), "the last page has no next");
        HashSet<String> seen = new HashSet<>(first);
        seen.addAll(second);
        assertEquals(FAMILY, seen.size());
        assertEquals(FAMILY + " documents match.", one("#count").getText(), "the count is of all pages");
        one("#first-page").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("cursor="));
        assertEquals(first, listed());

        // a facet is a filter: the year in the table, and a language
        one("#chart-year th a[href*='year=2016']").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("year=2016"));
        assertEquals("10 documents match.", one("#count").getText());
        assertTrue(all(".doc-list .meta").stream().allMatch(m -> m.getText().startsWith("2016-03-")));
        new Select(one("#f-language")).selectByValue("fr");
        one("form.browse-form button[type=submit]").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("language=fr"));
        int fr = given().queryParam("q", WORD).queryParam("year", 2016).queryParam("lang", "fr")
                .queryParam("body", "A/AC.292").get("/api/v1/documents").then().extract().path("items.size()");
        assertEquals(fr + " documents match.", one("#count").getText());
        assertEquals(fr, listed().size());
        // each result opens its document page
        String symbol = listed().get(0);
        one(".doc-list .sym").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/documents/A/"));
        assertEquals(symbol, one("h1").getText());
    }

    @Test
    void theArabicBrowserIsRightToLeftWithItsChartsMirrored() {
        importFamily();
        open("/documents?q=" + WORD + "&lang=ar");
        assertEquals("rtl", one("html").getAttribute("dir"));
        assertEquals("ar", one("html").getAttribute("lang"));
        assertEquals("عدد الوثائق المطابقة: " + FAMILY + ".", one("#count").getText());
        assertEquals("الوثائق حسب السنة", one("#chart-year figcaption").getText());
        // bars grow from the right: each ends where the labels start
        for (WebElement bar : all("#chart-year rect.bar")) {
            int x = Integer.parseInt(bar.getAttribute("x"));
            int w = Integer.parseInt(bar.getAttribute("width"));
            assertEquals(FacetChart.WIDTH - FacetChart.LABEL, x + w);
        }
        WebElement chart = one("#chart-year svg");
        WebElement firstBar = all("#chart-year rect.bar").get(0);
        assertTrue(firstBar.getRect().getX() + firstBar.getRect().getWidth() - chart.getRect().getX()
                > chart.getRect().getWidth() / 2, "the bar is drawn on the right, as laid out");
        assertEquals("العربية", all("#chart-language th").get(2).getText());
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "/documents in Arabic");
        open("/documents?q=" + WORD + "&lang=en");
        for (WebElement bar : all("#chart-year rect.bar")) {
            assertEquals(String.valueOf(FacetChart.LABEL), bar.getAttribute("x"));
        }
        WebElement ltrBar = all("#chart-year rect.bar").get(0);
        assertTrue(ltrBar.getRect().getX() - one("#chart-year svg").getRect().getX()
                < one("#chart-year svg").getRect().getWidth() / 2, "the bar is drawn on the left, as laid out");
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "/documents in English");
        open("/documents?year=nineteen&lang=en");
        assertTrue(one("#bad-filter").getText().contains("year"), one("#bad-filter").getText());
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "/documents refused");
    }

    private static String negotiated(String path, String accept) {
        return given().accept(accept).get(path).then().statusCode(200).extract().asString();
    }

    private void assertCitationsAre(String resolverPath) throws Exception {
        assertEquals(negotiated(resolverPath, "application/x-bibtex"), one("#cite-bibtex").getAttribute("value"));
        assertEquals(negotiated(resolverPath, "application/x-research-info-systems"),
                one("#cite-ris").getAttribute("value"));
        ObjectMapper json = new ObjectMapper();
        assertEquals(json.readTree(negotiated(resolverPath, "application/vnd.citationstyles.csl+json")),
                json.readTree(one("#cite-csl").getAttribute("value")));
        assertEquals(resolverPath, one(".cite a").getAttribute("pathname"));
    }

    @Test
    void theCitationsToCopyAreTheResolversOwn() throws Exception {
        open("/symbols?q=A/78/265&lang=en");
        assertCitationsAre("/r/en/A/78/265");
        assertTrue(one("#cite-bibtex").getAttribute("value").contains("Second annual progress report"));
        open("/documents/A/AC.292/2024/L.1?lang=es");
        assertCitationsAre("/r/es/A/AC.292/2024/L.1");
        assertTrue(one("#cite-ris").getAttribute("value").contains("TI  - Proyecto de tercer informe anual"));
        open("/symbols?q=A/RES/75/240&lang=fr");
        assertCitationsAre("/r/fr/A/RES/75/240");

        // the copy button (shown by the script) puts the text on the clipboard
        browser.driver.executeCdpCommand("Browser.grantPermissions", Map.of("permissions",
                List.of("clipboardReadWrite", "clipboardSanitizedWrite"), "origin",
                root.toString().substring(0, root.toString().length() - 1)));
        WebElement copy = one("button.copy[data-copy=cite-ris]");
        assertTrue(copy.isDisplayed());
        copy.click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> "cite-ris".equals(browser.js("return document.body.getAttribute('data-copied')")));
        assertEquals("RIS copié.", one("#copy-status").getText());
        Object pasted = browser.driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, e => done('failed: ' + e));");
        assertEquals(one("#cite-ris").getAttribute("value"), pasted);
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "a lookup with its citation");

        // a symbol the grammar refuses has no citation; an uncatalogued one has the resolver's (no title)
        open("/symbols?q=A/C.1./78/L.11&lang=en");
        assertTrue(all("#cite-bibtex").isEmpty());
        open("/symbols?q=A/78/300&lang=en");
        assertCitationsAre("/r/en/A/78/300");
        assertFalse(one("#cite-bibtex").getAttribute("value").contains("title ="), "not catalogued: no title");
    }

    @Test
    void theLandingPageThroughTheResolver() {
        open("/r/es/A/AC.292/2024/L.1?landing");
        assertEquals("/documents/A/AC.292/2024/L.1", browser.js("return location.pathname"));
        assertEquals("es", one("html").getAttribute("lang"));
        assertNotNull(one("p.lead"));
        assertTrue(one("p.lead").getText().startsWith("Proyecto de tercer informe anual"));
        assertFalse(all("#cite-bibtex").isEmpty());
    }
}
