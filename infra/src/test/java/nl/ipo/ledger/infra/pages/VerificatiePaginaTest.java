package nl.ipo.ledger.infra.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import nl.ipo.ledger.infra.audit.ChainVerifier;
import nl.ipo.ledger.infra.audit.Checkpoints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The verification page as an auditor uses it: the chain, a kept checkpoint, a proof. */
class VerificatiePaginaTest extends BrowserTestBase {

  @Autowired ChainVerifier verifier;
  @Autowired Checkpoints checkpoints;
  @Autowired JsonMapper json;

  /** The shipped history sealed, and a checkpoint over it (as the beheerder makes one). */
  @BeforeEach
  void sealedWithACheckpoint() {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              ChainVerifier.Report report = verifier.verify();
              return report.sealedEvents() > 100 && report.unsealedEvents() == 0;
            });
    checkpoints.createPublished();
  }

  @Test
  void auditorSeesAnIntactChainAndVerifiesAKeptCheckpoint() {
    Browser b = browser().signIn("auditor");
    b.clickLink("Verificatie");
    assertThat(b.heading()).isEqualTo("Verificatie");
    assertThat(b.find(By.cssSelector(".keten-stand")).getText())
        .startsWith("De keten is intact.")
        .contains("verzegelde feiten");
    assertThat(b.main()).contains("Laatste controlepunt");
    assertThat(b.find(By.cssSelector(".gecontroleerd")).getText()).startsWith("Gecontroleerd op ");
    // the checkpoint just made may be newer than the kept verification: verify again now
    b.navigate(By.xpath("//button[normalize-space()='Nu opnieuw controleren']"));
    assertThat(b.heading()).isEqualTo("Verificatie");
    assertThat(b.find(By.cssSelector(".keten-stand")).getText()).startsWith("De keten is intact.");
    assertThat(b.main()).doesNotContain("nog niet gecontroleerd");
    assertThat(b.texts("table.controlepunten tbody tr").get(0))
        .contains("klopt", "Download controlepunt");
    b.click(By.cssSelector("table.controlepunten details summary"));
    assertThat(b.find(By.cssSelector("table.controlepunten pre.verklaring")).getText())
        .startsWith("IPO governance ledger checkpoint");
    b.checkPage("verificatie");

    // the public key, as PEM
    HttpResponse<byte[]> key =
        SessionDownload.get(
            b, b.find(By.partialLinkText("publieke sleutel")).getDomAttribute("href"));
    assertThat(new String(key.body(), StandardCharsets.UTF_8))
        .startsWith("-----BEGIN PUBLIC KEY-----");

    // keep the newest checkpoint as a file, paste it back: it verifies against the store
    String href = b.find(By.partialLinkText("Download controlepunt")).getDomAttribute("href");
    HttpResponse<byte[]> file = SessionDownload.get(b, href);
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("controlepunt-");
    String kept = new String(file.body(), StandardCharsets.UTF_8);
    JsonNode checkpoint = json.readTree(kept);
    assertThat(checkpoint.get("statement").asString())
        .startsWith("IPO governance ledger checkpoint\n");

    b.type("controlepunt", kept);
    assertThat(check(b)).startsWith("Het controlepunt klopt:");
    b.checkPage("verificatie-controlepunt");

    // the statement and signature pasted apart (as copied from the page) verify too; an altered
    // statement does not
    String statement = checkpoint.get("statement").asString();
    String signature = checkpoint.get("signature").asString();
    b.type("controlepunt", statement.strip()).type("handtekening", signature);
    assertThat(check(b)).startsWith("Het controlepunt klopt:");
    String altered = statement.replaceFirst("tree-size: (\\d+)", "tree-size: 1");
    b.type("controlepunt", altered).type("handtekening", signature);
    assertThat(check(b)).startsWith("Het controlepunt klopt niet:");
  }

  /** Submits the check and waits for the page that answers it. */
  private static String check(Browser b) {
    org.openqa.selenium.WebElement form = b.find(By.id("controlepunt"));
    b.click(By.xpath("//button[normalize-space()='Controleer']"));
    new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), Duration.ofSeconds(10))
        .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(form));
    return b.find(By.cssSelector(".uitkomst")).getText();
  }

  @Test
  void eachFactInTheJournalHasADownloadableInclusionProof() {
    Browser b = browser().signIn("av-lid");
    b.open("/journaal");
    String href = b.find(By.partialLinkText("Inclusiebewijs")).getDomAttribute("href");
    HttpResponse<byte[]> proof = SessionDownload.get(b, href);
    assertThat(proof.statusCode()).isEqualTo(200);
    JsonNode body = json.readTree(new String(proof.body(), StandardCharsets.UTF_8));
    assertThat(body.get("leafIndex").asLong()).isEqualTo(0);
    assertThat(body.get("auditPath").size()).isPositive();
    assertThat(body.get("statement").asString())
        .contains("merkle-root: " + body.get("merkleRoot").asString());
    // the secretariat does not verify: the page is not theirs
    browser().signIn("secretariaat").open("/verificatie");
    assertThat(browser().heading()).isEqualTo("Geen toegang");
  }
}
