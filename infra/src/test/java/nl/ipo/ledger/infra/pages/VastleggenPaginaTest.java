package nl.ipo.ledger.infra.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Recording through the secretariat's forms, as a secretary does it: a voorstel, its advice and the
 * bestuur's besluit with a vote table, a rule violation shown at its field with nothing stored, a
 * typo corrected through the correction form, a form posted twice recorded once; and an AV-lid who
 * sees no form. On a ledger of its own (the shipped history, a database no other page test reads),
 * since these tests add facts.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:ipo-ledger-forms;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
          + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE",
      "spring.datasource.username=sa",
      "spring.datasource.password=",
      "ledger.deadlines.polling-interval=PT1S",
      "ledger.journal.load-on-start=true",
      "ledger.audit.key-file=target/test-forms-signing-key.pkcs8"
    })
class VastleggenPaginaTest {

  private static Browser browser;

  @LocalServerPort private int port;
  @Autowired private JdbcClient jdbc;

  @BeforeAll
  static void startBrowser() {
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  private Browser b() {
    return browser.at(port);
  }

  private long events() {
    return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry").query(Long.class).single();
  }

  /** Chooses the option whose text starts with {@code text} (names carry kind and years). */
  private static void kies(Browser b, String id, String text) {
    Select select = new Select(b.find(By.id(id)));
    for (WebElement option : select.getOptions()) {
      if (option.getText().startsWith(text)) {
        select.selectByVisibleText(option.getText());
        return;
      }
    }
    throw new AssertionError("no option starting with '" + text + "' in " + id);
  }

  /** Chooses the option whose text contains {@code text}; in a multiple select, adds it. */
  private static void kiesMet(Browser b, String id, String text) {
    Select select = new Select(b.find(By.id(id)));
    for (WebElement option : select.getOptions()) {
      if (option.getText().contains(text)) {
        select.selectByVisibleText(option.getText());
        return;
      }
    }
    throw new AssertionError("no option with '" + text + "' in " + id);
  }

  private static void opslaan(Browser b) {
    b.navigate(By.cssSelector("form.vastleggen .knoppen button.knop:not(.knop-tweede)"));
    b.screenshot("na-opslaan-" + b.heading().replaceAll("[^A-Za-z]+", "-"));
  }

  private static String fieldError(Browser b, String fieldId) {
    return b.find(By.id(fieldId + "-fout")).getText();
  }

  @Test
  void aVoorstelItsAdviceAndTheBestuursBesluitWithVotesAreRecordedThroughTheForms() {
    Browser b = b().signIn("secretariaat");
    b.clickLink("Vastleggen");
    b.checkPage("vastleggen-overzicht");
    b.clickLink("Voorstel indienen");
    b.checkPage("formulier-voorstel-leeg");
    // nothing filled in: every required field says so, nothing is stored
    long before = events();
    opslaan(b);
    assertThat(b.find(By.id("formulier-fouten")).getText()).contains("Er is niets vastgelegd");
    assertThat(fieldError(b, "v-subject")).contains("Onderwerp");
    b.checkPage("formulier-voorstel-fout");
    assertThat(events()).isEqualTo(before);

    b.type("v-subject", "Samenwerking BIJ12 en IPO-bureau (formuliertest)");
    kies(b, "v-besluitType", "structuurwijziging");
    kies(b, "v-decidingGremiumId", "IPO-bestuur");
    b.date("v-submittedOn", "2023-06-01");
    b.type("v-submittedBy-personName", "Algemeen Directeur");
    kies(b, "v-effects-0--soort", "ander gevolg");
    b.type(
        "v-effects-0--description", "BIJ12 en het IPO-bureau werken samen in één programmabureau.");
    opslaan(b);
    assertThat(b.heading()).isEqualTo("Samenwerking BIJ12 en IPO-bureau (formuliertest)");
    assertThat(b.find(By.id("melding-vastgelegd")).getText())
        .contains("Het voorstel is vastgelegd");
    assertThat(b.main()).contains("Ingediend door Algemeen Directeur", "programmabureau");
    assertThat(events()).isEqualTo(before + 1);

    b.clickLink("Advies vastleggen");
    b.checkPage("formulier-advies-leeg");
    kies(b, "v-advisingGremiumId", "BAC Financiën");
    b.date("v-adviceDate", "2023-06-12");
    b.type("v-advice", "De BAC adviseert positief, mits de kosten binnen de begroting blijven.");
    opslaan(b);
    assertThat(b.find(By.id("melding-vastgelegd")).getText()).contains("Het advies is vastgelegd");
    assertThat(b.main()).contains("Advies van BAC Financiën", "mits de kosten binnen de begroting");

    b.clickLink("Besluit vastleggen");
    b.date("v-decisionDate", "2023-07-06");
    b.navigate(By.cssSelector("button[name=zetels]"));
    List<WebElement> seats = b.findAll(By.cssSelector("table.stemtabel tbody tr"));
    assertThat(seats).hasSizeGreaterThanOrEqualTo(12);
    List<WebElement> choices = b.findAll(By.cssSelector("table.stemtabel select"));
    for (int i = 0; i < choices.size(); i++) {
      new Select(choices.get(i)).selectByVisibleText(i == 0 ? "tegen" : "voor");
    }
    // htmx replaces the tally after each choice; the last answer counts them all
    new WebDriverWait(b.driver(), Duration.ofSeconds(10))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("telling"), "aangenomen — " + (choices.size() - 1) + " voor, 1 tegen"));
    // the outcome must agree with the votes: "verworpen" is refused at the votes, nothing stored
    kies(b, "v-outcome", "verworpen");
    long beforeDecision = events();
    opslaan(b);
    assertThat(b.find(By.id("formulier-fouten")).getText())
        .contains("VOTE_RESULT_MATCHES_OUTCOME", "aangenomen");
    assertThat(events()).isEqualTo(beforeDecision);
    b.checkPage("formulier-besluit-fout");
    // adopted with an amendment: the amended effects start as the voorstel's
    kies(b, "v-outcome", "aangenomen met amendementen");
    assertThat(b.find(By.id("v-amendedEffects-0--description")).getAttribute("value"))
        .isEqualTo("BIJ12 en het IPO-bureau werken samen in één programmabureau.");
    b.type(
        "v-amendedEffects-0--description",
        "BIJ12 en het IPO-bureau werken samen in één programmabureau, met een evaluatie na twee"
            + " jaar.");
    opslaan(b);
    assertThat(b.find(By.id("melding-vastgelegd")).getText()).contains("Het besluit is vastgelegd");
    assertThat(b.main())
        .contains("Aangenomen met amendementen door IPO-bestuur")
        .contains((choices.size() - 1) + " voor, 1 tegen")
        .contains("met een evaluatie na twee jaar.");
  }

  /**
   * What the issue asks of a secretary who knows the IPO but not the software, rehearsed on a
   * reform like that of 6 July 2023: the meetings, the voorstel with its merger, the AV's
   * discussion, the bestuur's besluit with its votes, the merger carried out, and a typo corrected
   * - through the pages alone, without typing an id or JSON.
   */
  @Test
  void aReformIsRecordedFromVoorstelToMergerAndAMistakeInItCorrectedThroughThePagesAlone() {
    Browser b = b().signIn("secretariaat");
    b.clickLink("Vastleggen");
    b.clickLink("Vergadering vastleggen");
    kies(b, "v-gremiumId", "Algemene Vergadering");
    b.date("v-date", "2026-11-24");
    b.type("v-description", "AV van 24 november 2026 (oefening)");
    opslaan(b);
    assertThat(b.find(By.id("melding-vastgelegd")).getText())
        .contains("De vergadering is vastgelegd");
    b.open("/vastleggen/vergaderingen/nieuw");
    kies(b, "v-gremiumId", "IPO-bestuur");
    b.date("v-date", "2026-12-01");
    b.type("v-description", "Bestuur van 1 december 2026 (oefening)");
    opslaan(b);

    b.open("/vastleggen/voorstellen/nieuw");
    b.type("v-subject", "Oefening: samenvoeging tot BAC Groen en Leefomgeving");
    kies(b, "v-besluitType", "structuurwijziging");
    kies(b, "v-decidingGremiumId", "IPO-bestuur");
    b.date("v-submittedOn", "2026-11-01");
    b.type("v-submittedBy-personName", "Algemeen Directeur");
    kies(b, "v-effects-0--soort", "samenvoeging");
    kiesMet(b, "v-effects-0--merged", "BAC Landelijk Gebied");
    kiesMet(b, "v-effects-0--merged", "BAC Klimaat & Leefomgeving");
    b.type("v-effects-0--name", "BAC Groen en Leefomgeving (oefening)");
    kies(b, "v-effects-0--type", "BAC");
    kies(b, "v-effects-0--parentId", "IPO-bestuur");
    b.date("v-effects-0--date", "2027-01-01");
    opslaan(b);
    assertThat(b.main())
        .contains("samenvoeging van BAC Klimaat & Leefomgeving en BAC Landelijk Gebied")
        .contains("tot het nieuwe orgaan BAC Groen en Leefomgeving (oefening), per 1 januari 2027");

    b.clickLink("Agenderen");
    kiesMet(b, "v-vergaderingId", "AV van 24 november 2026 (oefening)");
    b.type("v-agendaItem", "7");
    opslaan(b);
    b.clickLink("Bespreking vastleggen");
    kiesMet(b, "v-vergaderingId", "AV van 24 november 2026 (oefening)");
    b.type("v-summary", "De AV steunt de samenvoegnig.");
    opslaan(b);
    assertThat(b.main()).contains("Besproken in de vergadering van 24 november 2026");
    b.clickLink("Agenderen");
    kiesMet(b, "v-vergaderingId", "Bestuur van 1 december 2026 (oefening)");
    opslaan(b);

    b.clickLink("Besluit vastleggen");
    b.date("v-decisionDate", "2026-12-01");
    b.navigate(By.cssSelector("button[name=zetels]"));
    for (WebElement choice : b.findAll(By.cssSelector("table.stemtabel select"))) {
      new Select(choice).selectByVisibleText("voor");
    }
    kies(b, "v-outcome", "aangenomen");
    kiesMet(b, "v-vergaderingId", "Bestuur van 1 december 2026 (oefening)");
    opslaan(b);
    assertThat(b.find(By.id("melding-vastgelegd")).getText()).contains("Het besluit is vastgelegd");
    assertThat(b.main())
        .contains("Aangenomen door IPO-bestuur in de vergadering van 1 december 2026");

    // the merger is carried out by the ledger after the besluit: the structure shows it
    new WebDriverWait(b.driver(), Duration.ofSeconds(20))
        .until(
            d -> {
              b.open("/structuur?datum=2027-01-02");
              return b.main().contains("BAC Groen en Leefomgeving (oefening)");
            });
    assertThat(b.texts("ul[aria-labelledby='soort-bac'] .gremium-naam"))
        .contains("BAC Groen en Leefomgeving (oefening)")
        .doesNotContain("BAC Landelijk Gebied", "BAC Klimaat & Leefomgeving");

    // the typo in the AV's discussion, corrected from the dossier
    b.open("/besluiten");
    b.navigate(By.partialLinkText("Oefening: samenvoeging"));
    b.navigate(
        By.xpath(
            "//section[@aria-labelledby='kop-vergaderingen']//li[contains(., 'Besproken')]//a[text()='Corrigeren']"));
    assertThat(b.find(By.id("v-feit-summary")).getAttribute("value"))
        .isEqualTo("De AV steunt de samenvoegnig.");
    b.type("v-feit-summary", "De AV steunt de samenvoeging.");
    b.type("v-correctie-reason", "Tikfout in de samenvatting.");
    b.type("v-correctie-decisionReference", "Verslag AV 24 november 2026");
    opslaan(b);
    assertThat(b.find(By.id("melding-vastgelegd")).getText())
        .contains("De correctie is vastgelegd");
    assertThat(b.main())
        .contains("De AV steunt de samenvoeging.")
        .contains("Toelichting: ‘De AV steunt de samenvoegnig.’ → ‘De AV steunt de samenvoeging.’")
        .contains("Reden: Tikfout in de samenvatting.");
  }

  @Test
  void aSecondLidForAProvinceIsRefusedAtTheProvinceFieldAndATypoIsCorrectedByForm() {
    Browser b = b().signIn("secretariaat");
    b.open("/vastleggen/gremia/nieuw");
    b.checkPage("formulier-gremium-leeg");
    b.type("v-name", "BAC Testcommisie");
    kies(b, "v-type", "BAC");
    b.date("v-beginDate", "2023-09-01");
    b.type("v-decisionReference", "Bestuur 6 juli 2023");
    opslaan(b);
    assertThat(b.heading()).isEqualTo("BAC Testcommisie");

    b.clickLink("Lid benoemen");
    b.type("v-personName", "A. de Vries");
    kies(b, "v-province", "Zeeland");
    b.date("v-startDate", "2023-09-01");
    b.type("v-decisionReference", "Bestuur 6 juli 2023");
    opslaan(b);
    assertThat(b.find(By.id("melding-vastgelegd")).getText())
        .contains("De benoeming is vastgelegd");
    assertThat(b.main()).contains("A. de Vries");
    b.navigate(By.partialLinkText("Einde lidmaatschap"));
    b.checkPage("formulier-einde-lidmaatschap");
    assertThat(b.heading()).contains("A. de Vries");
    b.driver().navigate().back();

    b.clickLink("Lid benoemen");
    b.type("v-personName", "B. Jansen");
    kies(b, "v-province", "Zeeland");
    b.date("v-startDate", "2023-10-01");
    b.type("v-decisionReference", "Bestuur 6 juli 2023");
    long before = events();
    opslaan(b);
    assertThat(fieldError(b, "v-province"))
        .contains("heeft voor Zeeland al een lid vanaf 1 oktober 2023", "A. de Vries");
    assertThat(b.find(By.cssSelector(".regelnaam")).getText()).isEqualTo("SEATS_PER_PROVINCE");
    // the form keeps what was typed
    assertThat(b.find(By.id("v-personName")).getAttribute("value")).isEqualTo("B. Jansen");
    assertThat(events()).isEqualTo(before);
    b.checkPage("formulier-benoeming-fout");

    // the typo in the name, corrected from the establishment in the history
    b.open("/gremia");
    b.clickLink("BAC Testcommisie");
    b.navigate(
        By.xpath("//ol[@class='tijdlijn']/li[contains(., 'Ingesteld')]//a[text()='Corrigeren']"));
    b.checkPage("formulier-correctie-leeg");
    assertThat(b.find(By.id("v-feit-name")).getAttribute("value")).isEqualTo("BAC Testcommisie");
    // a correction is judged as the command was: an empty name is refused at the field
    b.type("v-feit-name", " ");
    b.type("v-correctie-reason", "Tikfout in de naam bij het vastleggen.");
    b.type("v-correctie-decisionReference", "Secretariaat, verslag bestuur 6 juli 2023");
    long beforeCorrection = events();
    opslaan(b);
    assertThat(fieldError(b, "v-feit-name")).isNotBlank();
    assertThat(events()).isEqualTo(beforeCorrection);
    b.checkPage("formulier-correctie-fout");
    b.type("v-feit-name", "BAC Testcommissie");
    b.type("v-correctie-reason", "Tikfout in de naam bij het vastleggen.");
    b.type("v-correctie-decisionReference", "Secretariaat, verslag bestuur 6 juli 2023");
    opslaan(b);
    assertThat(b.heading()).isEqualTo("BAC Testcommissie");
    assertThat(b.find(By.id("melding-vastgelegd")).getText())
        .contains("De correctie is vastgelegd");
    assertThat(b.main())
        .contains("Gecorrigeerd op", "Naam: ‘BAC Testcommisie’ → ‘BAC Testcommissie’")
        .contains("Reden: Tikfout in de naam bij het vastleggen.");
    b.open("/structuur?datum=2023-10-01");
    assertThat(b.main()).contains("BAC Testcommissie").doesNotContain("BAC Testcommisie ");
    b.open("/journaal?soort=FactCorrected");
    assertThat(b.main()).contains("Naam: ‘BAC Testcommisie’ → ‘BAC Testcommissie’", "Tikfout");

    // the appointment retracted: gone from the members, kept in the history with the reason
    b.open("/gremia");
    b.clickLink("BAC Testcommissie");
    b.navigate(
        By.xpath("//ol[@class='tijdlijn']/li[contains(., 'A. de Vries')]//a[text()='Intrekken']"));
    b.checkPage("formulier-intrekking-leeg");
    b.type("v-correctie-reason", "Benoeming bij het verkeerde gremium vastgelegd.");
    b.type("v-correctie-decisionReference", "Secretariaat");
    opslaan(b);
    assertThat(b.find(By.id("melding-vastgelegd")).getText())
        .contains("De intrekking is vastgelegd");
    b.driver().get(b.url().replaceAll("\\?.*", "") + "?datum=2023-10-01");
    assertThat(b.find(By.id("kop-leden")).findElement(By.xpath("..")).getText())
        .doesNotContain("A. de Vries");
    assertThat(b.main())
        .contains("Ingetrokken op", "Reden: Benoeming bij het verkeerde gremium vastgelegd.");
  }

  @Test
  void aFormPostedTwiceRecordsOnce() {
    Browser b = b().signIn("secretariaat");
    b.open("/vastleggen/vergaderingen/nieuw");
    b.checkPage("formulier-vergadering-leeg");
    kies(b, "v-gremiumId", "Algemene Vergadering");
    b.date("v-date", "2023-06-27");
    b.type("v-description", "AV van 27 juni 2023 (formuliertest)");
    long before = events();
    // a double click: the same form sent twice before the first answer arrives
    ((JavascriptExecutor) b.driver())
        .executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "const f = document.querySelector('form.vastleggen');"
                + "const body = () => new URLSearchParams(new FormData(f));"
                + "Promise.all([fetch(f.action, {method: 'POST', body: body()}),"
                + " fetch(f.action, {method: 'POST', body: body()})]).then(() => done());");
    assertThat(events()).isEqualTo(before + 1);
    // and once more through the button, as after the back button
    opslaan(b);
    assertThat(b.find(By.id("melding-vastgelegd")).getText())
        .contains("al verzonden", "niets opnieuw opgeslagen");
    assertThat(events()).isEqualTo(before + 1);
  }

  @Test
  void aBudgetFileWithAnErrorIsRefusedNamingTheLineAndAValidOneIsImported() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("begroting");
    String valid =
        String.join(
            "\n",
            "# formuliertest",
            "BEGROTING;2031;Begroting 2031 (formuliertest);1000;test",
            "PROGRAMMA;1;Programma Een;100;p. 1",
            "OPGAVE;1.1;Opgave een;BASIS;60;30;10;100;p. 2",
            "TOTAAL;100;p. 3",
            "");
    java.nio.file.Path wrong = dir.resolve("fout.txt");
    java.nio.file.Files.writeString(wrong, valid.replace(";60;", ";6x0;"));
    java.nio.file.Path good = dir.resolve("goed.txt");
    java.nio.file.Files.writeString(good, valid);

    Browser b = b().signIn("secretariaat");
    b.open("/begrotingen");
    b.clickLink("Begroting importeren");
    b.checkPage("formulier-begroting-import-leeg");
    b.find(By.id("v-bestand")).sendKeys(wrong.toAbsolutePath().toString());
    b.date("v-draftedOn", "2030-09-15");
    long before = events();
    opslaan(b);
    assertThat(fieldError(b, "v-bestand")).contains("regel 4");
    assertThat(events()).isEqualTo(before);
    b.checkPage("formulier-begroting-import-fout");

    // a file beyond the form's limit: refused at the file field
    java.nio.file.Path huge = dir.resolve("groot.txt");
    java.nio.file.Files.writeString(huge, "# " + "x".repeat(2_500_000) + "\n" + valid);
    b.find(By.id("v-bestand")).sendKeys(huge.toAbsolutePath().toString());
    b.date("v-draftedOn", "2030-09-15");
    opslaan(b);
    assertThat(fieldError(b, "v-bestand")).contains("groter dan 2 MB");
    assertThat(events()).isEqualTo(before);

    b.find(By.id("v-bestand")).sendKeys(good.toAbsolutePath().toString());
    b.date("v-draftedOn", "2030-09-15");
    opslaan(b);
    assertThat(b.find(By.id("melding-vastgelegd")).getText())
        .contains("De begroting is vastgelegd");
    assertThat(b.heading()).isEqualTo("Begroting 2031 (formuliertest)");
    assertThat(b.main()).contains("1. Programma Een", "€ 100.000");
  }

  @Test
  void aMandateIsGrantedAndASubMandateBeyondItsCeilingIsRefusedAtTheCeiling() {
    Browser b = b().signIn("secretariaat");
    b.open("/mandaten");
    b.clickLink("Mandaat verlenen");
    b.checkPage("formulier-mandaat-leeg");
    kies(b, "v-mandaatgever-gremiumId", "IPO-bestuur");
    b.type("v-mandataris-personName", "Algemeen Directeur");
    new Select(b.find(By.id("v-scope-besluitTypes"))).selectByVisibleText("standpunt");
    b.type("v-ceiling", "250.000");
    b.date("v-startDate", "2024-01-01");
    b.type("v-decisionReference", "Bestuur 14 december 2023 (formuliertest)");
    opslaan(b);
    assertThat(b.find(By.id("melding-vastgelegd")).getText()).contains("Het mandaat is vastgelegd");
    assertThat(b.heading()).isEqualTo("Mandaat aan Algemeen Directeur");
    assertThat(b.main()).contains("250.000");

    b.clickLink("Ondermandaat verlenen");
    b.type("v-mandataris-personName", "Hoofd Financiën (formuliertest)");
    new Select(b.find(By.id("v-scope-besluitTypes"))).selectByVisibleText("standpunt");
    b.type("v-ceiling", "1.000.000,00");
    b.date("v-startDate", "2024-02-01");
    b.type("v-decisionReference", "Algemeen Directeur, 1 februari 2024");
    long before = events();
    opslaan(b);
    assertThat(b.find(By.id("formulier-fouten")).getText()).contains("Regel:");
    assertThat(fieldError(b, "v-ceiling")).isNotBlank();
    assertThat(events()).isEqualTo(before);
    b.checkPage("formulier-ondermandaat-fout");
  }

  @Test
  void everyStepFormOfAnExistingRecordPassesTheAccessibilityRules() {
    Browser b = b().signIn("secretariaat");
    b.open("/gremia");
    b.clickLink("IPO-bestuur");
    for (String form :
        List.of("Lid benoemen", "Naam wijzigen", "Opheffen", "Vergadering vastleggen")) {
      b.clickLink(form);
      b.checkPage("formulier-gremium-" + form.toLowerCase().replace(' ', '-'));
      b.driver().navigate().back();
    }
    b.open("/besluiten");
    b.navigate(By.partialLinkText("nieuwe BAC-structuur"));
    for (String form :
        List.of(
            "Agenderen",
            "Bespreking vastleggen",
            "Advies vastleggen",
            "Besluit vastleggen",
            "Voorstel intrekken")) {
      b.clickLink(form);
      b.checkPage("formulier-besluit-" + form.toLowerCase().replace(' ', '-'));
      b.driver().navigate().back();
    }
    b.navigate(By.linkText("Intrekken"));
    b.checkPage("formulier-intrekking-leeg");
    b.open("/begrotingen");
    b.navigate(By.partialLinkText("Begroting 2021"));
    for (String form :
        List.of(
            "Indienen",
            "Vaststellen",
            "Wijziging per regel",
            "Realisatie",
            "Jaarrekening",
            "Besteding werkbudget")) {
      b.clickLink(form);
      b.checkPage("formulier-begroting-" + form.toLowerCase().replace(' ', '-'));
      b.driver().navigate().back();
    }
    b.open("/mandaten");
    b.navigate(By.cssSelector("table a[href^='/mandaten/']"));
    for (String form : List.of("Wijzigen", "Intrekken")) {
      b.clickLink(form);
      b.checkPage("formulier-mandaat-" + form.toLowerCase());
      b.driver().navigate().back();
    }
  }

  @Test
  void aChangeOfTheCompetencesIsRecordedFromItsDateOnAndEarlierDatesKeepTheOld() {
    Browser b = b().signIn("secretariaat");
    b.open("/bevoegdheden?datum=2030-06-01");
    b.checkPage("bevoegdheden");
    assertThat(b.find(By.xpath("//tr[th='jaarplan']")).getText())
        .contains("Algemene Vergadering", "meerderheid van de uitgebrachte stemmen");
    b.clickLink("Bevoegdheid vastleggen");
    b.checkPage("formulier-bevoegdheid-leeg");
    kies(b, "v-besluitType", "jaarplan");
    new Select(b.find(By.id("v-deciders"))).selectByVisibleText("Algemene Vergadering");
    new Select(b.find(By.id("v-advisers"))).selectByVisibleText("bestuur");
    kies(b, "v-votingRule", "twee derde");
    b.date("v-effectiveFrom", "2030-01-01");
    b.type("v-decisionReference", "Statutenwijziging AV 2029 (formuliertest)");
    opslaan(b);
    assertThat(b.find(By.id("melding-vastgelegd")).getText())
        .contains("De bevoegdheid is vastgelegd");
    assertThat(b.heading()).isEqualTo("Bevoegdheden op 1 januari 2030");
    assertThat(b.find(By.xpath("//tr[th='jaarplan']")).getText())
        .contains("twee derde van de uitgebrachte stemmen");
    b.open("/bevoegdheden?datum=2029-12-31");
    assertThat(b.find(By.xpath("//tr[th='jaarplan']")).getText())
        .contains("meerderheid van de uitgebrachte stemmen");
  }

  @Test
  void anAvLidSeesNoFormAndIsRefusedAWriteAddress() {
    Browser b = b().signIn("av-lid");
    assertThat(b.page()).doesNotContain("Vastleggen");
    b.open("/gremia");
    b.clickLink("IPO-bestuur");
    assertThat(b.main()).doesNotContain("Lid benoemen", "Corrigeren", "Intrekken");
    b.open("/vastleggen/voorstellen/nieuw");
    assertThat(b.heading()).isEqualTo("Geen toegang");
    // with the page's own CSRF token, so that what refuses is the role, not the missing token
    long before = events();
    Object status =
        ((JavascriptExecutor) b.driver())
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "const token = document.querySelector('input[name=_csrf]').value;"
                    + "const body = new URLSearchParams({_csrf: token, formulierId:"
                    + " crypto.randomUUID(), name: 'Werkgroep van een AV-lid', type: 'WERKGROEP',"
                    + " beginDate: '2024-01-01', endDate: '2024-12-31', decisionReference: 'x'});"
                    + "fetch('/vastleggen/gremia/nieuw', {method: 'POST', body: body,"
                    + " headers: {'Accept': 'text/html'}}).then(r => done(r.status));");
    assertThat(((Number) status).intValue()).isEqualTo(403);
    assertThat(events()).isEqualTo(before);
  }
}
