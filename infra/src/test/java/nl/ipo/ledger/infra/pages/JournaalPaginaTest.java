package nl.ipo.ledger.infra.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The journal as an auditor reads it: filters by name, rows in Dutch, the CSV for Excel. */
class JournaalPaginaTest extends BrowserTestBase {

  @Test
  void auditorFiltersTheJournalAndDownloadsTheRowsForExcel() throws IOException {
    Browser b = browser().signIn("auditor");
    b.open("/journaal");
    assertThat(b.heading()).isEqualTo("Journaal");
    // the shipped history's facts, with Dutch words, Amsterdam times, actor and source
    assertThat(b.main()).contains("Gremium ingesteld", "Algemene Vergadering (AV)", "journaal");
    assertThat(b.texts("table.journaal tbody tr")).hasSizeGreaterThan(40);
    assertThat(b.texts("table.journaal .aanname")).isNotEmpty().allMatch("Aanname"::equals);
    b.checkPage("journaal");

    // a fact without a source says why: the statutes' competences, recorded by the ledger itself
    b.open("/journaal?soort=CompetenceAssigned");
    List<String> competences = b.texts("table.journaal tbody tr");
    assertThat(competences)
        .isNotEmpty()
        .allMatch(r -> r.contains("Bevoegdheid toegekend"))
        .allMatch(
            r -> r.contains("Geen bron: Door het grootboek zelf vastgelegd bij de eerste start"));
    b.open("/journaal");

    // the 2018 kopgroep, by name: its establishment and its four members, before 2019
    new Select(b.find(By.id("gremium"))).selectByVisibleText("Bestuurlijke kopgroep IBP");
    b.date("geldigTot", "2018-12-31");
    applyFilter(b);
    assertThat(b.url()).contains("geldigTot=2018-12-31").contains("gremium=");
    List<String> rows = b.texts("table.journaal tbody tr");
    assertThat(rows).allMatch(r -> r.contains("Bestuurlijke kopgroep IBP"));
    assertThat(rows.stream().filter(r -> r.contains("Gremium ingesteld"))).hasSize(1);
    assertThat(rows.stream().filter(r -> r.contains("Lid benoemd"))).hasSize(4);
    assertThat(rows.get(0)).contains("Gremium ingesteld", "1 januari 2018", "Systeem");
    String telling = b.find(By.cssSelector(".journaal-telling")).getText();
    assertThat(telling).startsWith(rows.size() + " feit");
    b.checkPage("journaal-gefilterd");
    ((org.openqa.selenium.JavascriptExecutor) b.driver())
        .executeScript("document.querySelector('table.journaal').scrollIntoView()");
    b.screenshot("journaal-rijen");

    // the Dutch download: the same facts, semicolons, a byte order mark for Excel
    String href = b.find(By.partialLinkText("Download voor Excel")).getDomAttribute("href");
    HttpResponse<byte[]> download = SessionDownload.get(b, href);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type")).hasValue("text/csv;charset=utf-8");
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("journaal.csv");
    String text = new String(download.body(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFglobalIndex;eventIdentifier;aggregateType;");
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(';')
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(text.substring(1)))
            .getRecords();
    assertThat(records).hasSize(rows.size());
    assertThat(download.headers().firstValue("X-Total-Count"))
        .hasValue(Integer.toString(rows.size()));
    assertThat(records.get(0).get("eventType")).isEqualTo("GremiumEstablished");
    assertThat(records.get(0).get("effectiveDate")).isEqualTo("2018-01-01");
    assertThat(records.get(0).get("sourceNote")).startsWith("Aanname:");
    assertThat(records)
        .allMatch(r -> r.get("effectiveDate").compareTo("2018-12-31") <= 0)
        .allMatch(
            r ->
                !r.get("bodyId").isEmpty() && r.get("bodyId").equals(records.get(0).get("bodyId")));
    assertThat(records).anyMatch(r -> r.get("eventType").equals("MemberAppointed"));

    // the standard download holds the same rows, comma-separated
    HttpResponse<byte[]> standard =
        SessionDownload.get(b, b.find(By.partialLinkText("standaard-CSV")).getDomAttribute("href"));
    assertThat(new String(standard.body(), StandardCharsets.UTF_8))
        .startsWith("globalIndex,eventIdentifier,");
    assertThat(standard.headers().firstValue("X-Total-Count"))
        .hasValue(Integer.toString(rows.size()));
  }

  /**
   * Submits the filter form; with htmx the result replaces the list in place, so wait until the new
   * list says it is filtered.
   */
  private static void applyFilter(Browser b) {
    b.click(By.xpath("//button[normalize-space()='Filter toepassen']"));
    new WebDriverWait(b.driver(), Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d ->
                d.findElement(By.cssSelector(".journaal-telling"))
                    .getText()
                    .contains("met dit filter"));
  }

  @Test
  void typeAndRecordedTimeFilterAndTheListPages() {
    Browser b = browser().signIn("av-lid");
    b.open("/journaal");
    new Select(b.find(By.id("soort"))).selectByVisibleText("Besluit genomen");
    applyFilter(b);
    List<String> rows = b.texts("table.journaal tbody tr");
    assertThat(rows).isNotEmpty().allMatch(r -> r.contains("Besluit genomen"));
    assertThat(rows).allMatch(r -> r.contains("Besluit: "));
    // nothing was recorded before 2000: the recorded-time filter is applied, in Amsterdam time
    b.open("/journaal?vastgelegdTot=2000-01-01T00:00");
    assertThat(b.main()).contains("0 feiten gevonden met dit filter", "Geen feiten gevonden");
    // the whole journal pages by 50
    b.open("/journaal");
    assertThat(b.texts("table.journaal tbody tr")).hasSize(50);
    b.clickLink("Volgende pagina");
    new WebDriverWait(b.driver(), Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().contains("pagina=2"));
    assertThat(b.main()).contains("Pagina 2 van");
    // a malformed filter is a Dutch error naming the field
    b.open("/journaal?geldigVan=gisteren");
    assertThat(b.heading()).isEqualTo("Ongeldige invoer");
    assertThat(b.main()).contains("'Geldig van' moet een datum zijn");
  }
}
