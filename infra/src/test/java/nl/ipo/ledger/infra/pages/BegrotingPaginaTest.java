package nl.ipo.ledger.infra.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The begrotingen and the Begroting 2021 of the shipped history. */
class BegrotingPaginaTest extends BrowserTestBase {

  @Test
  void theBegroting2021ShowsItsProgrammesInDutchNotationAndItsFindings() {
    Browser b = browser().signIn("av-lid");
    b.clickLink("Begroting");
    assertThat(b.heading()).isEqualTo("Begrotingen");
    assertThat(b.main()).contains("IPO Begroting 2021").contains("€ 30.543.000");
    b.checkPage("begrotingen");

    b.date("tijd-datum", "2021-01-01");
    b.navigate(By.cssSelector("form.tijdkeuze button[type=submit]"));
    b.clickLink("IPO Begroting 2021");
    assertThat(b.heading()).isEqualTo("IPO Begroting 2021");
    assertThat(b.main())
        .contains("Status op 1 januari 2021: vastgesteld, Besluit AV")
        .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
    b.checkPage("begroting-2021");

    List<String> programmes = b.texts(".begroting-boom > details > summary");
    assertThat(programmes).hasSize(9);
    assertThat(programmes.get(0))
        .startsWith("1. Ruimtelijke ontwikkeling")
        .contains("gedrukt € 4.744.000");
    assertThat(programmes.get(1)).contains("berekend € 2.636.000").contains("gedrukt € 2.635.000");
    // 3.9 Stikstof: programmalasten p.m.
    assertThat(programmes.get(2)).contains("+ p.m.");
    WebElement figure = b.find(By.cssSelector("figure.plaat"));
    assertThat(figure.findElements(By.cssSelector("svg[role=img] rect"))).hasSizeGreaterThan(9);
    assertThat(figure.findElement(By.tagName("svg")).getText()).contains("9. Overig");
    ((org.openqa.selenium.JavascriptExecutor) b.driver())
        .executeScript("arguments[0].scrollIntoView()", figure);
    b.screenshot("begroting-2021-staven");

    // the tree opens like a document: programme 3, beleidsopgave 3.9
    WebElement programme3 = b.findAll(By.cssSelector(".begroting-boom > details")).get(2);
    programme3.findElement(By.tagName("summary")).click();
    WebElement stikstof =
        programme3.findElements(By.cssSelector("details")).stream()
            .filter(d -> d.findElement(By.tagName("summary")).getText().startsWith("3.9 Stikstof"))
            .findFirst()
            .orElseThrow();
    stikstof.findElement(By.tagName("summary")).click();
    assertThat(stikstof.findElement(By.tagName("tbody")).getText())
        .contains("programmalasten p.m.")
        .contains("overhead € 77.000");
    assertThat(stikstof.findElement(By.tagName("summary")).getText()).contains("kassiersfunctie");

    String main = b.main();
    assertThat(main)
        .contains("Basisbegroting")
        .contains("€ 14.523.000")
        .contains("Rij van de samenvattingstabel: rij 'Programmalasten', Verschil.")
        .contains("Gedrukt € 467.000, berekend € 466.000, verschil € 1.000")
        .contains("Berekend uit: programmalasten + directe personeelslasten + overhead")
        .contains("Opname DSO in IPO BGR")
        .contains("gedrukt € 1.000 lager");
    // programme 3 as printed, with its p.m.; the basis total as printed beside the sum
    assertThat(programmes.get(2)).contains("gedrukt € 2.869.000 + p.m.");
    assertThat(b.find(By.xpath("//tr[th[normalize-space()='Basisbegroting']]")).getText())
        .contains("€ 16.021.000")
        .contains("de som van de gedrukte totalen van de beleidsopgaven (basis) is € 16.024.000");
    // the checks an auditor makes with a calculator, in Dutch, with both figures and their places
    List<String> findings = b.texts(".bevinding-lijst li");
    assertThat(findings).hasSize(36);
    assertThat(main)
        .contains(
            "165 gedrukte cijfers vergeleken met het cijfer waaraan ze gelijk horen te zijn:"
                + " 36 verschillen, waarvan 22 afrondingsverschillen van ten hoogste € 1.000");
    assertThat(findings)
        .anySatisfy(
            f ->
                assertThat(f)
                    .startsWith(
                        "Verschil Overzichtspagina tegen detailpagina: het bedrag bij"
                            + " beleidsopgave 8.2 Integriteit en rechtspositie bestuurders op de"
                            + " overzichtspagina van programma 8.")
                    .contains("Gedrukt € 70.000, berekend € 65.000, verschil € 5.000.")
                    .contains(
                        "Berekend uit: het Totaal op de detailpagina van beleidsopgave 8.2,"
                            + " te vinden in: 8.2 Integriteit en rechtspositie bestuurders,"
                            + " kostenblok r. 2231-2237 (importregel 248).")
                    .contains(
                        "Gedrukt in: Beleidsopgaven Werkgeverszaken, r. 2181 (midden) en"
                            + " r. 2185-2187 (importregel 242)."))
        .anySatisfy(
            f ->
                assertThat(f)
                    .startsWith(
                        "Verschil Detailpagina's tegen het eindtotaal: het eindtotaal van"
                            + " de begroting.")
                    .contains("Gedrukt € 30.543.000, berekend € 30.547.000, verschil −€ 4.000."))
        .anySatisfy(
            f ->
                assertThat(f)
                    .startsWith(
                        "Afrondingsverschil Detailpagina's tegen de samenvattingstabel:"
                            + " kolom Wordt (2), rij 'Programmalasten'.")
                    .contains("Gedrukt € 6.452.000, berekend € 6.453.000, verschil −€ 1.000.")
                    .contains("Gedrukt in: samenvattingstabel (r. 82) (importregel 293)."));
    b.checkPage("begroting-2021-boom");
    ((org.openqa.selenium.JavascriptExecutor) b.driver())
        .executeScript(
            "arguments[0].scrollIntoView()",
            b.findAll(By.cssSelector(".bevinding-lijst li")).get(20));
    b.screenshot("begroting-2021-controle");

    stikstof.findElement(By.partialLinkText("Geschiedenis")).click();
    assertThat(b.heading()).isEqualTo("Geschiedenis van programmalasten bij 3.9 Stikstof");
    assertThat(b.main()).contains("1 mei 2020").contains("primitieve begroting");
    b.checkPage("begroting-regel");
  }

