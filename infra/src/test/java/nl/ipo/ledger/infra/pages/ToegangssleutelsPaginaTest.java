package nl.ipo.ledger.infra.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The page Toegangssleutels: a user makes a token for a program, copies its secret from the one
 * page that shows it, the program reads with it, and once revoked it is refused; a form with an
 * error says what to correct; the administrator sees and revokes anyone's tokens.
 */
class ToegangssleutelsPaginaTest extends BrowserTestBase {

  @LocalServerPort int port;

  @Test
  void aUserMakesATokenSeesItsSecretOnce_usesIt_andRevokesIt() throws Exception {
    Browser b = browser().signIn("auditor");
    b.clickLink("Toegangssleutels");
    assertThat(b.heading()).isEqualTo("Toegangssleutels");
    assertThat(b.find(By.cssSelector(".sleutels-leeg")).getText())
        .isEqualTo("U heeft nog geen toegangssleutels.");
    b.checkPage("toegangssleutels");

    // without a description nothing is made, and the page says what to correct
    b.type("omschrijving", "   ");
    b.navigate(By.xpath("//button[normalize-space()='Sleutel maken']"));
    assertThat(b.title()).startsWith("Fout: Toegangssleutels");
    assertThat(b.find(By.id("formulier-fouten")).getText())
        .contains("Er is geen sleutel gemaakt")
        .contains("Omschrijving: Geef een omschrijving");
    assertThat(b.find(By.id("omschrijving")).getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(b.findAll(By.id("sleutel-waarde"))).isEmpty();
    b.checkPage("toegangssleutels-fout");

    b.type("omschrijving", "Controle jaarrekening");
    b.navigate(By.xpath("//button[normalize-space()='Sleutel maken']"));
    assertThat(b.main())
        .contains("Nieuwe sleutel: Controle jaarrekening", "Kopieer de sleutel nu.");
    String secret = b.find(By.id("sleutel-waarde")).getAttribute("value");
    assertThat(secret).startsWith("ipo_pat_");
    assertThat(b.texts("table.sleutels tbody th")).containsExactly("Controle jaarrekening");
    assertThat(b.texts("table.sleutels tbody td:nth-child(4)"))
        .containsExactly("nog niet gebruikt");
    assertThat(b.texts("table.sleutels tbody td:nth-child(5)")).containsExactly("Geldig");
    b.checkPage("toegangssleutels-nieuw");

    // the program reads with it
    assertThat(api("/api/structure?asOf=2023-10-01", secret)).isEqualTo(200);

    // the secret is not shown again; its use is
    b.open("/toegangssleutels");
    assertThat(b.findAll(By.id("sleutel-waarde"))).isEmpty();
    assertThat(b.page()).doesNotContain(secret);
    assertThat(b.texts("table.sleutels tbody td:nth-child(4)"))
        .singleElement()
        .asString()
        .doesNotContain("nog niet gebruikt")
        .contains(" om ");

    b.navigate(By.xpath("//button[starts-with(normalize-space(), 'Intrekken')]"));
    assertThat(b.main()).contains("De toegangssleutel is ingetrokken");
    assertThat(b.texts("table.sleutels tbody td:nth-child(5)"))
        .singleElement()
        .asString()
        .startsWith("Ingetrokken op ");
    assertThat(b.texts("table.sleutels tbody td:nth-child(6)")).containsExactly("niet meer geldig");
    assertThat(api("/api/structure?asOf=2023-10-01", secret)).isEqualTo(401);
  }

  @Test
  void theAdministratorSeesEveryActiveToken_andRevokesAnother_usersToken() throws Exception {
    Browser member = browser().signIn("av-lid");
    member.open("/toegangssleutels");
    member.type("omschrijving", "Notulen-export");
    member.navigate(By.xpath("//button[normalize-space()='Sleutel maken']"));
    String secret = member.find(By.id("sleutel-waarde")).getAttribute("value");
    assertThat(api("/api/structure", secret)).isEqualTo(200);
    // a member sees no one else's tokens
    assertThat(member.main()).doesNotContain("Alle geldige sleutels");

    Browser admin = browser().signIn("beheerder");
    admin.open("/toegangssleutels");
    assertThat(admin.main()).contains("Alle geldige sleutels");
    assertThat(admin.texts("table.sleutels tbody td:first-child")).contains("av-lid");
    admin.checkPage("toegangssleutels-beheerder");
    admin.navigate(By.xpath("//button[normalize-space()='Intrekken: Notulen-export van av-lid']"));
    assertThat(admin.main()).contains("De toegangssleutel is ingetrokken");
    assertThat(api("/api/structure", secret)).isEqualTo(401);

    Browser again = browser().signIn("av-lid");
    again.open("/toegangssleutels");
    assertThat(again.texts("table.sleutels tbody td:nth-child(5)"))
        .singleElement()
        .asString()
        .startsWith("Ingetrokken op ")
        .endsWith("door beheerder");
  }

  private int api(String path, String secret) throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + secret)
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
