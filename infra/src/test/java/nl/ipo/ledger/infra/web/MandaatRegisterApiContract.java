package nl.ipo.ledger.infra.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * The mandate register (GET /api/mandaten) and a mandate's dossier for the shipped history: names,
 * not ids, the status on a day, the filter and paging, and Dutch problems for bad parameters. Run
 * once per database by the subclasses.
 */
abstract class MandaatRegisterApiContract {

  @LocalServerPort int port;
  @Autowired JsonMapper json;
  @Autowired JournalLoader journal;
  LedgerHttp http;

  @BeforeEach
  void history() throws Exception {
    http = new LedgerHttp(port, json);
    // loading the journal again records nothing, so every test (and class) may do it
    try (java.io.InputStream in = getClass().getResourceAsStream("/journal/ipo-2018-2023.jsonl")) {
      journal.load(in, line -> {});
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(kopgroep(register("asOf=2018-02-01"))).isNotNull());
  }

  JsonNode register(String query) {
    Response response = http.get("av-lid", "/api/mandaten?" + query);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.body();
  }

  static JsonNode kopgroep(JsonNode page) {
    for (JsonNode m : page.get("mandaten")) {
      if ("Bestuurlijke kopgroep IBP".equals(m.get("mandataris").get("name").asString())) {
        return m;
      }
    }
    return null;
  }

  @Test
  void theKopgroepIbpIsListedByNameWithItsFourMembersAndItsStatusOnTheDay() {
    JsonNode page = register("asOf=2018-02-01");
    JsonNode ibp = kopgroep(page);
    assertThat(ibp.get("mandaatgever").get("name").asString()).isEqualTo("IPO-bestuur");
    assertThat(ibp.get("mandataris").get("type").asString()).isEqualTo("KOPGROEP");
    List<String> members = new ArrayList<>();
    ibp.get("mandataris")
        .get("members")
        .forEach(
            m -> members.add(m.get("personName").asString() + "/" + m.get("province").asString()));
    assertThat(members)
        .containsExactlyInAnyOrder(
            "Remkes/NOORD_HOLLAND",
            "Gräper-Van Koolwijk/GRONINGEN",
            "Van Dijk/GELDERLAND",
            "Pauli/NOORD_BRABANT");
    assertThat(ibp.get("status").asString()).isEqualTo("GELDIG");
    assertThat(ibp.get("startDate").asString()).isEqualTo("2018-01-01");
    assertThat(ibp.get("scope").get("subjects").get(0).asString()).isEqualTo("IBP");
    assertThat(ibp.get("versions").asInt()).isEqualTo(1);
    assertThat(page.get("asOf").asString()).isEqualTo("2018-02-01");

    // the day before the grant: listed, not yet in force; the BAC Financiën mandate of 2020 too
    JsonNode before = register("asOf=2017-12-31");
    assertThat(kopgroep(before).get("status").asString()).isEqualTo("NOG_NIET");
    JsonNode geldig = register("asOf=2017-12-31&status=geldig");
    assertThat(geldig.get("total").asLong()).isZero();
    assertThat(geldig.get("status").asString()).isEqualTo("GELDIG");
    JsonNode in2021 = register("asOf=2021-01-01&status=GELDIG");
    List<String> holders = new ArrayList<>();
    in2021.get("mandaten").forEach(m -> holders.add(m.get("mandataris").get("name").asString()));
    assertThat(holders).contains("BAC Financiën").doesNotContain("Bestuurlijke kopgroep IBP");
    // the kopgroep's mandate ended with its negotiations (an assumption of the history)
    assertThat(kopgroep(register("asOf=2018-02-15")).get("status").asString())
        .isEqualTo("VERLOPEN");
    assertThat(kopgroep(register("asOf=2018-02-15")).get("endDate").asString())
        .isEqualTo("2018-02-15");
  }

  @Test
  void pagingCutsTheRegisterAndCountsTheWhole() {
    JsonNode all = register("asOf=2021-01-01");
    long total = all.get("total").asLong();
    assertThat(total).isGreaterThanOrEqualTo(2);
    JsonNode first = register("asOf=2021-01-01&size=1&page=0");
    JsonNode second = register("asOf=2021-01-01&size=1&page=1");
    assertThat(first.get("total").asLong()).isEqualTo(total);
    assertThat(first.get("mandaten")).hasSize(1);
    assertThat(second.get("mandaten")).hasSize(1);
    assertThat(first.get("mandaten").get(0).get("mandaatId").asString())
        .isNotEqualTo(second.get("mandaten").get(0).get("mandaatId").asString());
    assertThat(register("asOf=2021-01-01&size=1&page=" + total).get("mandaten")).isEmpty();
  }

