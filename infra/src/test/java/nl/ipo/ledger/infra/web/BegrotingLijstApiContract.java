package nl.ipo.ledger.infra.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.ipo.ledger.command.begroting.BegrotingFile;
import nl.ipo.ledger.infra.journal.JournalLoader;
import nl.ipo.ledger.infra.support.LedgerHttp;
import nl.ipo.ledger.infra.support.LedgerHttp.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The list of begrotingen (GET /api/begrotingen) and the printed Was/Wordt of one, for the shipped
 * history. Run once per database by the subclasses.
 */
abstract class BegrotingLijstApiContract {

  static final String ID = BegrotingFile.idOf(2021, "IPO Begroting 2021").toString();

  @LocalServerPort int port;
  @Autowired JsonMapper json;
  @Autowired JournalLoader journal;
  LedgerHttp http;

  @BeforeEach
  void history() throws Exception {
    http = new LedgerHttp(port, json);
    try (java.io.InputStream in = getClass().getResourceAsStream("/journal/ipo-2018-2023.jsonl")) {
      journal.load(in, line -> {});
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(entry(list("asOf=2021-01-01"))).isNotNull());
  }

  JsonNode list(String query) {
    Response response = http.get("av-lid", "/api/begrotingen?" + query);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.body();
  }

  static JsonNode entry(JsonNode page) {
    for (JsonNode b : page.get("begrotingen")) {
      if (ID.equals(b.get("begrotingId").asString())) {
        return b;
      }
    }
    return null;
  }

  @Test
  void theBegroting2021IsListedWithItsStatusOnTheDay() {
    JsonNode b = entry(list("asOf=2021-01-01"));
    assertThat(b.get("titel").asString()).isEqualTo("IPO Begroting 2021");
    assertThat(b.get("jaar").asInt()).isEqualTo(2021);
    assertThat(b.get("status").asString()).isEqualTo("VASTGESTELD");
    assertThat(b.get("approvedOn").asString()).isEqualTo("2020-07-01");
    assertThat(b.get("programmas").asInt()).isEqualTo(9);
    assertThat(new BigDecimal(b.get("statedTotaal").get("euros").asString()))
        .isEqualByComparingTo("30543000");
    // submitted, not yet approved
    JsonNode june = entry(list("asOf=2020-06-15"));
    assertThat(june.get("status").asString()).isEqualTo("INGEDIEND");
    assertThat(june.get("approvedOn").isNull()).isTrue();
    // not yet drafted
    assertThat(entry(list("asOf=2020-04-30"))).isNull();
    JsonNode paged = list("asOf=2021-01-01&size=1&page=0");
    assertThat(paged.get("begrotingen")).hasSize(1);
    assertThat(paged.get("total").asLong()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void wasWordtGivesThePrintedSummaryAndExplanation() {
    Response response = http.get("auditor", "/api/begrotingen/" + ID + "/was-wordt");
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    List<String> rows = new ArrayList<>();
    response
        .body()
        .get("rijen")
        .forEach(
            r ->
                rows.add(
                    r.get("regel").asString()
                        + " "
                        + new BigDecimal(r.get("was").asString()).toBigInteger()
                        + "/"
                        + new BigDecimal(r.get("wordt2").asString()).toBigInteger()));
    assertThat(rows).contains("Totaal 17002000/16021000", "Programmalasten 6497000/6452000");
    List<String> explained = new ArrayList<>();
    response
        .body()
        .get("verklaringen")
        .forEach(v -> explained.add(v.get("omschrijving").asString()));
    assertThat(explained).contains("Opname DSO in IPO BGR", "Correctie formatieraming");
  }

  @Test
  void badParametersAreDutchProblemsNamingTheField() {
    String[][] cases = {
      {"/api/begrotingen?size=0", "size"},
      {"/api/begrotingen?size=201", "size"},
      {"/api/begrotingen?page=-1", "page"},
      {"/api/begrotingen/niet-een-id/was-wordt", "id"}
    };
    for (String[] c : cases) {
      Response response = http.get("av-lid", c[0]);
      assertThat(response.status()).as(c[0] + " " + response.text()).isEqualTo(400);
      assertThat(response.body().get("field").asString()).as(c[0]).isEqualTo(c[1]);
    }
    assertThat(
            http.get("av-lid", "/api/begrotingen/" + java.util.UUID.randomUUID() + "/was-wordt")
                .status())
        .isEqualTo(404);
  }
}
