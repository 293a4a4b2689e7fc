package gov.ca.code.codejson.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;

import gov.ca.code.codejson.json.JsonReader;
import gov.ca.code.codejson.json.JsonValue;

/**
 * The site in a real browser: Debian's headless Chromium, driven through its chromedriver, opens
 * the pages from the disk. After every test the browser's console holds no error and every
 * request the pages made is a file of the site (or a {@code data:} URL).
 */
class SiteBrowserTest {

    @TempDir
    static Path dir;

    private static WebDriver browser;
    private static Path site;

    @BeforeAll
    static void openBrowser() throws Exception {
        Optional<Path> driver = executable("CHROMEDRIVER", "chromedriver");
        Optional<Path> chromium = executable("CHROMIUM", "chromium", "chromium-browser");
        if (driver.isEmpty() || chromium.isEmpty()) {
            String reason = "no headless browser: install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver),"
                    + " or set CHROMIUM and CHROMEDRIVER";
            if ("true".equals(System.getenv("CI"))) {
                fail(reason + "; CI=true runs the browser tests, it does not skip them");
            }
            assumeTrue(false, reason);
        }
        site = dir.resolve("site");
        Site.write(site, List.of(SiteTest.input("dmv.json", SiteTest.PLAIN), SiteTest.input("hostile.json", SiteTest.HOSTILE)), "");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-extensions", "--disable-background-networking", "--window-size=1024,768");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL", LogType.PERFORMANCE, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(10));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** No test passes with an error in the console or a request that leaves the site. */
    @AfterEach
    void nothingWentWrongAndNothingLeftTheSite() throws Exception {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        assertThat(errors).as("console errors and warnings").isEmpty();
        String inside = site.toUri().toString();
        List<String> requests = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonValue message = new JsonReader().read(entry.getMessage(), "performance log").root();
            if (string(message, "message", "method").equals("Network.requestWillBeSent")) {
                requests.add(string(message, "message", "params", "request", "url"));
            }
        }
        assertThat(requests).as("requests").isNotEmpty().allSatisfy(url -> assertThat(url.startsWith(inside) || url.startsWith("data:"))
                .as(url + " is inside " + inside).isTrue());
    }

    @Test
    void searchesAndFiltersTheReleasesInThePage() {
        browser.get(site.resolve("releases.html").toUri().toString());
        WebElement count = browser.findElement(By.id("count"));
        assertThat(count.getText()).isEqualTo("Showing all 3 releases");

        browser.findElement(By.id("q")).sendKeys("fees");
        assertThat(count.getText()).isEqualTo("Showing 2 of 3 releases");
        assertThat(visibleReleases()).containsExactlyInAnyOrder("Permit Fee Engine", "\"><img src=x onerror=alert(1)>");

        new Select(browser.findElement(By.id("f-agency"))).selectByVisibleText("Department of Motor Vehicles");
        assertThat(visibleReleases()).containsExactly("Permit Fee Engine");

        browser.findElement(By.cssSelector("button[type=reset]")).click();
        new Select(browser.findElement(By.id("f-usage"))).selectByVisibleText("exemptByLaw");
        assertThat(visibleReleases()).containsExactly("Queue Kiosk");
        new Select(browser.findElement(By.id("f-language"))).selectByVisibleText("Java");
        assertThat(count.getText()).isEqualTo("Showing 0 of 3 releases");
    }

    @Test
    void followsLinksFromTheHomePageToAReleaseAndBack() {
        browser.get(site.resolve("index.html").toUri().toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Software inventory");

        browser.findElement(By.linkText("Department of Motor Vehicles")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Department of Motor Vehicles");
        browser.findElement(By.linkText("Queue Kiosk")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Queue Kiosk");
        assertThat(browser.findElement(By.id("quality")).getText()).isEqualTo("Data quality");
        browser.findElement(By.linkText("All releases")).click();
        assertThat(browser.getTitle()).isEqualTo("All releases · Software inventory");
    }

    @Test
    void reachesTheSkipLinkAndTheSearchBoxWithTheKeyboard() {
        browser.get(site.resolve("releases.html").toUri().toString());
        WebElement body = browser.findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        WebElement skip = browser.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Skip to main content");
        assertThat(skip.getRect().getY()).as("the skip link is shown when it has the focus").isGreaterThanOrEqualTo(0);
        skip.sendKeys(Keys.ENTER);
        assertThat(browser.getCurrentUrl()).endsWith("#main");

        WebElement active = browser.switchTo().activeElement();
        for (int i = 0; i < 10 && !"q".equals(active.getAttribute("id")); i++) {
            active.sendKeys(Keys.TAB);
            active = browser.switchTo().activeElement();
        }
        assertThat(active.getAttribute("id")).as("the search box follows the skip link").isEqualTo("q");
        active.sendKeys("kiosk");
        assertThat(visibleReleases()).containsExactly("Queue Kiosk");
    }

    private static List<String> visibleReleases() {
        return browser.findElements(By.cssSelector("#releases tbody tr")).stream().filter(WebElement::isDisplayed)
                .map(r -> r.findElement(By.cssSelector("th a")).getText()).toList();
    }

    private static String string(JsonValue value, String... path) {
        JsonValue v = value;
        for (String name : path) {
            v = v instanceof JsonValue.JsonObject o ? o.get(name).orElse(null) : null;
        }
        return v instanceof JsonValue.JsonString s ? s.value() : "";
    }

    /** {@return the program named by the environment variable, or the first found on the PATH} */
    private static Optional<Path> executable(String variable, String... names) {
        String configured = System.getenv(variable);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        for (String folder : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            for (String name : names) {
                Path candidate = Path.of(folder, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
