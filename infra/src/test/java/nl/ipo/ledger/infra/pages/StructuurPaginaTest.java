package nl.ipo.ledger.infra.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The structure on a day, the comparison of two days and a gremium's history, as an AV-lid sees
 * them for the IPO's own history 2018–2023.
 */
class StructuurPaginaTest extends BrowserTestBase {

  private static final List<String> NEW_BACS =
      List.of(
          "BAC Wonen & Bereikbaarheid",
          "BAC Landelijk Gebied",
          "BAC Klimaat & Leefomgeving",
          "BAC Ondernemen en Cultuur",
          "BAC Financiën en Openbaar Bestuur");

  private static final List<String> OLD_BACS =
      List.of(
          "BAC Ruimtelijke ordening, water & wonen (ROWW)",
          "BAC Mobiliteit",
          "BAC Regionale economie",
          "BAC Klimaat & Energie",
          "BAC Vitaal Platteland",
          "BAC Milieu, toezicht & handhaving (MTH)",
          "BAC Cultuur",
          "BAC Financiën",
          "BAC Kwaliteit Openbaar Bestuur (KOB)");

  private static final String BESLUIT =
      "Besluit van 6 juli 2023: Voorstel Algemeen Directeur: samenwerken op een slagvaardige,"
          + " efficiënte en integrale manier (nieuwe BAC-structuur)";

  private static List<String> bacs(Browser b) {
    return b.texts("ul[aria-labelledby='soort-bac'] .gremium-naam");
  }

  @Test
  void theStructureOn1October2023ShowsTheFiveNewBacsAndOn30JuneTheNineOld() {
    Browser b = browser().signIn("av-lid").open("/structuur");
    b.date("tijd-datum", "2023-10-01").navigate(By.cssSelector("form.tijdkeuze button"));
    assertThat(b.heading()).isEqualTo("Structuur van het IPO op 1 oktober 2023");
    assertThat(bacs(b)).containsExactlyInAnyOrderElementsOf(NEW_BACS);
    assertThat(b.page()).contains("U ziet de toestand op 1 oktober 2023");
    assertThat(b.texts("svg.organogram text"))
        .contains("Algemene Vergadering (AV)", "IPO-bestuur", "BAC Landelijk Gebied");
    assertThat(b.find(By.cssSelector("svg.organogram title")).getAttribute("textContent"))
        .startsWith("Organogram van het IPO op 1 oktober 2023");
    assertThat(b.main()).contains("AAC Digitalisering", "BC Stikstof", "Kopgroep Omgevingswet");
    b.checkPage("structuur-2023-10-01");

    b.date("tijd-datum", "2023-06-30").navigate(By.cssSelector("form.tijdkeuze button"));
    assertThat(b.heading()).isEqualTo("Structuur van het IPO op 30 juni 2023");
    assertThat(bacs(b)).containsExactlyInAnyOrderElementsOf(OLD_BACS);
    b.click(By.xpath("//summary[contains(., '25 leden')]"));
    assertThat(b.main()).contains("Fryslân", "Noord-Holland", "zetel, geen naam vastgelegd");
    b.checkPage("structuur-2023-06-30");
  }

  @Test
  void theComparisonOfJuneAndOctober2023NamesTheBesluitOf6July2023AndDrawsTheReform() {
    Browser b = browser().signIn("av-lid");
    b.clickLink("Vergelijk 30 juni 2023 met 1 oktober 2023");
    assertThat(b.heading()).isEqualTo("Wat veranderde er tussen 30 juni 2023 en 1 oktober 2023?");
    assertThat(b.texts(".besluiten-achter a")).containsExactly(BESLUIT);
    assertThat(b.findAll(By.cssSelector("svg.stroomplaat .stroom-vak:not(.stroom-nieuw)")))
        .hasSize(9);
    assertThat(b.findAll(By.cssSelector("svg.stroomplaat .stroom-nieuw"))).hasSize(5);
    // nine old BACs, ten flows: BAC ROWW's tasks go to two new ones
    assertThat(b.findAll(By.cssSelector("svg.stroomplaat .stroom-band"))).hasSize(10);
    String table = b.find(By.cssSelector("table.wijzigingen")).getText();
    assertThat(table)
        .contains("BAC Mobiliteit", "samengevoegd opgegaan in BAC Wonen & Bereikbaarheid")
        .contains("AAC Digitalisering", "ingesteld")
        .contains("AAC Mobiliteit", "opgeheven")
        .contains("1 september 2023", BESLUIT);
    b.checkPage("vergelijk");
    b.open("/vergelijk?van=2023-10-01&tot=2023-06-30");
    assertThat(b.heading()).isEqualTo("Ongeldige invoer");
    assertThat(b.main())
        .contains("'Tot en met' (30 juni 2023) mag niet vóór 'Van' (1 oktober 2023)");
    b.open("/vergelijk?van=2023-06-30&tot=2023-10-01");
    b.clickLink(BESLUIT);
    assertThat(b.url()).contains("/besluiten/");
  }