  @Test
  void theBegrotingAsKnownBeforeItWasRecordedIsNotYetThereAndAsKnownNowItIs() {
    Browser b = browser().signIn("av-lid").open("/begrotingen?datum=2021-01-01");
    String begroting =
        b.find(By.linkText("IPO Begroting 2021")).getDomAttribute("href").replaceFirst("\\?.*", "");
    b.open(begroting + "?datum=2021-01-01&bekend=2020-01-01T12:00");
    assertThat(b.heading()).isEqualTo("Niet gevonden");
    assertThat(b.main())
        .contains("Op 1 januari 2020")
        .contains("was deze begroting nog niet in het register bekend");

    String later =
        LocalDateTime.now(ZoneId.of("Europe/Amsterdam"))
            .plusHours(1)
            .truncatedTo(ChronoUnit.MINUTES)
            .toString();
    b.open(begroting + "?datum=2021-01-01");
    b.date("tijd-bekend", later);
    b.navigate(By.cssSelector("form.tijdkeuze button[type=submit]"));
    assertThat(b.url()).contains("bekend=").contains("datum=2021-01-01");
    assertThat(b.heading()).isEqualTo("IPO Begroting 2021");
    assertThat(b.page()).contains("U ziet wat het register wist op");
    assertThat(b.main()).contains("Status op 1 januari 2021: vastgesteld, Besluit AV");
    List<String> programmes = b.texts(".begroting-boom > details > summary");
    assertThat(programmes).hasSize(9);
    assertThat(programmes.get(1)).contains("berekend € 2.636.000").contains("gedrukt € 2.635.000");
    assertThat(b.main()).contains("Gedrukt € 467.000, berekend € 466.000, verschil € 1.000");
    b.checkPage("begroting-2021-bekend-op");
  }
}
