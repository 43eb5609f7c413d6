package se.namndflode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Headless Debian Chromium for {@link BrowserTest}s, driven by Debian's ChromeDriver. Both are used from their
 * fixed Debian paths, so Selenium Manager is never consulted and nothing is downloaded; when either is missing
 * the test fails and says what to install. One browser per test class (started before its first test, with a
 * fresh profile in a temporary folder), its cookies cleared before every test. A failed test leaves a
 * screenshot and the page's HTML in {@code target/screenshots/}.
 *
 * <p>Every page of the application that a test visits is checked with axe-core (the npm package's
 * {@code axe.min.js}, copied into {@code src/test/resources/axe/} — never loaded from a CDN): the first time the
 * helper touches a newly loaded page (open, submit, find, texts, waits, and after each test) axe runs on it, and a
 * serious or critical violation fails the test with the rule, the page and the elements (the experimental rule
 * label-content-name-mismatch is switched on too: a link's or button's name must contain its visible text, WCAG
 * 2.5.3). Only the Camunda
 * webapps ({@value #THIRD_PARTY}), which the project ships but does not write, are left out.
 */
public final class Browser implements BeforeEachCallback, AfterEachCallback, AfterAllCallback, TestWatcher {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    public static final String DEMO_PASSWORD = HttpTestClient.DEMO_PASSWORD;

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final int WIDTH = 1280;
    static final int HEIGHT = 1000;

    /** Pages the project does not write (Camunda's webapps): not audited with axe. */
    static final String THIRD_PARTY = "/camunda/app/";
    /** axe-core's impacts that fail a test. */
    static final List<String> FAILING_IMPACTS = List.of("serious", "critical");

    private static final String AXE_SOURCE = axeSource();
    /** Runs axe once per loaded document (marked on its window); answers null when it has nothing to audit. */
    private static final String AXE_RUN = """
            var done = arguments[arguments.length - 1];
            if (window.__axeAudited || document.readyState !== 'complete' || document.contentType !== 'text/html') {
              done(null); return;
            }
            window.__axeAudited = true;
            axe.run(document, {resultTypes: ['violations'], rules: {'label-content-name-mismatch': {enabled: true}}}).then(function (result) {
              var failing = %s;
              done(result.violations.filter(function (v) { return failing.indexOf(v.impact) >= 0; }).map(function (v) {
                return v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.slice(0, 5).map(function (n) {
                  return n.target.join(' ') + ' ' + n.html.substring(0, 160);
                }).join(' | ');
              }));
            }).catch(function (e) { done(['axe did not run: ' + e]); });
            """.formatted("['" + String.join("', '", FAILING_IMPACTS) + "']");

    private ChromeDriver driver;
    private Path profile;
    private String baseUrl;
    private WebDriverWait wait;

    // ---- lifecycle (JUnit) ------------------------------------------------------------------------------

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        if (driver == null) {
            String port = SpringExtension.getApplicationContext(context).getEnvironment()
                    .getRequiredProperty("local.server.port");
            baseUrl = "http://localhost:" + port;
            start();
        } else {
            forgetSession();
        }
    }

    /** The page a test ends on is audited too (a failed test's page is not: its failure says enough). */
    @Override
    public void afterEach(ExtensionContext context) {
        if (driver != null && context.getExecutionException().isEmpty()) {
            audit();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            deleteProfile();
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver == null) {
            return;
        }
        String method = context.getRequiredTestMethod().getName();
        String display = context.getDisplayName();
        String name = "failed-" + context.getRequiredTestClass().getSimpleName() + "-" + method
                + (display.startsWith(method + "(") ? "" : "-" + display);
        try {
            Path shot = screenshot(name);
            Files.writeString(shot.resolveSibling(shot.getFileName().toString().replace(".png", ".html")),
                    "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (RuntimeException | IOException evidenceLost) {
            cause.addSuppressed(evidenceLost);
        }
    }

    private void start() throws IOException {
        requireExecutable(CHROMIUM, "the browser");
        requireExecutable(CHROMEDRIVER, "the browser's driver");
        profile = Files.createTempDirectory("namndflode-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.setPageLoadStrategy(PageLoadStrategy.NORMAL);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=" + WIDTH + "," + HEIGHT);
        // Debian's Chromium without its l10n package runs in US English (and asks for en-US pages), whatever
        // --lang says on Linux: date fields show mm/dd/yyyy in screenshots.
        // The driver's path is given, so Selenium Manager is skipped (it would otherwise look for, or download,
        // a driver and a browser).
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(new File("target", "chromedriver.log"))
                .build();
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException startFailed) {
            deleteProfile();
            throw startFailed;
        }
        wait = new WebDriverWait(driver, TIMEOUT);
        // Pages that update themselves (the meeting console, the live view) replace elements while a test waits.
        wait.ignoring(StaleElementReferenceException.class);
    }

    private static void requireExecutable(Path path, String what) {
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException("Browser tests need " + what + " at " + path + ", which is missing. "
                    + "Install Debian's packages: apt-get install -y chromium chromium-driver");
        }
    }

    private void deleteProfile() {
        if (profile == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temporary folder is no reason to fail a test.
        }
        profile = null;
    }

    // ---- what tests use ---------------------------------------------------------------------------------

    public ChromeDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Signs out by forgetting every cookie (session and language) and leaves the application's pages. */
    public void forgetSession() {
        audit();
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /** Opens a path of the application (with its query string, if any) and waits until the page has loaded. */
    public Browser open(String pathAndQuery) {
        audit();
        driver.get(baseUrl + pathAndQuery);
        audit();
        return this;
    }

    /** Signs in through the login form as a demo user and waits until the application has let them in. */
    public Browser signIn(String username) {
        open("/login");
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        name.clear();
        name.sendKeys(username);
        WebElement password = driver.findElement(By.id("password"));
        password.clear();
        password.sendKeys(DEMO_PASSWORD);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(browser -> !path().equals("/login") || query().contains("error"));
        assertThat(query()).as("sign-in of %s", username).doesNotContain("error");
        return this;
    }

    /** The path of the page shown, e.g. {@code /start/admin}. */
    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    private String query() {
        String query = URI.create(driver.getCurrentUrl()).getQuery();
        return query == null ? "" : query;
    }

    /** Waits until the browser shows the given path (after a redirect or a form submission). */
    /**
     * Clicks what submits a form or follows a link and waits until the browser has left the page (its document is
     * gone), so that what is read next is the new page's — also when the answer comes back to the same address,
     * where {@link #waitForPath} alone would not wait.
     */
    public void submit(By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        find(by).click();
        wait.until(browser -> isGone(page));
        wait.until(browser -> "complete".equals(driver.executeScript("return document.readyState")));
        audit();
    }

    /**
     * Whether the element's document has been replaced. Chromium sometimes answers the check, while the new page
     * replaces the old, with an inspector error ("Node with given id does not belong to the document") instead of a
     * stale element: that too means the old document is gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException replaced) {
            return true;
        } catch (org.openqa.selenium.WebDriverException inspector) {
            if (String.valueOf(inspector.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw inspector;
        }
    }

    public void waitForPath(String expected) {
        new WebDriverWait(driver, TIMEOUT)
                .withMessage(() -> "expected the path " + expected + " but the browser shows " + driver.getCurrentUrl())
                .until(browser -> path().equals(expected));
        audit();
    }

    /** The page's main heading. */
    public String h1() {
        return find(By.tagName("h1")).getText();
    }

    /** Waits until the page's main heading reads {@code expected} (after a click that loads another page). */
    public void waitForHeading(String expected) {
        new WebDriverWait(driver, TIMEOUT)
                .withMessage(() -> "expected the heading '" + expected + "' on " + driver.getCurrentUrl())
                .until(ExpectedConditions.textToBe(By.tagName("h1"), expected));
        audit();
    }

    /** The first element that matches, once it is visible. */
    public WebElement find(By by) {
        audit();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** The visible texts of all elements that match (none when there are none). */
    /**
     * The texts of the elements found, read again when the page replaced one of them meanwhile (pages that update
     * themselves, like the meeting console, re-render lists).
     */
    public List<String> texts(By by) {
        audit();
        for (int attempt = 1; ; attempt++) {
            try {
                return driver.findElements(by).stream().map(WebElement::getText).toList();
            } catch (StaleElementReferenceException replaced) {
                if (attempt == 5) {
                    throw replaced;
                }
            }
        }
    }

    /**
     * Runs axe-core on the page shown unless it ran on this document already (or the page is still loading, not
     * HTML, or Camunda's): a serious or critical violation fails the test, naming the rule, page and elements.
     */
    public void audit() {
        if (driver == null) {
            return;
        }
        String url = driver.getCurrentUrl();
        if (!url.startsWith(baseUrl) || URI.create(url).getPath().startsWith(THIRD_PARTY)) {
            return;
        }
        Object fresh = driver.executeScript("return !window.__axeAudited && document.readyState === 'complete'"
                + " && document.contentType === 'text/html'");
        if (!Boolean.TRUE.equals(fresh)) {
            return;
        }
        if (Boolean.FALSE.equals(driver.executeScript("return typeof window.axe === 'object'"))) {
            driver.executeScript(AXE_SOURCE);
        }
        Object violations = driver.executeAsyncScript(AXE_RUN);
        if (violations instanceof List<?> found && !found.isEmpty()) {
            throw new AssertionError("axe-core: " + found.size() + " serious or critical accessibility violation(s) on "
                    + url + ":\n  " + String.join("\n  ", found.stream().map(String::valueOf).toList()));
        }
    }

    /** Whether axe-core has checked the page shown (so that a test can show the check is not skipped). */
    public boolean audited() {
        audit();
        return Boolean.TRUE.equals(driver.executeScript("return window.__axeAudited === true"));
    }

    private static String axeSource() {
        try (var in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core is missing from the test resources (axe/axe.min.js)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG of the browser window in {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        Path file = SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]+", "_") + ".png");
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
