package nl.ipo.ledger.infra.pages;

import static org.assertj.core.api.Assertions.assertThat;

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
    b.date("tijd-datum", "2018-03-01");
    b.navigate(By.cssSelector("form.tijdkeuze button[type=submit]"));
    assertThat(b.heading()).isEqualTo("Mandaatregister");
    assertThat(b.url()).contains("datum=2018-03-01");

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
    assertThat(cells.get(5)).isEqualTo("vanaf 1 januari 2018, zonder einddatum");
    b.checkPage("mandaten");

    // before the grant the same mandate is not yet in force
    b.open("/mandaten?datum=2017-12-31&status=NOG_NIET");
    assertThat(kopgroepRow(b).findElements(By.tagName("td")).get(2).getText())
        .isEqualTo("nog niet");

    b.open("/mandaten?datum=2018-03-01");
    kopgroepRow(b).findElement(By.partialLinkText("Lijn en versies")).click();
    assertThat(b.heading()).isEqualTo("Mandaat aan Bestuurlijke kopgroep IBP");
    String main = b.main();
    assertThat(main)
        .contains("Verleend per 1 januari 2018")
        .contains("IPO-bestuur: mandaat bestuurlijke kopgroep IBP")
        .contains("003_f501c4111f8778ab.txt")
        .contains("Remkes (Noord-Holland)");
    assertThat(b.texts("ol.versies > li")).hasSize(1);
    b.checkPage("mandaat-lijn");
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
