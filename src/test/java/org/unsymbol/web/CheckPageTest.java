package org.unsymbol.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.unsymbol.testing.Fixtures;
import org.unsymbol.testing.WithDatabase;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The draft check page in a real browser (Debian's headless Chromium): the seed draft pasted, dropped and chosen as a
 * file, keyboard-only use, the Arabic interface, a hostile draft, the download against the API's own answer, an
 * axe-core scan of every page, the screenshots, and the time from drop to the first painted report for 1 MB.
 */
@QuarkusTest
@WithDatabase
class CheckPageTest {

    /** The seed draft's references in Spanish: 16 catalogued documents (cited 22 times), one drafting placeholder. */
    private static final int SEED_FOUND = 16;
    private static final int SEED_FOUND_OCCURRENCES = 22;
    private static final String PLACEHOLDER = "A/AC.292/2024/CRP.X";

    @TestHTTPResource("/")
    URL root;

    private static Browser browser;
    private static RestAssuredConfig saved;

    @BeforeAll
    static void startBrowser() {
        saved = RestAssured.config();
        RestAssured.config = saved.encoderConfig(
                EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        RestAssured.config = saved;
        if (browser != null) {
            browser.close();
        }
    }

    private String url(String path) {
        String base = root.toString();
        return base.substring(0, base.length() - 1) + path;
    }

    private void open(String path) {
        browser.driver.get(url(path));
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(d -> "complete".equals(browser.js("return document.readyState")));
    }

    private WebElement byId(String id) {
        return browser.driver.findElement(By.id(id));
    }

    /**
     * Waits for the painted report of the check just started (check.js sets data-report-ms after two frames) and for
     * the draft view to be built to its end (data-complete-ms: a long draft is built in steps after the first paint).
     */
    private void awaitReport() {
        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(d ->
                browser.js("return document.body.getAttribute('data-report-ms')") != null
                        && browser.js("return document.body.getAttribute('data-complete-ms')") != null
                        || byId("status").getAttribute("class").contains("error"));
        assertFalse(byId("status").getAttribute("class").contains("error"), byId("status").getText());
    }

    private int legendCount(String status) {
        return Integer.parseInt(browser.driver.findElement(By.cssSelector("[data-count='" + status + "']")).getText());
    }

    private List<WebElement> marks(String status) {
        return browser.driver.findElements(By.cssSelector("#draft-view .ref.st-" + status));
    }

    private String background(WebElement e) {
        return e.getCssValue("background-color");
    }

    private Response check(String type, byte[] body) {
        return given().contentType(type).body(body).post("/api/v1/drafts/check?lang=es");
    }

    /** What every way in must show for the seed draft: counts, colours, the placeholder first among the problems. */
    private void assertSeedReport() {
        Response api = check("text/markdown", Fixtures.bytes(Fixtures.SEED_DRAFT));
        assertEquals(SEED_FOUND, (int) api.path("distinct.found"), "the API's own count of the seed draft");
        assertEquals(SEED_FOUND_OCCURRENCES, (int) api.path("summary.found"));
        assertEquals(1, (int) api.path("summary.placeholder"));

        assertEquals(SEED_FOUND_OCCURRENCES, legendCount("found"));
        String distinct = browser.driver.findElement(By.cssSelector("[data-distinct='found']")).getText();
        assertTrue(distinct.matches("\\D*" + SEED_FOUND + "\\D*"), "16 distinct documents: " + distinct);
        assertEquals(1, legendCount("placeholder"));
        assertEquals(0, legendCount("malformed"));
        assertEquals(0, legendCount("unknown"));
        assertEquals(0, legendCount("missing"));
        assertEquals(SEED_FOUND_OCCURRENCES, marks("found").size());
        List<WebElement> placeholders = marks("placeholder");
        assertEquals(1, placeholders.size());
        assertEquals(PLACEHOLDER, placeholders.get(0).getText());

        String foundSwatch = background(browser.driver.findElement(By.cssSelector("#legend .swatch.st-found")));
        String placeholderSwatch = background(browser.driver.findElement(By.cssSelector("#legend .swatch.st-placeholder")));
        assertEquals("rgba(201, 239, 211, 1)", foundSwatch, "found is the green of site.css");
        assertEquals("rgba(232, 217, 251, 1)", placeholderSwatch, "placeholder is the violet of site.css");
        for (WebElement m : marks("found")) {
            assertEquals(foundSwatch, background(m), m.getText());
        }
        assertEquals(placeholderSwatch, background(placeholders.get(0)));

        List<WebElement> problems = browser.driver.findElements(By.cssSelector("#problems li.problem"));
        assertEquals(1, problems.size(), "the placeholder is the one problem");
        assertTrue(problems.get(0).getText().contains(PLACEHOLDER), problems.get(0).getText());
        // the grammar's message in the draft's language (the page sends lang=es), as the API words it
        assertTrue(problems.get(0).getText().contains("«CRP.X» ocupa el lugar del número."), problems.get(0).getText());
    }

    @Test
    void theSeedDraftPastedShowsItsSixteenReferencesAndThePlaceholder() {
        open("/?lang=en");
        new Select(byId("draft-lang")).selectByValue("es");
        WebElement text = byId("draft-text");
        text.sendKeys(Fixtures.seedDraft());
        assertEquals(Fixtures.seedDraft(), text.getDomProperty("value"), "the draft typed in as it is");
        byId("check-button").click();
        awaitReport();
        assertSeedReport();
        assertEquals(Fixtures.seedDraft(), browser.js("return document.getElementById('draft-view').textContent"),
                "the draft is shown whole, as text");
    }

    @Test
    void theSeedDraftDroppedAsAFileAndChosenAsAFile() throws Exception {
        open("/?lang=en");
        new Select(byId("draft-lang")).selectByValue("es");
        drop("A_AC.292_2024_L.1-es.md", "text/markdown", Fixtures.seedDraft());
        awaitReport();
        assertSeedReport();
        assertEquals("A_AC.292_2024_L.1-es.md", byId("file-name").getText());

        open("/?lang=en");
        new Select(byId("draft-lang")).selectByValue("es");
        Path file = Files.createTempFile("seed-", ".md");
        Files.writeString(file, Fixtures.seedDraft());
        byId("draft-file").sendKeys(file.toString());
        byId("check-button").click();
        awaitReport();
        assertSeedReport();
        Files.delete(file);
    }

    /** A file dropped on the drop zone as a person's drag and drop delivers it: a drop event with a DataTransfer. */
    private void drop(String name, String type, String content) {
        browser.js("""
                const dt = new DataTransfer();
                dt.items.add(new File([arguments[2]], arguments[0], {type: arguments[1]}));
                const zone = document.getElementById('drop-zone');
                zone.dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true}));
                zone.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));""",
                name, type, content);
    }

    private String active() {
        return (String) browser.js("const a = document.activeElement; return a.id || a.className || a.tagName");
    }

    private void tabUntil(String what, int most) {
        Actions keys = new Actions(browser.driver);
        for (int i = 0; i < most; i++) {
            if (what.equals(active())) {
                return;
            }
            keys.sendKeys(Keys.TAB).perform();
        }
        assertEquals(what, active(), "Tab never reached " + what);
    }

    @Test
    void keyboardOnly() {
        open("/?lang=en");
        tabUntil("draft-text", 20);
        new Actions(browser.driver).sendKeys("Véase el documento A/78/265 y el documento " + PLACEHOLDER + ".").perform();
        tabUntil("draft-lang", 10);
        assertNotEquals("none", browser.driver.switchTo().activeElement().getCssValue("outline-style"),
                "focus is visible");
        new Actions(browser.driver).sendKeys(Keys.END).perform(); // Español, the last of the six
        assertEquals("es", byId("draft-lang").getDomProperty("value"));
        tabUntil("check-button", 5);
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        awaitReport();
        assertEquals(1, legendCount("found"));
        assertEquals(1, legendCount("placeholder"));

        tabUntil("go", 20);
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        WebElement focused = browser.driver.switchTo().activeElement();
        assertEquals(PLACEHOLDER, focused.getText(), "Enter on a problem focuses it in the draft");
        assertTrue(focused.getAttribute("class").contains("st-placeholder"));
        assertNotEquals("none", focused.getCssValue("outline-style"), "focus is visible");
        WebElement tip = byId("tip");
        assertTrue(tip.isDisplayed(), "focus shows the reference's details");
        assertTrue(tip.getText().contains(PLACEHOLDER), tip.getText());

        new Actions(browser.driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        WebElement found = browser.driver.switchTo().activeElement();
        assertEquals("A/78/265", found.getText(), "the references are in the tab order");
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> tip.getText().contains("Segundo informe"));
        assertTrue(tip.getText().contains("http://localhost:8080/r/es/A/78/265"), tip.getText());
        assertTrue(tip.getText().contains("en, es"), tip.getText());
        new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
        assertFalse(tip.isDisplayed(), "Escape closes the details");
    }

    @Test
    void theArabicInterfaceIsRightToLeft() {
        for (String path : List.of("/?lang=ar", "/symbols?q=A/78/265&lang=ar", "/documents/A/78/265?lang=ar")) {
            open(path);
            assertEquals("ar", browser.js("return document.documentElement.lang"), path);
            assertEquals("rtl", browser.js("return document.documentElement.dir"), path);
            assertEquals("rtl", browser.js("return getComputedStyle(document.body).direction"), path);
        }
        open("/?lang=ar");
        assertEquals("تدقيق الإشارات في مشروع وثيقة", browser.driver.findElement(By.tagName("h1")).getText());
        new Select(byId("draft-lang")).selectByValue("es");
        drop("seed.md", "text/markdown", Fixtures.seedDraft());
        awaitReport();
        assertSeedReport();
        assertEquals("auto", byId("draft-view").getAttribute("dir"), "a Spanish draft keeps its own direction");
        open("/?lang=en");
        assertEquals("ltr", browser.js("return document.documentElement.dir"));
    }

    @Test
    void aHostileDraftRunsNothing() {
        String hostile = """
                <script>window.__pwned = 'script';</script>
                "><img src=x onerror="window.__pwned = 'img'">
                <svg onload="window.__pwned = 'svg'"></svg><iframe srcdoc="<script>parent.__pwned='frame'</script>">
                [A/78/265](javascript:window.__pwned='link') and A/78/265"><img src=x onerror=window.__pwned='attr'>
                and A/AC.292/2024/CRP.X<style>*{display:none}</style>
                """;
        for (String format : List.of("text/markdown", "text/plain", "text/html")) {
            open("/?lang=en");
            new Select(byId("draft-format")).selectByValue(format);
            new Select(byId("draft-lang")).selectByValue("es");
            browser.js("document.getElementById('draft-text').value = arguments[0]", hostile);
            byId("check-button").click();
            awaitReport();
            assertTrue(marks("found").size() >= 1, format);
            assertTrue(byId("draft-view").getText().contains("<script>window.__pwned"), "shown as text: " + format);
            hoverAll();
            assertNull(browser.js("return window.__pwned === undefined ? null : String(window.__pwned)"), format);
            assertEquals(0L, browser.js("return document.querySelectorAll('#results img, #results svg, "
                    + "#results iframe, #results script, #results style').length"), format);
        }
        open("/?lang=en");
        drop("\"><img src=x onerror=window.__pwned='name'>.html", "text/html", hostile);
        awaitReport();
        hoverAll();
        assertNull(browser.js("return window.__pwned === undefined ? null : String(window.__pwned)"), "a hostile file");
        assertEquals(0L, browser.js("return document.querySelectorAll('img, svg, iframe').length"));
    }

    private void hoverAll() {
        for (WebElement m : browser.driver.findElements(By.cssSelector("#draft-view .ref"))) {
            new Actions(browser.driver).moveToElement(m).perform();
        }
        for (WebElement go : browser.driver.findElements(By.cssSelector("#problems button.go"))) {
            go.click();
        }
    }

    @Test
    void aWordDraftIsCheckedByTheServiceAndListed() throws Exception {
        byte[] docx;
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Véase el documento A/78/265 y el documento " + PLACEHOLDER + ".");
            doc.write(out);
            docx = out.toByteArray();
        }
        open("/?lang=en");
        new Select(byId("draft-lang")).selectByValue("es");
        browser.js("""
                const bytes = Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0));
                const dt = new DataTransfer();
                dt.items.add(new File([bytes], 'informe.docx'));
                document.getElementById('drop-zone').dispatchEvent(
                    new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));""",
                java.util.Base64.getEncoder().encodeToString(docx));
        awaitReport();
        assertEquals(1, legendCount("found"));
        assertEquals(1, legendCount("placeholder"));
        assertEquals(List.of("A/78/265", PLACEHOLDER), browser.driver.findElements(By.cssSelector("#draft-view .ref"))
                .stream().map(WebElement::getText).toList(), "the references the service read from the Word file");
        assertTrue(byId("no-text").isDisplayed());
        assertFalse(byId("download-linked").isEnabled(), "a Word draft cannot be linkified");
        assertTrue(byId("download-status").getText().contains("Word and PDF"), byId("download-status").getText());
    }

    @Test
    void theDownloadIsTheLinkifyAnswerByteForByte() throws Exception {
        byte[] seed = Fixtures.bytes(Fixtures.SEED_DRAFT);
        byte[] api = given().contentType("text/markdown").body(seed).post("/api/v1/drafts/linkify?lang=es")
                .then().statusCode(200).extract().asByteArray();

        open("/?lang=en");
        new Select(byId("draft-lang")).selectByValue("es");
        browser.clearDownloads();
        drop("A_AC.292_2024_L.1-es.md", "text/markdown", Fixtures.seedDraft());
        awaitReport();
        byId("download-linked").click();
        Path got = browser.downloaded(Duration.ofSeconds(30));
        assertEquals("A_AC.292_2024_L.1-es-linked.md", got.getFileName().toString());
        assertArrayEquals(api, Files.readAllBytes(got), "the download is the API's answer, byte for byte");

        String html = "<p>Véase la resolución <a href=\"#\">75/240</a> y el documento <em>A/78/265</em>.</p>";
        byte[] apiHtml = given().contentType("text/html").body(html.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/drafts/linkify?lang=es").then().statusCode(200).extract().asByteArray();
        open("/?lang=en");
        new Select(byId("draft-lang")).selectByValue("es");
        browser.clearDownloads();
        drop("carta.html", "text/html", html);
        awaitReport();
        byId("download-linked").click();
        got = browser.downloaded(Duration.ofSeconds(30));
        assertEquals("carta-linked.html", got.getFileName().toString());
        assertArrayEquals(apiHtml, Files.readAllBytes(got));
    }

    @Test
    void everyPageHasNoSeriousOrCriticalAccessibilityViolationsAndIsPhotographed() {
        for (String lang : List.of("en", "ar")) {
            open("/?lang=" + lang);
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "/ empty, " + lang);
            new Select(byId("draft-lang")).selectByValue("es");
            drop("A_AC.292_2024_L.1-es.md", "text/markdown", Fixtures.seedDraft());
            awaitReport();
            browser.js("document.getElementById('results-h').scrollIntoView()");
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "/ with results, " + lang);
            browser.js("window.scrollTo(0, 0)");
            browser.screenshot("check-" + lang);
            for (String[] page : new String[][]{{"symbols", "/symbols?q=A/78/265&lang=" + lang},
                    {"symbols-malformed", "/symbols?q=A/C.1./78/L.11&lang=" + lang},
                    {"document", "/documents/A/AC.292/2024/L.1?lang=" + lang},
                    {"browse", "/documents?lang=" + lang},
                    {"browse-filtered", "/documents?body=A/AC.292&year=2024&lang=" + lang}}) {
                open(page[1]);
                assertEquals(List.of(), browser.seriousAccessibilityViolations(), page[1]);
                browser.screenshot(page[0] + "-" + lang);
            }
        }
    }

    @Test
    void aOneMegabyteDraftFromDropToFirstPaintedReport() {
        String draft = Fixtures.seedDraft();
        StringBuilder sb = new StringBuilder(1 << 20);
        while (sb.length() < 1 << 20) {
            sb.append(draft).append('\n');
        }
        String big = sb.substring(0, 1 << 20);
        Response api = check("text/markdown", big.getBytes(StandardCharsets.UTF_8));
        int found = api.path("summary.found");
        int placeholder = api.path("summary.placeholder");

        open("/?lang=en");
        new Select(byId("draft-lang")).selectByValue("es");
        drop("big.md", "text/markdown", big);
        awaitReport();
        Object ms = browser.js("return document.body.getAttribute('data-report-ms')");
        Object server = browser.js("return document.body.getAttribute('data-server-ms')");
        Object phases = browser.js("return document.body.getAttribute('data-phases')");
        Object complete = browser.js("return document.body.getAttribute('data-complete-ms')");
        Object slices = browser.js("return document.body.getAttribute('data-slices')");
        Object blocks = browser.js("return document.querySelectorAll('#draft-view .block').length");
        System.out.printf("1 MiB draft (%d references): drop to first painted report %s ms, of which the service "
                + "%s ms (%s); the whole draft built at %s ms, in %s steps, %s blocks%n",
                (int) api.path("summary.references"), ms, server, phases, complete, slices, blocks);
        assertEquals(found, legendCount("found"));
        assertEquals(placeholder, legendCount("placeholder"));
        assertEquals(found, marks("found").size());
        Set<String> statuses = browser.driver.findElements(By.cssSelector("#problems li.problem")).stream()
                .map(e -> e.getAttribute("data-status")).collect(Collectors.toSet());
        assertEquals(Set.of("placeholder"), statuses);
    }

    @Test
    void aLongListOfProblemsShowsTheFirstHundredAndTheRestOnAsking() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            sb.append("Line ").append(i).append(": see ").append(PLACEHOLDER).append(" and A/78/265.\n\n");
        }
        open("/?lang=en");
        new Select(byId("draft-lang")).selectByValue("es");
        drop("many.md", "text/markdown", sb.toString());
        awaitReport();
        assertEquals(150, legendCount("placeholder"));
        assertEquals("(150)", byId("problem-count").getText());
        assertEquals(100, browser.driver.findElements(By.cssSelector("#problems li.problem")).size());
        WebElement more = byId("problems-more");
        assertEquals("Show the other 50 problems", more.getText());
        more.click();
        List<WebElement> all = browser.driver.findElements(By.cssSelector("#problems li.problem"));
        assertEquals(150, all.size());
        assertTrue(browser.driver.findElements(By.id("problems-more")).isEmpty());
        assertEquals("go", browser.js("return document.activeElement.className"), "focus on the first one shown now");
        // the last problem still leads to its reference in the draft
        all.get(149).findElement(By.cssSelector("button.go")).click();
        assertEquals("ref-" + (2 * 149), browser.js("return document.activeElement.id"));
    }
}
