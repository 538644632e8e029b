package nl.ipo.ledger.infra.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Signing in and out through the Dutch form, and what a role without access sees. */
class AanmeldenPaginaTest extends BrowserTestBase {

  @Test
  void anonymousVisitorIsSentToTheSignInPage() {
    Browser b = browser();
    b.driver().manage().deleteAllCookies();
    b.open("/structuur");
    assertThat(b.url()).contains("/aanmelden");
    assertThat(b.heading()).isEqualTo("Aanmelden");
    assertThat(b.find(org.openqa.selenium.By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
    b.checkPage("aanmelden");
  }

  @Test
  void wrongPasswordIsRefusedInDutch() {
    Browser b = browser();
    b.driver().manage().deleteAllCookies();
    b.open("/aanmelden").type("gebruikersnaam", "auditor").type("wachtwoord", "fout-wachtwoord");
    b.navigate(org.openqa.selenium.By.cssSelector("form.formulier button[type=submit]"));
    assertThat(b.url()).contains("/aanmelden");
    assertThat(b.main()).contains("De gebruikersnaam of het wachtwoord klopt niet.");
    assertThat(b.page()).doesNotContain("Aangemeld als");
  }

  @Test
  void signedInUserSeesNameAndRoleOnEveryPageAndCanSignOut() {
    Browser b = browser().signIn("av-lid");
    assertThat(b.heading()).isEqualTo("Besluitenregister van het IPO");
    assertThat(b.page()).contains("Aangemeld als av-lid (AV-lid)");
    b.checkPage("start");
    b.navigate(org.openqa.selenium.By.xpath("//button[normalize-space()='Afmelden']"));
    assertThat(b.url()).contains("/aanmelden");
    assertThat(b.main()).contains("U bent afgemeld.");
    b.open("/");
    assertThat(b.url()).contains("/aanmelden");
  }

  @Test
  void readRoleGetsNoAccessToTheSecretariatsWriteUrls() {
    Browser b = browser().signIn("av-lid");
    b.open("/vastleggen/gremium");
    assertThat(b.heading()).isEqualTo("Geen toegang");
    assertThat(b.main()).contains("Uw rol (AV-lid) mag deze pagina niet gebruiken");
    b.checkPage("geen-toegang");
    b.open("/beheer");
    assertThat(b.heading()).isEqualTo("Geen toegang");
  }
}
