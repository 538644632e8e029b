package nl.ipo.ledger.infra.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The administrator's page: a rebuild followed to its end, the parked events, a checkpoint. */
class BeheerPaginaTest extends BrowserTestBase {

  @Test
  void beheerderRebuildsTheReadModelsAndSeesTheRebuildFinish() {
    Browser b = browser().signIn("beheerder");
    b.clickLink("Beheer");
    assertThat(b.heading()).isEqualTo("Beheer");
    assertThat(b.main())
        .contains("Leesmodellen herbouwen", "Geparkeerde feiten", "Structuur", "Journaal");
    assertThat(b.find(By.cssSelector(".geparkeerd-stand")).getText())
        .isEqualTo("Er zijn geen geparkeerde feiten.");
    b.checkPage("beheer");

    b.navigate(By.xpath("//button[normalize-space()='Herbouw starten']"));
    assertThat(b.main()).contains("De herbouw van alle leesmodellen is gestart.");
    // htmx polls the progress until every read model has caught up with the last fact
    new WebDriverWait(b.driver(), Duration.ofSeconds(30))
        // htmx replaces the progress block every second: a read may meet the old one
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d ->
                d.findElement(By.cssSelector(".herbouw-stand"))
                    .getText()
                    .equals("Alle leesmodellen zijn bijgewerkt tot het laatste feit."));
    assertThat(b.texts(".voortgang-tabel tbody td:nth-child(2)"))
        .hasSize(6)
        .allMatch(t -> t.endsWith("100%"));
    b.checkPage("beheer-herbouwd");
    // the pages read the rebuilt models
    b.open("/journaal");
    assertThat(b.main()).contains("Gremium ingesteld");

    b.open("/beheer");
    b.navigate(By.xpath("//button[normalize-space()='Controlepunt maken']"));
    assertThat(b.main()).containsAnyOf("Controlepunt ", "Geen nieuw controlepunt nodig");
  }

  @Test
  void theProgressFragmentWorksWithoutTheFullPage() {
    Browser b = browser().signIn("beheerder");
    b.open("/beheer/herbouw/voortgang");
    assertThat(b.find(By.cssSelector(".voortgang-tabel caption")).getText())
        .isEqualTo("Voortgang per leesmodel");
  }

  @Test
  void avLidHasNoAccessToBeheer() {
    Browser b = browser().signIn("av-lid");
    b.open("/beheer");
    assertThat(b.heading()).isEqualTo("Geen toegang");
    assertThat(b.page()).doesNotContain("Herbouw starten");
  }
}
