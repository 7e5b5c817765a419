package org.unsymbol.web;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.unsymbol.testing.Fixtures;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, started by path (Selenium Manager never runs: it
 * would try to download a browser). Where either is missing or the browser cannot start, the browser tests are
 * skipped with the reason (a JUnit assumption); .ci/run installs both so that they run there.
 */
final class Browser implements AutoCloseable {

    static final String CHROMEDRIVER = System.getProperty("unsymbol.chromedriver", "/usr/bin/chromedriver");
    static final String CHROMIUM = System.getProperty("unsymbol.chromium", "/usr/bin/chromium");

    final ChromeDriver driver;
    final Path downloads;
    private final Path profile;

    private Browser(ChromeDriver driver, Path downloads, Path profile) {
        this.driver = driver;
        this.downloads = downloads;
        this.profile = profile;
    }

    /** .ci/run sets it: there a browser that cannot start fails the tests instead of skipping them. */
    static final boolean REQUIRED = Boolean.getBoolean("unsymbol.browser-required");

    private static void assume(boolean ok, String why) {
        if (REQUIRED && !ok) {
            throw new AssertionError(why + " (and -Dunsymbol.browser-required=true)");
        }
        Assumptions.assumeTrue(ok, "browser tests skipped: " + why);
    }

    /** A fresh browser (its own profile and download folder), or the test is skipped with why not. */
    static Browser start() {
        assume(new File(CHROMEDRIVER).canExecute(),
                "no chromedriver at " + CHROMEDRIVER + " (apt-get install chromium-driver)");
        assume(new File(CHROMIUM).canExecute(), "no Chromium at " + CHROMIUM + " (apt-get install chromium)");
        try {
            Path profile = Files.createTempDirectory("unsymbol-chromium-");
            Path downloads = Files.createTempDirectory("unsymbol-downloads-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            // without the networking flags Chromium waits on this closed network for services it cannot reach
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile,
                    "--lang=en-US");
            Map<String, Object> prefs = new HashMap<>();
            prefs.put("download.default_directory", downloads.toString());
            prefs.put("download.prompt_for_download", false);
            prefs.put("intl.accept_languages", "en-US,en");
            options.setExperimentalOption("prefs", prefs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
            ChromeDriver driver;
            try {
                driver = new ChromeDriver(service, options);
            } catch (RuntimeException e) {
                assume(false, "Chromium did not start: " + String.valueOf(e.getMessage()).lines().findFirst()
                        .orElse(e.toString()));
                throw e;
            }
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            return new Browser(driver, downloads, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** axe-core's serious and critical violations of the page as it is now (axe is injected here, never served). */
    List<String> seriousAccessibilityViolations() {
        js(Fixtures.text("axe/axe.min.js"));
        @SuppressWarnings("unchecked")
        List<Object> found = (List<Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at '
                        + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))
                  .catch(e => done(['axe failed: ' + e]));""");
        List<String> out = new ArrayList<>();
        found.forEach(o -> out.add(String.valueOf(o)));
        return out;
    }

    /** A screenshot of the whole page under target/screenshots, or the folder -Dunsymbol.screenshots names. */
    void screenshot(String name) {
        Path dir = Path.of(System.getProperty("unsymbol.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Object height = js("return Math.min(4000, document.documentElement.scrollHeight)");
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280,
                    Math.max(800, ((Number) height).intValue())));
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one file the browser downloaded (waits for it to be complete). */
    Path downloaded(Duration within) throws InterruptedException {
        long until = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < until) {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> done = files.filter(p -> !p.toString().endsWith(".crdownload")
                        && !p.getFileName().toString().startsWith(".")).toList();
                if (!done.isEmpty()) {
                    return done.get(0);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("nothing downloaded into " + downloads + " within " + within);
    }

    void clearDownloads() {
        try (Stream<Path> files = Files.list(downloads)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        deleteTree(profile);
        deleteTree(downloads);
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }

    WebDriver web() {
        return driver;
    }
}
