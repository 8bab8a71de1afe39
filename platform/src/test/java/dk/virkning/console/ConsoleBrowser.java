package dk.virkning.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Debian's headless Chromium through Debian's chromedriver (nothing downloads a browser). The
 * browser reaches the platform through the platform's own port used as its HTTP proxy, so that it
 * opens the tests' issuer address ({@code http://virkning.test}) and the sign-in redirects work on
 * a random port. Every page checked: axe-core finds no serious or critical violation, the browser
 * logged no error, and a screenshot is saved under {@code target/console-screenshots/}.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebDriver driver;
    private final String origin;
    private final Path profile;
    private final List<String> earlierErrors = new java.util.ArrayList<>();
    private int shots;

    private ConsoleBrowser(WebDriver driver, String origin, Path profile) {
        this.driver = driver;
        this.origin = origin;
        this.profile = profile;
    }

    /** A fresh browser (own profile, no cookies); skipped where Chromium is missing, except under CI. */
    static ConsoleBrowser open(int port, String origin) throws IOException {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (System.getenv("CI") != null) {
            assertThat(installed)
                    .as("CI runs the browser tests: install chromium and chromium-driver")
                    .isTrue();
        }
        Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed");
        Path profile = Files.createTempDirectory("virkning-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,1600",
                "--user-data-dir=" + profile,
                "--proxy-server=http://127.0.0.1:" + port,
                "--proxy-bypass-list=<-loopback>");
        // Danish first, as the console's people read it; one test switches to English.
        options.addArguments("--lang=da-DK");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "da-DK,da"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return new ConsoleBrowser(driver, origin, profile);
    }

    WebDriver driver() {
        return driver;
    }

    void go(String path) {
        driver.get(origin + path);
    }

    /** Signs in on the issuer's login form (the browser was sent there by the console). */
    void signIn(String username, String password) {
        waitFor(By.name("username"));
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> d.getCurrentUrl().contains("/console/")
                        && !d.getCurrentUrl().contains("/login"));
    }

    void signOut() {
        press(By.cssSelector("form[action$='/console/logout'] button"));
        assertThat(driver.getCurrentUrl()).endsWith("/console/signed-out");
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(120))
                .until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /**
     * The element's text, read again when a navigation (a form's submission, a redirect) replaced the
     * page between finding the element and reading it.
     */
    String text(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(120))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(by).getText());
    }

    String heading() {
        return text(By.tagName("h1"));
    }

    /** Follows a link and waits for the page it loads. */
    void click(String linkText) {
        press(By.linkText(linkText));
    }

    /**
     * Clicks a link or a form's button that loads a new page, and waits until the new page has
     * replaced the old one. A click returns as soon as the browser has dispatched it; reading the
     * page straight after can read the old page while a slow answer (a settlement drafted, a form
     * refused) is still on its way.
     */
    void press(By control) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(control).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(120));
        wait.until(d -> replaced(page));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Whether the old page's root element is gone. ChromeDriver reports a node of a document that is
     * being replaced either as stale or, in the middle of the swap, as an inspector error that the node
     * "does not belong to the document" (which {@code ExpectedConditions.stalenessOf} does not expect);
     * both mean the new page has taken over. Any other error is a real one.
     */
    private static boolean replaced(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** The page checked: accessible, no browser errors, and a screenshot kept. */
    void check(String name) {
        check(name, 0);
    }

    /**
     * The same for a page that answers with an error status on purpose (the browser logs that
     * status of the page itself as an error; nothing else may be).
     */
    void check(String name, int pageStatus) {
        saveScreenshot(name);
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isNotBlank();
        List<String> serious = axeViolations();
        assertThat(serious)
                .as("serious or critical accessibility violations on " + name)
                .isEmpty();
        List<String> logged = new java.util.ArrayList<>(earlierErrors);
        earlierErrors.clear();
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .forEach(logged::add);
        List<String> errors = logged.stream()
                .filter(m -> pageStatus == 0
                        || !(m.startsWith(driver.getCurrentUrl() + " ") && m.contains("status of " + pageStatus)))
                .toList();
        assertThat(errors).as("browser console errors on " + name).isEmpty();
    }

    /** A same-origin fetch from the page, as a script could send it: the answer's status. */
    long fetchStatus(String method, String path) {
        Object status = ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[1], {method: arguments[0], redirect: 'manual'})"
                                + ".then(r => done(r.status)).catch(e => done(-1));",
                        method,
                        path);
        // The browser logs a refused fetch as an error; that one is expected, any other is kept.
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains(path))
                .forEach(earlierErrors::add);
        return ((Number) status).longValue();
    }

    private List<String> axeViolations() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axeSource());
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations))).catch(e => done('error: ' + e));");
        String json = String.valueOf(result);
        assertThat(json).as("axe ran").startsWith("[");
        JsonNode violations = JSON.readTree(json);
        return violations
                .valueStream()
                .filter(v ->
                        List.of("serious", "critical").contains(v.path("impact").asString()))
                .map(v -> v.path("id").asString() + ": " + v.path("help").asString() + " "
                        + v.path("nodes")
                                .valueStream()
                                .map(n -> n.path("html").asString())
                                .toList())
                .toList();
    }

    private static String axeSource() {
        try (InputStream in =
                ConsoleBrowser.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            assertThat(in).as("axe-core webjar on the test class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void saveScreenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(String.format("%s-%02d.png", name, ++shots)), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
