package id.orderan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Critical paths in a real headless Chromium (Debian's {@code chromium} + {@code chromedriver})
 * against the running application. They fail (never skip) where the browser is missing: a critical
 * path that silently stops being tested is worse than a red build. {@code .ci/run} installs both.
 */
public abstract class BrowserTest extends IntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @LocalServerPort
    protected int port;

    /** The browser the helpers below act in: the test's own, or another one after {@link #actIn}. */
    protected WebDriver driver;
    protected WebDriverWait wait;

    /** Every browser this test started, its own first: all are closed after it. */
    private final List<WebDriver> browsers = new ArrayList<>();

    @BeforeEach
    void startBrowser() {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("Chromium and chromedriver must be installed for the browser tests:"
                        + " apt-get install chromium chromium-driver")
                .isTrue();
        actIn(newBrowser());
    }

    @AfterEach
    void stopBrowsers() {
        browsers.forEach(WebDriver::quit);
        browsers.clear();
    }

    /**
     * A second person at their own screen (staff with List Order open while a buyer orders on a phone):
     * another Chromium with the same options, desktop-sized, with its own cookies and session. Closed
     * after the test like the first. The helpers keep acting in the current browser until {@link #actIn}.
     */
    protected WebDriver openAnotherBrowser() {
        return newBrowser();
    }

    /** From now on {@link #driver}, {@link #wait} and the helpers act in this browser. */
    protected void actIn(WebDriver browser) {
        driver = browser;
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        // Vaadin re-renders parts of the page as the server answers: an element found a moment ago may be
        // replaced before it is read, which is a reason to look again, not a failure
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    private WebDriver newBrowser() {
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1366,900", "--lang=id-ID");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        WebDriver browser = new ChromeDriver(service, options);
        browsers.add(browser);
        return browser;
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Clicks the element with this id once it is clickable, scrolled to the middle (tablet screens are short). */
    protected void click(String id) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        js("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    protected Object js(String script, Object... args) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Types into a combo box (found by its id) and picks the suggestion that contains {@code item}. */
    protected void pick(String id, String typed, String item) {
        pickIn(By.cssSelector("#" + id + " input"), typed, item);
    }

    protected void pickIn(By input, String typed, String item) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(input));
        js("arguments[0].scrollIntoView({block: 'center'});", field); // the suggestions open below it
        field.click();
        field.sendKeys(typed);
        By option = By.xpath("//vaadin-combo-box-item[contains(., '" + item + "')]");
        wait.until(ExpectedConditions.elementToBeClickable(option)).click();
    }

    /** Replaces the text of the field with this id, then leaves it (TAB) so its value reaches the server. */
    protected void type(String id, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " input")));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text, Keys.TAB);
    }

    protected String value(String id) {
        return (String) js("const i = document.querySelector('#" + id + " input'); return i ? i.value : '';");
    }

    protected void waitForText(String text) {
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    protected void signIn(String username, String password) {
        signIn(driver, wait, username, password);
    }

    /** Fills and sends the login form; also for {@code ClusterTest}, which drives a browser per node. */
    public static void signIn(WebDriver driver, WebDriverWait wait, String username, String password) {
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        user.clear();
        user.sendKeys(username);
        WebElement pass = driver.findElement(By.cssSelector("input[name='password']"));
        pass.clear();
        pass.sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-button[slot='submit'], vaadin-login-form vaadin-button")).click();
    }

    /**
     * The text of the rendered grid row that contains {@code text}, its cells joined by " | " (empty
     * if no row does). Rows are read from the grid's shadow table, so cells of one row stay together.
     */
    protected String gridRow(String text) {
        return gridRow(driver, text);
    }

    /** {@link #gridRow(String)} in any browser (ClusterTest has one per node). */
    public static String gridRow(WebDriver driver, String text) {
        return (String) ((JavascriptExecutor) driver).executeScript("""
                const grid = document.querySelector('vaadin-grid');
                if (!grid) return '';
                for (const row of grid.shadowRoot.querySelectorAll('tbody#items tr:not([hidden])')) {
                  const cells = [...row.querySelectorAll('slot')]
                      .map(slot => slot.assignedElements().map(e => e.innerText.trim()).join(' '));
                  const line = cells.join(' | ');
                  if (line.includes(arguments[0])) return line;
                }
                return '';""", text);
    }

    /** Leaves a mark in the page's window; {@link #pageWasNotReloaded()} finds it until the page loads anew. */
    protected void markPage() {
        js("window.orderanNotReloaded = true;");
    }

    protected boolean pageWasNotReloaded() {
        return Boolean.TRUE.equals(js("return window.orderanNotReloaded === true;"));
    }
}