  @Test
  void theDossierNamesThePartiesAndGivesTheSourceOfEachVersion() {
    String id = kopgroep(register("asOf=2018-02-01")).get("mandaatId").asString();
    Response response = http.get("auditor", "/api/mandaten/" + id + "/dossier?asOf=2018-02-01");
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    JsonNode dossier = response.body();
    assertThat(dossier.get("lineage").get("mandaatId").asString()).isEqualTo(id);
    assertThat(dossier.get("lineage").get("versions")).hasSize(1);
    List<String> names = new ArrayList<>();
    dossier.get("parties").forEach(p -> names.add(p.get("name").asString()));
    assertThat(names).containsExactlyInAnyOrder("IPO-bestuur", "Bestuurlijke kopgroep IBP");
    JsonNode source = dossier.get("sources").get(0);
    assertThat(source.get("version").asInt()).isZero();
    assertThat(source.get("eventType").asString()).isEqualTo("MandaatGranted");
    assertThat(source.get("source").get("document").asString())
        .isEqualTo("003_f501c4111f8778ab.txt");
    assertThat(source.get("source").get("quote").asString())
        .contains("bestuurlijke kopgroep gemandateerd");
  }

  @Test
  void theRegisterAndTheDossierAsKnownAtAMomentReplayTheMandatesWithTheirNamesAndSources() {
    String id = kopgroep(register("asOf=2018-02-01")).get("mandaatId").asString();
    assertThat(register("asOf=2018-02-01").has("leftOut")).as("live: no replay").isFalse();

    // before the history was recorded the ledger knew no mandate at all
    JsonNode before = register("asOf=2018-02-01&knownAt=2020-01-01T00:00:00Z");
    assertThat(before.get("total").asLong()).isZero();
    assertThat(before.get("mandaten")).isEmpty();
    assertThat(before.get("leftOut").isArray()).isTrue();
    Response unknown =
        http.get(
            "auditor",
            "/api/mandaten/" + id + "/dossier?asOf=2018-02-01&knownAt=2020-01-01T00:00:00Z");
    assertThat(unknown.status()).as(unknown.text()).isEqualTo(404);

    // known now: the register names the parties from the replayed structure, as the live one does
    String now = Instant.now().plusSeconds(60).toString();
    JsonNode known = register("asOf=2018-02-01&knownAt=" + now);
    assertThat(known.get("leftOut")).isEmpty();
    JsonNode live = register("asOf=2018-02-01");
    assertThat(known.get("total").asLong()).isEqualTo(live.get("total").asLong());
    JsonNode ibp = kopgroep(known);
    assertThat(ibp).isNotNull();
    assertThat(ibp.get("mandaatgever").get("name").asString()).isEqualTo("IPO-bestuur");
    assertThat(ibp.get("mandataris").get("members")).hasSize(4);
    assertThat(ibp.get("status").asString()).isEqualTo("GELDIG");

    Response response =
        http.get("auditor", "/api/mandaten/" + id + "/dossier?asOf=2018-02-01&knownAt=" + now);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    JsonNode dossier = response.body();
    assertThat(dossier.get("leftOut")).isEmpty();
    List<String> names = new ArrayList<>();
    dossier.get("parties").forEach(p -> names.add(p.get("name").asString()));
    assertThat(names).containsExactlyInAnyOrder("IPO-bestuur", "Bestuurlijke kopgroep IBP");
    JsonNode source = dossier.get("sources").get(0);
    assertThat(source.get("source").get("document").asString())
        .isEqualTo("003_f501c4111f8778ab.txt");
    assertThat(source.get("source").get("note").asString())
        .startsWith("Aanname: ingangsdatum 2018-01-01");
    assertThat(source.get("source").get("assumption").asBoolean()).isTrue();

    Response bad = http.get("av-lid", "/api/mandaten?knownAt=gisteren");
    assertThat(bad.status()).as(bad.text()).isEqualTo(400);
    assertThat(bad.body().get("field").asString()).isEqualTo("knownAt");
  }

  @Test
  void badParametersAreDutchProblemsNamingTheField() {
    String[][] cases = {
      {"status=KAPOT", "status", "NOG_NIET, GELDIG, INGETROKKEN of VERLOPEN"},
      {"size=0", "size", "1 tot en met 500"},
      {"size=501", "size", "1 tot en met 500"},
      {"page=-1", "page", "0 tot en met"},
      {"asOf=2018-13-01", "asOf", ""}
    };
    for (String[] c : cases) {
      Response response = http.get("av-lid", "/api/mandaten?" + c[0]);
      assertThat(response.status()).as(c[0] + " " + response.text()).isEqualTo(400);
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(response.body().get("field").asString()).as(c[0]).isEqualTo(c[1]);
      assertThat(response.body().get("reason").asString()).as(c[0]).contains(c[2]);
    }
    assertThat(http.get(null, "/api/mandaten").status()).isEqualTo(401);
  }
}
