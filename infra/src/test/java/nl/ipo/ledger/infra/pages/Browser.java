package nl.ipo.ledger.infra.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its ChromeDriver, offline (SE_OFFLINE, set by the
 * build): what a user of the ledger's pages sees, their accessibility by axe-core's rules, and a
 * screenshot of each page in target/screenshots. A missing browser fails the test, never skips it.
 */
public final class Browser implements AutoCloseable {

  private static final String CHROMIUM =
      System.getProperty("ledger.test.chromium", "/usr/bin/chromium");
  private static final String DRIVER =
      System.getProperty("ledger.test.chromedriver", "/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final WebDriver driver;
  private String base = "";

  private Browser(WebDriver driver) {
    this.driver = driver;
  }

  public static Browser start() {
    assertThat(new File(CHROMIUM))
        .as("Chromium for the page tests (bin/test installs Debian's package)")
        .isFile()
        .isExecutable();
    assertThat(new File(DRIVER)).as("ChromeDriver for the page tests").isFile().isExecutable();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1000",
        "--lang=nl-NL");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return new Browser(driver);
  }

  /** The ledger under test, e.g. http://localhost:port. */
  public Browser at(int port) {
    this.base = "http://localhost:" + port;
    return this;
  }

  public Browser open(String path) {
    driver.get(base + path);
    return this;
  }

  /** Signs in through the sign-in form as a demo user (password = user name). */
  public Browser signIn(String user) {
    driver.manage().deleteAllCookies();
    open("/aanmelden");
    type("gebruikersnaam", user);
    type("wachtwoord", user);
    driver.findElement(By.cssSelector("form.formulier button[type=submit]")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> !d.getCurrentUrl().contains("/aanmelden"));
    return this;
  }

  /** Fills the field whose label's for= is {@code id}. */
  public Browser type(String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
    return this;
  }

  /** Sets a date field (its value is ISO whatever the browser shows). */
  public Browser date(String id, String iso) {
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, iso);
    return this;
  }

  public Browser click(By by) {
    driver.findElement(by).click();
    return this;
  }

  /**
   * Clicks the link with exactly this text, as a user would: a plain link is followed to the next
   * page; a link htmx serves (hx-get) updates this page in place, which {@link #waitFor} awaits.
   */
  public Browser clickLink(String text) {
    WebElement link = driver.findElement(By.linkText(text));
    if (link.getAttribute("hx-get") != null) {
      link.click();
      return this;
    }
    return navigate(By.linkText(text));
  }

  /**
   * Clicks what leads to another page (a link, or a form's button without htmx) and waits until the
   * browser has left this one: reading straight after a click could still read the old page.
   */
  public Browser navigate(By by) {
    WebElement html = driver.findElement(By.tagName("html"));
    driver.findElement(by).click();
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> left(html));
    return this;
  }

  /**
   * Whether the element's page is gone. Selenium's {@code stalenessOf} knows the W3C "stale
   * element" answer only; Chromium can also answer, while the old document is being torn down, that
   * the node "does not belong to the document" (seen in CI): that is the same news.
   */
  private static boolean left(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException gone) {
      return true;
    } catch (WebDriverException tearingDown) {
      if (String.valueOf(tearingDown.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw tearingDown;
    }
  }

  public Browser waitFor(By by) {
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(by));
    return this;
  }

  /** Waits until the address holds {@code fragment}: htmx pushes it once its answer is shown. */
  public Browser waitForUrl(String fragment) {
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(d -> d.getCurrentUrl().contains(fragment));
    return this;
  }

  /** The visible text of the page's main content. */
  public String main() {
    return driver.findElement(By.id("inhoud")).getText();
  }

  /** The visible text of the whole page, header and navigation included. */
  public String page() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public String heading() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  public String title() {
    return driver.getTitle();
  }

  public String url() {
    return driver.getCurrentUrl();
  }

  public List<String> texts(String css) {
    return driver.findElements(By.cssSelector(css)).stream()
        .map(WebElement::getText)
        .collect(Collectors.toList());
  }

  public WebElement find(By by) {
    return driver.findElement(by);
  }

  public List<WebElement> findAll(By by) {
    return driver.findElements(by);
  }

  public WebDriver driver() {
    return driver;
  }

  /**
   * Checks the page as it is now against axe-core's WCAG 2.1 A/AA rules (0 serious or critical
   * violations) and keeps a screenshot as target/screenshots/{name}.png.
   */
  public Browser checkPage(String name) {
    screenshot(name);
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(driver);
    List<String> serious =
        results.getViolations().stream()
            .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
            .map(Browser::describe)
            .toList();
    assertThat(serious).as("serious or critical accessibility violations on " + name).isEmpty();
    return this;
  }

  private static String describe(Rule rule) {
    return rule.getId()
        + " ("
        + rule.getImpact()
        + "): "
        + rule.getHelp()
        + " at "
        + rule.getNodes().stream()
            .limit(3)
            .map(n -> String.valueOf(n.getTarget()))
            .collect(Collectors.joining(", "));
  }

  public Browser screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(
          shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
