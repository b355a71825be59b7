package io.steppe.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.model.Actor;
import io.steppe.model.CameoTable;
import io.steppe.model.Document;
import io.steppe.model.Event;
import io.steppe.model.Modality;
import io.steppe.model.Span;
import io.steppe.model.text.ParsedSentence;
import io.steppe.store.EventStore;
import io.steppe.store.StoredDocument;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in Debian's headless Chromium: map, a country's reaction, its evidence sentence,
 * the document with the event's words marked, and a live update when a document is stored while the
 * page is open. Screenshots go to target/screenshots/.
 */
class DashboardBrowserTest {
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SCREENSHOTS = Path.of("target/screenshots");

  private static EventStore store;
  private static SteppeServer server;
  private static WebDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void openDashboard() {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMEDRIVER),
        "browser test skipped: no " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)");
    System.setProperty("SE_AVOID_STATS", "true");
    store = ServedCorpus.samples();
    server = SteppeServer.start(store, "127.0.0.1", 0);
    browser = new ChromeDriver(driverService(), options());
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void mapCountryEvidenceDocument_showWhatTheStoreSays() {
    browser.get(base() + "/#/map");
    WebElement tajikistan =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#map path.country.stance-condemned[data-code='TJK']")));
    screenshot("1-map");

    tajikistan.click();
    WebElement detail = browser.findElement(By.id("detail"));
    wait.until(ExpectedConditions.textToBePresentInElement(detail, "Tajikistan (TJK)"));
    assertThat(detail.findElement(By.cssSelector(".stance-badge")).getText())
        .isEqualTo("condemned/criticised");
    WebElement evidence = detail.findElement(By.cssSelector(".evidence-sentence"));
    assertThat(evidence.getText()).contains("Tajikistan").contains("condemned");
    assertThat(evidence.findElement(By.tagName("mark")).getText()).contains("condemned");
    screenshot("2-tajikistan");

    evidence.click();
    WebElement document =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("document")));
    wait.until(
        ExpectedConditions.presenceOfNestedElementLocatedBy(
            document, By.cssSelector(".doc-text mark.active")));
    assertThat(browser.getCurrentUrl()).contains("#/document/");
    WebElement active = document.findElement(By.cssSelector(".event-card.active"));
    assertThat(active.findElement(By.cssSelector(".why")).getText()).contains("condemn");
    assertThat(document.findElement(By.cssSelector(".doc-text mark.active")).getText())
        .contains("condemned");
    screenshot("3-document");
    assertNoBrowserErrors();
  }

  @Test
  void reactionTableDyadsAndEvents_render() {
    browser.get(base() + "/#/map");
    // Located afresh on each poll: the table can be drawn again while the map loads, which
    // leaves a row found earlier stale.
    boolean named =
        wait.until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#reaction-table tr[data-code='KGZ']"), "Kyrgyzstan (KGZ)"));
    assertThat(named).isTrue();

    browser.get(base() + "/#/dyads");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#dyad-chart rect")));
    // The chart and the table are drawn one after the other: wait for the rows, not just the bars.
    List<WebElement> rows =
        wait.until(
            ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector("#dyad-table tbody tr"), 0));
    assertThat(rows).isNotEmpty();
    screenshot("4-dyads");

    browser.get(base() + "/#/events");
    WebElement form = browser.findElement(By.id("event-form"));
    form.findElement(By.name("source")).sendKeys("TJK");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("event-table"), "Tajikistan"));
    screenshot("5-events");
    assertNoBrowserErrors();
  }

  @Test
  void newDocumentStored_whileOpen_updatesThePage() {
    browser.get(base() + "/#/map");
    WebElement stats = browser.findElement(By.id("stats"));
    wait.until(ExpectedConditions.attributeToBeNotEmpty(stats, "data-documents"));
    long before = Long.parseLong(stats.getAttribute("data-documents"));
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#map path.country.stance-no_statement[data-code='TKM']")));

    storeTurkmenCondemnation();

    wait.until(
        ExpectedConditions.attributeToBe(stats, "data-documents", String.valueOf(before + 1)));
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#map path.country.stance-condemned[data-code='TKM']")));
    screenshot("6-live-update");
  }

  /** What an ingest run would store for one new article, written straight into the store. */
  private static void storeTurkmenCondemnation() {
    String sentence = "Turkmenistan's foreign ministry condemned the Israeli strikes.";
    Document document =
        new Document(
            "live-turkmen-condemns",
            LocalDate.of(2025, 6, 16),
            "Ashgabat condemns strikes",
            "Test Live",
            null,
            sentence);
    Event event =
        new Event(
            "live-turkmen-condemns:0:0",
            document.id(),
            0,
            sentence,
            new Span(0, 41),
            document.date(),
            new Actor("TKMGOV", "TKM", "GOV", null, "Turkmenistan's foreign ministry"),
            new Actor("ISRMIL", "ISR", "MIL", null, "the Israeli strikes"),
            CameoTable.bundled().find("111").orElseThrow(),
            Modality.ASSERTED,
            null,
            null,
            0.9,
            "verb condemn -> CAMEO 111; nsubj -> source; dobj -> target");
    store.saveCoded(
        new StoredDocument(document, "live-hash", null, "browser test"),
        List.of(new ParsedSentence(0, sentence, 0, List.of())),
        List.of(event));
  }

  private static String base() {
    return "http://127.0.0.1:" + server.port();
  }

  private static ChromeDriverService driverService() {
    return new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
  }

  private static ChromeOptions options() {
    ChromeOptions options = new ChromeOptions();
    if (Files.isExecutable(CHROMIUM)) {
      options.setBinary(CHROMIUM.toFile());
    }
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--window-size=1400,1100");
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    return options;
  }

  /** Script errors and content-security-policy violations show as SEVERE console entries. */
  private static void assertNoBrowserErrors() {
    List<String> severe =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
            .map(LogEntry::getMessage)
            .toList();
    assertThat(severe).isEmpty();
  }

  private static void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
      Files.copy(
          shot.toPath(),
          SCREENSHOTS.resolve(name + ".png"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot save screenshot " + name, e);
    }
  }
}
