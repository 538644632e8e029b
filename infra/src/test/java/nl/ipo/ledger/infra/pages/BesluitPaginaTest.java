package nl.ipo.ledger.infra.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The besluiten list, the dossier of the reform of 6 July 2023, a meeting and the search. */
class BesluitPaginaTest extends BrowserTestBase {

  private static final String REFORM = "nieuwe BAC-structuur";

  private static void waitUntilMainContains(Browser b, String text) {
    new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(d -> b.main().contains(text));
  }

  @Test
  void theReformIsFoundThroughTheFiltersAndItsDossierShowsWhoProposedDecidedAndCreated() {
    Browser b = browser().signIn("av-lid");
    b.clickLink("Besluiten");
    assertThat(b.heading()).isEqualTo("Besluiten");
    b.checkPage("besluiten");
    new Select(b.find(By.id("f-gremium"))).selectByVisibleText("IPO-bestuur");
    new Select(b.find(By.id("f-type"))).selectByVisibleText("structuurwijziging");
    b.type("f-jaar", "2023");
    b.click(By.cssSelector("form.filters button[type=submit]"));
    // every choice refreshes the list (htmx); the last one, the year, is what is asserted
    b.waitForUrl("jaar=2023");
    waitUntilMainContains(b, REFORM);
    assertThat(b.texts("#resultaten tbody tr")).hasSize(1);
    assertThat(b.url()).contains("jaar=2023").contains("type=STRUCTUURWIJZIGING");
    b.checkPage("besluiten-gefilterd");

    b.navigate(By.partialLinkText(REFORM));
    assertThat(b.heading()).contains(REFORM);
    String dossier = b.main();
    assertThat(dossier)
        .contains("Ingediend door Algemeen Directeur, ter besluitvorming door IPO-bestuur")
        .contains("6 juli 2023")
        .contains("Aangenomen door IPO-bestuur")
        .contains("Eigen bevoegdheid van het bestuur, op grond van Statuten IPO")
        .contains("meerderheid van de uitgebrachte stemmen")
        .contains("Besproken in de vergadering van 27 juni 2023 van Algemene Vergadering")
        .contains("BAC Wonen & Bereikbaarheid")
        .contains("BAC Financiën en Openbaar Bestuur")
        .contains(
            "Uitgevoerd: samenvoeging van BAC Ruimtelijke ordening, water & wonen (ROWW) en BAC Mobiliteit")
        .contains("Bron: 001_d04960319f38153e.txt, r. 26-28, tijdlijn")
        .contains("waarbij bestuurlijke besluitvorming op 6 juli geschiedt")
        .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}");
    assertThat(b.texts(".aanname")).isNotEmpty();
    assertThat(b.findAll(By.cssSelector("a[href^='/gremia/']"))).isNotEmpty();
    b.checkPage("besluit-dossier");

    b.navigate(By.linkText("vergadering van 6 juli 2023"));
    assertThat(b.heading()).isEqualTo("Besluitenlijst");
    assertThat(b.main()).contains("IPO-bestuur").contains(REFORM).contains("aangenomen");
    b.checkPage("vergadering");
  }

  @Test
  void theSearchBoxFindsBodiesAndBesluitenByWords() {
    Browser b = browser().signIn("av-lid");
    b.type("kop-zoek", "financiën");
    b.navigate(By.cssSelector("form.zoekvak button"));
    assertThat(b.heading()).isEqualTo("Zoeken");
    String main = b.main();
    assertThat(main)
        .contains("BAC Financiën")
        .contains("Mandaat van IPO-bestuur aan BAC Financiën");
    assertThat(b.texts("#kop-z-mandaten")).singleElement().asString().doesNotContain("(0)");
    b.checkPage("zoeken");
    b.open("/besluiten?q=compensatie+zeeland");
    assertThat(b.texts("#resultaten tbody tr"))
        .singleElement()
        .asString()
        .containsIgnoringCase("compensatie zeeland");
  }

  @Test
  void aBadFilterIsADutchErrorPage() {
    Browser b = browser().signIn("av-lid");
    b.open("/besluiten?jaar=tweeduizend");
    assertThat(b.heading()).isEqualTo("Ongeldige invoer");
    assertThat(b.main()).contains("'jaar' moet een jaartal zijn");
  }
}
