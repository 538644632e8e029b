package nl.ipo.ledger.infra.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The mandate register and a mandate's lineage, for the shipped history. */
class MandaatPaginaTest extends BrowserTestBase {

  @Test
  void theRegisterShowsTheKopgroepIbpWithItsFourMembersAndItsLineage() {
    Browser b = browser().signIn("av-lid");
    b.clickLink("Mandaten");
    b.date("tijd-datum", "2018-02-01");
    b.navigate(By.cssSelector("form.tijdkeuze button[type=submit]"));
    assertThat(b.heading()).isEqualTo("Mandaatregister");
    assertThat(b.url()).contains("datum=2018-02-01");

    WebElement row = kopgroepRow(b);
    List<String> cells =
        row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    assertThat(cells.get(0)).contains("IPO-bestuur").doesNotContainPattern("[0-9a-f]{8}-");
    assertThat(cells.get(1)).contains("Bestuurlijke kopgroep IBP");
    assertThat(row.findElements(By.cssSelector("ul.leden li")).stream().map(WebElement::getText))
        .containsExactlyInAnyOrder(
            "Remkes (Noord-Holland)",
            "Gräper-Van Koolwijk (Groningen)",
            "Van Dijk (Gelderland)",
            "Pauli (Noord-Brabant)");
    assertThat(cells.get(2)).isEqualTo("geldig");
    assertThat(cells.get(3)).contains("standpunt").contains("IBP");
    assertThat(cells.get(4)).isEqualTo("geen plafond");
    assertThat(cells.get(5)).isEqualTo("vanaf 1 januari 2018 tot 15 februari 2018");
    b.checkPage("mandaten");

    // before the grant the same mandate is not yet in force
    b.open("/mandaten?datum=2017-12-31&status=NOG_NIET");
    assertThat(kopgroepRow(b).findElements(By.tagName("td")).get(2).getText())
        .isEqualTo("nog niet");

    b.open("/mandaten?datum=2018-02-01");
    kopgroepRow(b).findElement(By.partialLinkText("Lijn en versies")).click();
    assertThat(b.heading()).isEqualTo("Mandaat aan Bestuurlijke kopgroep IBP");
    String main = b.main();
    assertThat(main)
        .contains("Verleend per 1 januari 2018")
        .contains("IPO-bestuur: mandaat bestuurlijke kopgroep IBP")
        .contains("003_f501c4111f8778ab.txt")
        .contains("Remkes (Noord-Holland)");
    // the grant, then its end: the kopgroep's term ran out, recorded by the ledger's deadline
    List<String> versies = b.texts("ol.versies > li");
    assertThat(versies).hasSize(2);
    assertThat(versies.get(0)).startsWith("Verleend per 1 januari 2018");
    assertThat(versies.get(1))
        .startsWith("Verlopen per 15 februari 2018")
        .contains("door ledger (Systeem)")
        .contains("003_f501c4111f8778ab.txt");
    assertThat(b.texts("ol.versies .aanname")).containsExactly("Aanname");
    assertThat(b.find(By.cssSelector("ol.versies dd:has(.aanname)")).getText())
        .isEqualTo(
            "Aanname ingangsdatum 2018-01-01 (niet gedrukt; verleend na 'eind november'); einde"
                + " 2018-02-15, met de kopgroep (history.md, aannamen 6 en 22).");
    b.checkPage("mandaat-lijn");
  }

  @Test
  void asKnownBeforeTheHistoryWasRecordedTheRegisterIsEmptyAndAsKnownNowItNamesTheKopgroep() {
    Browser b = browser().signIn("av-lid");
    String lineage =
        kopgroepRow(b.open("/mandaten?datum=2018-02-01"))
            .findElement(By.partialLinkText("Lijn en versies"))
            .getDomAttribute("href")
            .replaceFirst("\\?.*", "");
    b.open("/mandaten?datum=2018-02-01&bekend=2020-01-01T12:00");
    assertThat(b.page()).contains("U ziet wat het register wist op 1 januari 2020");
    assertThat(b.texts("table.mandaten tbody tr")).containsExactly("Geen mandaten gevonden.");
    b.open(lineage + "?datum=2018-02-01&bekend=2020-01-01T12:00");
    assertThat(b.heading()).isEqualTo("Niet gevonden");
    assertThat(b.main())
        .contains("was dit mandaat op 1 februari 2018 nog niet in het register bekend");

    // the form sets "zoals bekend op" to a moment after the loading: the names, members and
    // sources come from the replayed read models beside the mandates
    String later =
        LocalDateTime.now(ZoneId.of("Europe/Amsterdam"))
            .plusHours(1)
            .truncatedTo(ChronoUnit.MINUTES)
            .toString();
    b.open("/mandaten?datum=2018-02-01");
    b.date("tijd-bekend", later);
    b.navigate(By.cssSelector("form.tijdkeuze button[type=submit]"));
    assertThat(b.url()).contains("bekend=");
    assertThat(b.page()).contains("U ziet wat het register wist op");
    WebElement row = kopgroepRow(b);
    assertThat(row.findElements(By.cssSelector("ul.leden li")).stream().map(WebElement::getText))
        .contains("Remkes (Noord-Holland)");
    assertThat(row.findElements(By.tagName("td")).get(0).getText()).contains("IPO-bestuur");
    row.findElement(By.partialLinkText("Lijn en versies")).click();
    assertThat(b.url()).contains("bekend=");
    assertThat(b.heading()).isEqualTo("Mandaat aan Bestuurlijke kopgroep IBP");
    assertThat(b.main())
        .contains("003_f501c4111f8778ab.txt")
        .contains("ingangsdatum 2018-01-01 (niet gedrukt");
    assertThat(b.find(By.id("tijd-bekend")).getAttribute("value")).isEqualTo(later);
    b.checkPage("mandaat-lijn-bekend-op");
  }

  @Test
  void aWrongStatusIsADutchError() {
    Browser b = browser().signIn("av-lid");
    b.open("/mandaten?status=KAPOT");
    assertThat(b.heading()).isEqualTo("Ongeldige invoer");
    assertThat(b.main()).contains("'status' moet NOG_NIET, GELDIG, INGETROKKEN of VERLOPEN zijn");
  }

  private static WebElement kopgroepRow(Browser b) {
    return b.findAll(By.cssSelector("table.mandaten tbody tr")).stream()
        .filter(r -> r.getText().contains("Bestuurlijke kopgroep IBP"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for the kopgroep IBP in " + b.main()));
  }
}
