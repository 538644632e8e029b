package nl.ipo.ledger.infra.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.ipo.ledger.infra.journal.JournalLoader;
import nl.ipo.ledger.infra.support.LedgerHttp;
import nl.ipo.ledger.infra.support.LedgerHttp.Response;
import nl.ipo.ledger.infra.support.Settled;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/besluiten}, {@code /api/vergaderingen} and {@code /api/zoeken} over the shipped
 * history: filters, words, paging, names instead of ids, and Dutch 400s naming the field. Run once
 * per database.
 */
abstract class BesluitLijstApiContract {

  private static final String READER = "av-lid";
  private static final String REFORM = "nieuwe BAC-structuur";

  @LocalServerPort int port;
  @Autowired JsonMapper json;
  @Autowired JournalLoader journal;
  @Autowired ApplicationContext context;
  LedgerHttp http;

  @BeforeEach
  void history() throws Exception {
    http = new LedgerHttp(port, json);
    // loading again adds nothing, so every test class on this database shares one history
    try (InputStream in = getClass().getResourceAsStream("/journal/ipo-2018-2023.jsonl")) {
      journal.load(in, line -> {});
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                // the reform decided, not only submitted: the besluitenlijst has projected the
                // history up to its decision (on a fresh database it is still catching up)
                assertThat(
                        ok("/api/besluiten?status=aangenomen&q=" + REFORM.replace(' ', '+'))
                            .get("total")
                            .asLong())
                    .isEqualTo(1));
    // and the reform carried out: its new bodies are in the structure the search reads
    Settled.await(context);
  }

  private JsonNode ok(String path) {
    Response response = http.get(READER, path);
    assertThat(response.status()).as(path + " " + response.text()).isEqualTo(200);
    return response.body();
  }

  private static List<String> subjects(JsonNode page) {
    List<String> out = new ArrayList<>();
    page.get("besluiten").forEach(b -> out.add(b.get("subject").asString()));
    return out;
  }

  private String bestuurId() {
    JsonNode hits = ok("/api/zoeken?q=IPO-bestuur").get("gremia");
    for (JsonNode hit : hits) {
      if (hit.get("name").asString().equals("IPO-bestuur")) {
        return hit.get("gremiumId").asString();
      }
    }
    throw new AssertionError("IPO-bestuur not found: " + hits);
  }

  @Test
  void theFiltersTogetherFindTheReformOfSixJuly2023WithNamesNotIds() {
    JsonNode page =
        ok(
            "/api/besluiten?gremium="
                + bestuurId()
                + "&type=structuurwijziging&jaar=2023&status=aangenomen");
    assertThat(page.get("total").asLong()).isEqualTo(1);
    JsonNode reform = page.get("besluiten").get(0);
    assertThat(reform.get("subject").asString()).contains(REFORM);
    assertThat(reform.get("decisionDate").asString()).isEqualTo("2023-07-06");
    assertThat(reform.get("submittedBy").asString()).isEqualTo("Algemeen Directeur");
    assertThat(reform.get("decidedBy").asString()).isEqualTo("IPO-bestuur");
    assertThat(reform.get("decidingGremiumName").asString()).isEqualTo("IPO-bestuur");
    assertThat(reform.get("status").asString()).isEqualTo("AANGENOMEN");

    assertThat(ok("/api/besluiten?jaar=2022&q=" + "BAC-structuur").get("total").asLong()).isZero();
    assertThat(ok("/api/besluiten?type=BEGROTING&jaar=2023").get("total").asLong()).isZero();
  }

  @Test
  void wordsMatchInAnyCaseAndOrderAndWildcardsAreOrdinaryCharacters() {
    assertThat(subjects(ok("/api/besluiten?q=ZEELAND+compensatie")))
        .singleElement()
        .asString()
        .contains("Compensatie Zeeland");
    assertThat(ok("/api/besluiten?q=%25").get("total").asLong()).isZero();
    assertThat(ok("/api/besluiten?q=_").get("total").asLong()).isZero();
  }

  @Test
  void pagesAreNewestFirstAndDoNotOverlap() {
    JsonNode all = ok("/api/besluiten?size=100");
    long total = all.get("total").asLong();
    assertThat(total).isGreaterThan(4);
    List<String> dates = new ArrayList<>();
    all.get("besluiten")
        .forEach(
            b ->
                dates.add(
                    b.get("decisionDate").isNull()
                        ? b.get("submittedOn").asString()
                        : b.get("decisionDate").asString()));
    assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    List<String> first = subjects(ok("/api/besluiten?size=2&page=0"));
    List<String> second = subjects(ok("/api/besluiten?size=2&page=1"));
    assertThat(first).hasSize(2).doesNotContainAnyElementsOf(second);
    assertThat(first).containsExactlyElementsOf(subjects(all).subList(0, 2));
    assertThat(second).containsExactlyElementsOf(subjects(all).subList(2, 4));
  }

  @Test
  void meetingsAreListedPerBodyWithTheirDescription() {
    JsonNode page = ok("/api/vergaderingen?gremium=" + bestuurId() + "&size=100");
    assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(4);
    JsonNode latest = page.get("vergaderingen").get(0);
    assertThat(latest.get("date").asString()).isEqualTo("2023-07-06");
    assertThat(latest.get("gremiumName").asString()).isEqualTo("IPO-bestuur");
    assertThat(latest.get("description").asString()).contains("besluitvorming over het voorstel");
    assertThat(latest.get("agendaItems").asInt()).isEqualTo(1);
    JsonNode one = ok("/api/vergaderingen/" + latest.get("vergaderingId").asString());
    assertThat(one.get("date").asString()).isEqualTo("2023-07-06");
  }

  @Test
  void theSearchFindsBodiesBesluitenAndMandatesByName() {
    JsonNode found = ok("/api/zoeken?q=financiën");
    List<String> names = new ArrayList<>();
    found.get("gremia").forEach(g -> names.add(g.get("name").asString()));
    assertThat(names).contains("BAC Financiën", "BAC Financiën en Openbaar Bestuur");
    assertThat(found.get("mandaten")).isNotEmpty();
    assertThat(found.get("mandaten").get(0).get("mandataris").asString())
        .isEqualTo("BAC Financiën");
    JsonNode reform = ok("/api/zoeken?q=bac-structuur");
    assertThat(reform.get("besluiten")).hasSize(1);
  }

  @Test
  void badValuesAreDutch400sNamingTheField() {
    assertBad("/api/besluiten?jaar=1700", "jaar");
    assertBad("/api/besluiten?jaar=twee", "jaar");
    assertBad("/api/besluiten?status=BESLOTEN", "status");
    assertBad("/api/besluiten?type=WET", "type");
    assertBad("/api/besluiten?gremium=geen-id", "gremium");
    assertBad("/api/besluiten?size=0", "size");
    assertBad("/api/besluiten?page=-1", "page");
    assertBad("/api/besluiten?q=" + "x".repeat(201), "q");
    assertBad("/api/vergaderingen?size=101", "size");
    assertBad("/api/zoeken", "q");
    assertThat(http.get(READER, "/api/vergaderingen/" + java.util.UUID.randomUUID()).status())
        .isEqualTo(404);
  }

  private void assertBad(String path, String field) {
    Response response = http.get(READER, path);
    assertThat(response.status()).as(path + " " + response.text()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.text()).contains(field);
    assertThat(response.body().get("detail").asString())
        .doesNotContain("must", "invalid", "Failed");
  }
}