  @Test
  void clickingABodyInTheStructureOpensItsHistoryWithBesluitSourceAndWhereItWent() {
    Browser b = browser().signIn("av-lid").open("/structuur?datum=2023-10-01");
    b.clickLink("BAC Wonen & Bereikbaarheid");
    assertThat(b.heading()).isEqualTo("BAC Wonen & Bereikbaarheid");
    assertThat(b.find(By.cssSelector(".ontstaan")).getText())
        .contains("BAC Mobiliteit", "BAC Ruimtelijke ordening, water & wonen (ROWW)");
    String history = b.find(By.cssSelector("ol.tijdlijn")).getText();
    assertThat(history)
        .contains("1 september 2023 — Ingesteld als BAC 'BAC Wonen & Bereikbaarheid'")
        .contains("Besluit: " + BESLUIT)
        .contains("Bron: 001_d04960319f38153e.txt");
    b.checkPage("gremium-nieuw");

    b.clickLink("BAC Mobiliteit");
    assertThat(b.heading()).isEqualTo("BAC Mobiliteit");
    assertThat(b.find(By.cssSelector(".opgegaan")).getText())
        .contains("Opgegaan in: BAC Wonen & Bereikbaarheid (per 1 september 2023)");
    assertThat(b.find(By.cssSelector("ol.tijdlijn")).getText())
        .contains("1 januari 2018 — Ingesteld als BAC 'BAC Mobiliteit'")
        .contains("1 september 2023 — Opgeheven: opgegaan in BAC Wonen & Bereikbaarheid.");
    WebElement established =
        b.findAll(By.cssSelector("ol.tijdlijn > li")).stream()
            .filter(li -> li.getText().contains("Ingesteld als BAC 'BAC Mobiliteit'"))
            .findFirst()
            .orElseThrow();
    assertThat(established.findElement(By.cssSelector(".bron:has(.aanname)")).getText())
        .isEqualTo(
            "Aanname begindatum 2018-01-01 niet gedrukt; het orgaan bestond al in 2018"
                + " (history.md, aanname 1).");
    assertThat(b.page()).contains("U ziet de toestand op 31 augustus 2023");
    b.checkPage("gremium-opgegaan");

    // BAC ROWW hands its tasks to two successors, each with the part the proposal names
    b.open("/structuur?datum=2023-10-01").clickLink("BAC Klimaat & Leefomgeving");
    assertThat(b.find(By.cssSelector(".ontstaan")).getText())
        .contains(
            "BAC Ruimtelijke ordening, water & wonen (ROWW) ((ROW)W)", "BAC Klimaat & Energie");
    b.clickLink("BAC Ruimtelijke ordening, water & wonen (ROWW)");
    assertThat(b.heading()).isEqualTo("BAC Ruimtelijke ordening, water & wonen (ROWW)");
    assertThat(b.find(By.cssSelector(".opgegaan")).getText())
        .isEqualTo(
            "Opgegaan in: BAC Klimaat & Leefomgeving ((ROW)W), BAC Wonen & Bereikbaarheid"
                + " (ROW (W)) (per 1 september 2023)");
    assertThat(b.find(By.cssSelector("ol.tijdlijn")).getText())
        .contains(
            "1 september 2023 — Opgeheven: opgegaan in BAC Klimaat & Leefomgeving ((ROW)W), BAC"
                + " Wonen & Bereikbaarheid (ROW (W)).");
    b.checkPage("gremium-verdeeld");
  }

  @Test
  void
      asKnownBeforeTheHistoryWasRecordedTheStructureIsEmptyAndAsKnownNowTheTimelineKeepsItsAanname() {
    Browser b =
        browser().signIn("av-lid").open("/structuur?datum=2023-10-01&bekend=2020-01-01T12:00");
    assertThat(b.page()).contains("U ziet wat het register wist op 1 januari 2020");
    assertThat(bacs(b)).isEmpty();

    String later =
        LocalDateTime.now(ZoneId.of("Europe/Amsterdam"))
            .plusHours(1)
            .truncatedTo(ChronoUnit.MINUTES)
            .toString();
    b.date("tijd-bekend", later).navigate(By.cssSelector("form.tijdkeuze button"));
    assertThat(bacs(b)).containsExactlyInAnyOrderElementsOf(NEW_BACS);
    b.clickLink("BAC Wonen & Bereikbaarheid");
    assertThat(b.url()).contains("bekend=");
    b.clickLink("BAC Mobiliteit");
    assertThat(b.page()).contains("U ziet wat het register wist op");
    assertThat(b.texts("ol.tijdlijn .aanname")).contains("Aanname");
    assertThat(b.find(By.cssSelector("ol.tijdlijn")).getText())
        .contains("Aanname begindatum 2018-01-01 niet gedrukt");
  }

  @Test
  void theListOfGremiaFiltersByType() {
    Browser b = browser().signIn("av-lid").open("/gremia");
    assertThat(b.heading()).isEqualTo("Alle gremia");
    b.checkPage("gremia");
    new org.openqa.selenium.support.ui.Select(b.find(By.id("gremia-soort")))
        .selectByVisibleText("Bestuurlijke adviescommissies (BAC's)");
    b.click(By.cssSelector("form.formulier button[type=submit]"));
    b.waitFor(By.xpath("//caption[contains(., '14 gremia van de soort BAC')]"));
    assertThat(b.texts("table.gremia tbody th")).containsAll(NEW_BACS).containsAll(OLD_BACS);
    assertThat(b.url()).contains("soort=BAC");
    b.open("/gremia?soort=GEEN");
    assertThat(b.heading()).isEqualTo("Ongeldige invoer");
    assertThat(b.main()).contains("soort");
  }
}
