package nl.ipo.ledger.infra.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ipo.ledger.infra.support.LedgerHttp;
import nl.ipo.ledger.infra.support.LedgerHttp.Response;
import nl.ipo.ledger.infra.support.Settled;
import nl.ipo.ledger.infra.support.StoredEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 2023 reform of the IPO, recorded over HTTP as the seeds describe it: the Algemeen Directeur's
 * proposal, discussed in the bestuur on 11 May 2023 and in the AV on 27 June 2023, adopted by the
 * bestuur on 6 July 2023, the new BAC structure from September 2023. Run once per database by the
 * subclasses.
 */
abstract class ReformApiContract {

  private static final String SECRETARIAAT = "secretariaat";

  @LocalServerPort int port;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationContext context;
  LedgerHttp http;

  @BeforeEach
  void client() {
    http = new LedgerHttp(port, json);
  }

  private String post(String path, String body) {
    Response response = http.post(SECRETARIAAT, path, body);
    assertThat(response.status()).as(path + " " + response.text()).isIn(200, 201);
    return response.body().get("id").asString();
  }

  private String gremium(String name, String type, String begin) {
    return post(
        "/api/gremia",
        """
        {"name": "%s", "type": "%s", "beginDate": "%s", "decisionReference": "Statuten"}"""
            .formatted(name, type, begin));
  }

  private String meeting(String gremium, String date) {
    return post(
        "/api/vergaderingen",
        """
        {"gremiumId": "%s", "date": "%s"}"""
            .formatted(gremium, date));
  }

  private JsonNode structure(String asOf) {
    return http.get("av-lid", "/api/structure?asOf=" + asOf).body();
  }

  /** The ids in the structure; the database may hold other tests' gremia as well. */
  private static List<String> ids(JsonNode structure) {
    List<String> ids = new ArrayList<>();
    structure.get("gremia").forEach(g -> ids.add(g.get("id").asString()));
    return ids;
  }

  private static String nameOf(JsonNode structure, String id) {
    for (JsonNode g : structure.get("gremia")) {
      if (g.get("id").asString().equals(id)) {
        return g.get("name").asString();
      }
    }
    return null;
  }

  /** The bodies, the voorstel and the meetings of the 2023 reform, as the test records them. */
  private record Reform(
      String bestuur,
      String av,
      Map<String, String> old,
      String stikstof,
      Map<String, String> nieuw,
      String aacId,
      String voorstel,
      String may,
      String june,
      String july,
      String bacJuly) {}

  @Test
  void the2023ReformIsRecordedAndTraceableToTheBestuursbesluitOf6July2023() {
    Reform reform = submitAndDiscussTheReform();
    aBacIsNotCompetentToDecideIt(reform);
    theBestuurDecidesIt(reform);
    theStructureChangesOn1September2023(reform);
    everyChangeNamesTheBesluit(reform);
    theLifecycleShowsEveryStepAndTheCompetenceRelied(reform);
    theBesluitenlijstenShowTheDecision(reform);
    onlyTheBestuurWasCompetent(reform);
  }

  @Test
  void eventsStoredInAnEarlierShapeReadAsTheCurrentOne() {
    // one besluit, rejected so that its effect is not carried out, taken at a meeting
    String bestuur = gremium("IPO-bestuur " + UUID.randomUUID(), "bestuur", "2003-01-01");
    String bac = gremium("BAC Proef " + UUID.randomUUID(), "BAC", "2019-01-01");
    String voorstel =
        post(
            "/api/besluiten",
            """
            {"subject": "Opheffing van de BAC Proef", "besluitType": "structuurwijziging",
             "submittedBy": {"personName": "Algemeen Directeur"}, "decidingGremiumId": "%s",
             "submittedOn": "2023-05-11",
             "effects": [{"kind": "DISSOLVE_GREMIUM", "gremiumId": "%s",
                          "effectiveDate": "2023-09-01"}]}"""
                .formatted(bestuur, bac));
    String july = meeting(bestuur, "2023-07-06");
    post("/api/besluiten/" + voorstel + "/agenda", "{\"vergaderingId\": \"" + july + "\"}");
    post(
        "/api/besluiten/" + voorstel + "/decision",
        """
        {"decider": {"gremiumId": "%s"}, "decisionDate": "2023-07-06", "vergaderingId": "%s",
         "outcome": "verworpen"}"""
            .formatted(bestuur, july));
    List<String> steps = new ArrayList<>();
    http.get("av-lid", "/api/besluiten/" + voorstel)
        .body()
        .get("events")
        .forEach(e -> steps.add(e.get("eventType").asString()));

    // a besluit stored at revision 1, its competence a sentence, reads as revision 2
    String old1 = UUID.randomUUID().toString();
    long copied =
        new StoredEvents(jdbc, json)
            .insertCopy(
                voorstel,
                steps.indexOf("BesluitTaken"),
                old1,
                e -> {
                  e.put("competenceBasis", "competence of the bestuur under Statuten IPO");
                  // rejected and without effects, so the effects process leaves it alone: the
                  // copy has no voorstel before it
                  e.put("outcome", "REJECTED");
                  e.putArray("effects");
                });
    jdbc.sql("UPDATE domain_event_entry SET payload_revision = '1' WHERE global_index = :g")
        .param("g", copied)
        .update();
    JsonNode upcast =
        http.get("av-lid", "/api/besluiten/" + old1).body().get("events").get(0).get("event");
    assertThat(upcast.get("competenceBasis").get("body").asString()).isEqualTo("BESTUUR");
    assertThat(upcast.get("competenceBasis").get("matrixDecision").asString())
        .isEqualTo("Statuten IPO");
    Settled.await(context);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM dead_letter_entry WHERE sequence_identifier = :id")
                .param("id", old1)
                .query(Long.class)
                .single())
        .as("every processor read the revision-1 copy")
        .isZero();

    // a stream recorded while its aggregate class had another name (VergaderingAggregate, now
    // Vergadering) loads as before: Axon reads a stream by its identifier, the type is a label
    String relabelled = UUID.randomUUID().toString();
    long copy = new StoredEvents(jdbc, json).insertCopy(july, 0, relabelled, e -> {});
    jdbc.sql("UPDATE domain_event_entry SET type = 'VergaderingAggregate' WHERE global_index = :g")
        .param("g", copy)
        .update();
    Response repeat =
        http.post(
            SECRETARIAAT,
            "/api/vergaderingen",
            """
            {"id": "%s", "gremiumId": "%s", "date": "2023-07-06"}"""
                .formatted(relabelled, bestuur));
    assertThat(repeat.status()).as(repeat.text()).isEqualTo(200);
    assertThat(repeat.body().get("outcome").asString()).isEqualTo("UNCHANGED");
  }

  /**
   * The structure before the reform, the voorstel with its effects, its meetings and discussions.
   */
  private Reform submitAndDiscussTheReform() {
    String bestuur = gremium("IPO-bestuur " + UUID.randomUUID(), "bestuur", "2003-01-01");
    String av = gremium("Algemene Vergadering " + UUID.randomUUID(), "AV", "2003-01-01");
    Map<String, String> old = new LinkedHashMap<>();
    for (String name :
        List.of(
            "ROWW",
            "Mobiliteit",
            "Regionale economie",
            "Klimaat & Energie",
            "Vitaal Platteland",
            "MTH",
            "Cultuur",
            "Financiën",
            "KOB")) {
      old.put(name, gremium("BAC " + name, "BAC", "2019-01-01"));
    }
    String stikstof = gremium("BC Stikstof", "BC", "2020-01-01");
    Map<String, String> nieuw = new LinkedHashMap<>();
    for (String name :
        List.of(
            "Wonen & Bereikbaarheid",
            "Landelijk Gebied",
            "Klimaat & Leefomgeving",
            "Ondernemen en Cultuur",
            "Financiën en Openbaar Bestuur")) {
      nieuw.put(name, UUID.randomUUID().toString());
    }
    String aacId = UUID.randomUUID().toString();
    String effects =
        String.join(
            ",",
            merge(List.of(old.get("ROWW"), old.get("Mobiliteit")), nieuw, "Wonen & Bereikbaarheid"),
            merge(List.of(old.get("Vitaal Platteland"), stikstof), nieuw, "Landelijk Gebied"),
            merge(
                List.of(old.get("Klimaat & Energie"), old.get("MTH")),
                nieuw,
                "Klimaat & Leefomgeving"),
            merge(
                List.of(old.get("Regionale economie"), old.get("Cultuur")),
                nieuw,
                "Ondernemen en Cultuur"),
            merge(
                List.of(old.get("Financiën"), old.get("KOB")),
                nieuw,
                "Financiën en Openbaar Bestuur"),
            aac(aacId, nieuw.get("Wonen & Bereikbaarheid"), "AAC Wonen & Bereikbaarheid"));

    String voorstel =
        post(
            "/api/besluiten",
            """
            {"subject": "Focus in de Samenwerking: nieuwe bestuurlijke structuur",
             "besluitType": "structuurwijziging",
             "submittedBy": {"personName": "Algemeen Directeur"},
             "decidingGremiumId": "%s", "submittedOn": "2023-05-11", "effects": [%s]}"""
                .formatted(bestuur, effects));
    String may = meeting(bestuur, "2023-05-11");
    String june = meeting(av, "2023-06-27");
    String july = meeting(bestuur, "2023-07-06");
    String bacJuly = meeting(old.get("ROWW"), "2023-07-06");
    for (String m : List.of(may, june, july, bacJuly)) {
      post("/api/besluiten/" + voorstel + "/agenda", "{\"vergaderingId\": \"" + m + "\"}");
    }
    post(
        "/api/besluiten/" + voorstel + "/discussions",
        "{\"vergaderingId\": \"" + may + "\", \"summary\": \"Eerste bespreking in het bestuur\"}");
    post(
        "/api/besluiten/" + voorstel + "/discussions",
        "{\"vergaderingId\": \"" + june + "\", \"summary\": \"De AV bespreekt het voorstel\"}");
    return new Reform(bestuur, av, old, stikstof, nieuw, aacId, voorstel, may, june, july, bacJuly);
  }

  private void aBacIsNotCompetentToDecideIt(Reform r) {
    long before = jdbc.sql("SELECT COUNT(*) FROM domain_event_entry").query(Long.class).single();

    Response byBac =
        http.post(
            SECRETARIAAT,
            "/api/besluiten/" + r.voorstel() + "/decision",
            """
            {"decider": {"gremiumId": "%s"}, "decisionDate": "2023-07-06", "vergaderingId": "%s",
             "outcome": "aangenomen"}"""
                .formatted(r.old().get("ROWW"), r.bacJuly()));
    assertThat(byBac.status()).isEqualTo(422);
    assertThat(byBac.body().get("rule").asString()).isEqualTo("COMPETENCE");
    assertThat(byBac.body().get("reason").asString())
        .contains("niet bevoegd")
        .contains("bevoegd: bestuur");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM domain_event_entry").query(Long.class).single())
        .isEqualTo(before);
  }

  private void theBestuurDecidesIt(Reform r) {
    post(
        "/api/besluiten/" + r.voorstel() + "/decision",
        """
        {"decider": {"gremiumId": "%s"}, "decisionDate": "2023-07-06", "vergaderingId": "%s",
         "outcome": "aangenomen", "summary": "Het bestuur stelt de nieuwe structuur vast"}"""
            .formatted(r.bestuur(), r.july()));
  }

  private void theStructureChangesOn1September2023(Reform r) {
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              JsonNode october = structure("2023-10-01");
              assertThat(ids(october))
                  .containsAll(r.nieuw().values())
                  .doesNotContainAnyElementsOf(r.old().values())
                  .doesNotContain(r.stikstof());
              r.nieuw()
                  .forEach((name, id) -> assertThat(nameOf(october, id)).isEqualTo("BAC " + name));
              assertThat(nameOf(october, r.aacId())).isEqualTo("AAC Wonen & Bereikbaarheid");
            });
    JsonNode june30 = structure("2023-06-30");
    assertThat(ids(june30))
        .containsAll(r.old().values())
        .contains(r.stikstof())
        .doesNotContainAnyElementsOf(r.nieuw().values());
  }

  private void everyChangeNamesTheBesluit(Reform r) {
    for (String id : r.nieuw().values()) {
      JsonNode first =
          http.get("auditor", "/api/gremia/" + id + "/history").body().get("events").get(0);
      assertThat(first.get("eventType").asString()).isEqualTo("GremiumEstablished");
      assertThat(first.get("decisionReference").get("besluitId").asString())
          .isEqualTo(r.voorstel());
      assertThat(first.get("effectiveDate").asString()).isEqualTo("2023-09-01");
      assertThat(first.get("actor").asString()).isEqualTo("secretariaat");
    }
    JsonNode dissolved =
        http.get("auditor", "/api/gremia/" + r.old().get("KOB") + "/history").body();
    JsonNode last = dissolved.get("events").get(dissolved.get("events").size() - 1);
    assertThat(last.get("eventType").asString()).isEqualTo("GremiumDissolved");
    assertThat(last.get("decisionReference").get("besluitId").asString()).isEqualTo(r.voorstel());
  }

  private void theLifecycleShowsEveryStepAndTheCompetenceRelied(Reform r) {
    JsonNode lifecycle = http.get("av-lid", "/api/besluiten/" + r.voorstel()).body();
    List<String> steps = new ArrayList<>();
    lifecycle.get("events").forEach(e -> steps.add(e.get("eventType").asString()));
    assertThat(steps)
        .startsWith(
            "VoorstelSubmitted",
            "VoorstelPlacedOnAgenda",
            "VoorstelPlacedOnAgenda",
            "VoorstelPlacedOnAgenda",
            "VoorstelPlacedOnAgenda",
            "VoorstelDiscussed",
            "VoorstelDiscussed",
            "BesluitTaken")
        .containsOnlyOnce("BesluitTaken")
        .doesNotContain("BesluitEffectFailed");
    assertThat(steps.stream().filter("BesluitEffectCarriedOut"::equals)).hasSize(6);
    JsonNode taken = lifecycle.get("events").get(steps.indexOf("BesluitTaken")).get("event");
    assertThat(taken.get("competenceBasis").get("body").asString()).isEqualTo("BESTUUR");
    assertThat(taken.get("competenceBasis").get("matrixDecision").isNull()).isFalse();
  }

  private void theBesluitenlijstenShowTheDecision(Reform r) {
    // the besluitenlijst is a read model of its own, with its own lag
    Settled.await(context);
    JsonNode lijst = http.get("av-lid", "/api/besluitenlijst?gremiumId=" + r.bestuur()).body();
    assertThat(lijst.get("besluiten"))
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.get("status").asString()).isEqualTo("AANGENOMEN");
              assertThat(b.get("decisionDate").asString()).isEqualTo("2023-07-06");
              assertThat(b.get("meetingDate").asString()).isEqualTo("2023-07-06");
            });
    JsonNode juneList =
        http.get("av-lid", "/api/vergaderingen/" + r.june() + "/besluitenlijst").body();
    assertThat(juneList.get("besluiten")).hasSize(1);
    // discussed in the AV on 27 June, decided by the bestuur on 6 July: not decided at the AV
    assertThat(juneList.get("besluiten").get(0).get("status").asString()).isEqualTo("GEAGENDEERD");
    JsonNode julyList =
        http.get("av-lid", "/api/vergaderingen/" + r.july() + "/besluitenlijst").body();
    assertThat(julyList.get("besluiten").get(0).get("status").asString()).isEqualTo("AANGENOMEN");
  }

  private void onlyTheBestuurWasCompetent(Reform r) {
    JsonNode competent =
        http.get("av-lid", "/api/competentie?besluitType=STRUCTUURWIJZIGING&date=2023-07-06")
            .body();
    assertThat(competent.get("deciderTypes").toString()).isEqualTo("[\"BESTUUR\"]");
    assertThat(competent.get("gremia").toString())
        .contains(r.bestuur())
        .doesNotContain(r.old().get("ROWW"));
  }

  @Test
  void aMandateGrantsSubMandatesAndExpiresByItselfAtTheEndOfItsTerm() {
    String bestuur = gremium("IPO-bestuur " + UUID.randomUUID(), "bestuur", "2003-01-01");
    String kopgroep =
        post(
            "/api/mandaten",
            """
            {"mandaatgever": {"gremiumId": "%s"},
             "mandataris": {"personName": "Bestuurlijke kopgroep IBP"},
             "scope": {"besluitTypes": ["STANDPUNT"], "subjects": ["IBP"]},
             "ceiling": 25000.00, "startDate": "2017-12-01", "endDate": "2019-01-01",
             "conditions": "verslag aan het bestuur", "decisionReference": "Bestuur 2017"}"""
                .formatted(bestuur));
    String sub =
        post(
            "/api/mandaten",
            """
            {"mandataris": {"personName": "Gedeputeerde Gelderland"},
             "scope": {"besluitTypes": ["STANDPUNT"], "subjects": ["IBP wonen"]},
             "ceiling": 5000, "startDate": "2018-02-01", "endDate": "2018-12-01",
             "parentMandaatId": "%s", "decisionReference": "Kopgroep 2018-02"}"""
                .formatted(kopgroep));
    Response wider =
        http.post(
            SECRETARIAAT,
            "/api/mandaten",
            """
            {"mandataris": {"personName": "Iemand"},
             "scope": {"besluitTypes": ["STANDPUNT"], "subjects": ["IBP"]},
             "ceiling": 30000, "startDate": "2018-02-01", "endDate": "2018-12-01",
             "parentMandaatId": "%s", "decisionReference": "x"}"""
                .formatted(kopgroep));
    assertThat(wider.status()).isEqualTo(422);
    assertThat(wider.body().get("rule").asString()).isEqualTo("SUBMANDATE_WITHIN_PARENT");
    assertThat(wider.body().get("field").asString()).isEqualTo("ceiling");

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              JsonNode lineage =
                  http.get("av-lid", "/api/mandaten/" + kopgroep + "/lineage?asOf=2018-06-01")
                      .body();
              assertThat(lineage.get("status").asString()).isEqualTo("GELDIG");
              assertThat(lineage.get("subMandaten")).hasSize(1);
              assertThat(lineage.get("subMandaten").get(0).get("mandaatId").asString())
                  .isEqualTo(sub);
              assertThat(lineage.get("versions").get(0).get("ceiling").decimalValue())
                  .isEqualByComparingTo("25000");
            });
    // The term ended in the past: the persistent deadline fires without any request.
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              List<String> types = new ArrayList<>();
              jdbc.sql(
                      "SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = :id"
                          + " ORDER BY sequence_number")
                  .param("id", kopgroep)
                  .query(String.class)
                  .list()
                  .forEach(types::add);
              assertThat(types).last().asString().endsWith("MandaatExpired");
            });
    // The expiry is the ledger's own act: attributed, correlated, and traced to its grant.
    byte[] metaData =
        jdbc.sql(
                "SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = :id"
                    + " ORDER BY sequence_number DESC LIMIT 1")
            .param("id", kopgroep)
            .query(byte[].class)
            .single();
    JsonNode expiry = json.readTree(new String(metaData, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(expiry.has("actor")).as(expiry.toString()).isTrue();
    assertThat(expiry.get("actor").asString()).isEqualTo("ledger");
    assertThat(expiry.get("actorRole").asString()).isEqualTo("systeem");
    assertThat(expiry.get("correlationId").asString()).isNotBlank();
    assertThat(expiry.get("recordedAt").asString()).isNotBlank();
    String grantCommand =
        jdbc.sql(
                "SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = :id"
                    + " AND sequence_number = 0")
            .param("id", kopgroep)
            .query(byte[].class)
            .optional()
            .map(b -> json.readTree(new String(b, java.nio.charset.StandardCharsets.UTF_8)))
            .map(m -> m.get("causationId").asString())
            .orElseThrow();
    assertThat(expiry.get("deadlineOrigin").asString()).isEqualTo(grantCommand);
    // the sub-mandate's term ended too: wait for it, so no deadline of this test fires later,
    // in the middle of another test class that shares the database
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        jdbc.sql(
                                "SELECT payload_type FROM domain_event_entry"
                                    + " WHERE aggregate_identifier = :id"
                                    + " ORDER BY sequence_number DESC LIMIT 1")
                            .param("id", sub)
                            .query(String.class)
                            .single())
                    .endsWith("MandaatExpired"));
    assertThat(
            http.get("av-lid", "/api/mandaten/" + kopgroep + "/lineage?asOf=2019-06-01")
                .body()
                .get("status")
                .asString())
        .isEqualTo("VERLOPEN");
  }

  @Test
  void malformedOrUnknownDecisionRequestsAnswerProblemJsonAndStoreNothing() {
    String bestuur = gremium("IPO-bestuur " + UUID.randomUUID(), "bestuur", "2003-01-01");
    long before = jdbc.sql("SELECT COUNT(*) FROM domain_event_entry").query(Long.class).single();
    String unknown = UUID.randomUUID().toString();

    problem(
        http.post(
            SECRETARIAAT,
            "/api/besluiten",
            """
            {"subject": "x", "besluitType": "begrotingen", "submittedBy": {"personName": "AD"},
             "decidingGremiumId": "%s", "submittedOn": "2023-05-11"}"""
                .formatted(bestuur)),
        400,
        "besluitType",
        "STRUCTUURWIJZIGING");
    problem(
        http.post(
            SECRETARIAAT,
            "/api/besluiten",
            """
            {"subject": "x", "besluitType": "standpunt",
             "submittedBy": {"personName": "AD", "gremiumId": "%s"},
             "decidingGremiumId": "%s", "submittedOn": "2023-05-11"}"""
                .formatted(bestuur, bestuur)),
        400,
        "party",
        "precies één");
    problem(
        http.post(
            SECRETARIAAT,
            "/api/besluiten",
            """
            {"subject": "x", "besluitType": "standpunt", "submittedBy": {"personName": "AD"},
             "decidingGremiumId": "%s", "submittedOn": "2023-05-11",
             "effects": [{"kind": "SPLIT", "gremiumId": "%s"}]}"""
                .formatted(bestuur, unknown)),
        400,
        null,
        "");
    problem(
        http.post(
            SECRETARIAAT,
            "/api/besluiten",
            """
            {"subject": "x", "besluitType": "standpunt", "submittedBy": {"personName": "AD"},
             "decidingGremiumId": "%s", "submittedOn": "2023-05-11"}"""
                .formatted(unknown)),
        404,
        "decidingGremiumId",
        "geen gremium");
    problem(
        http.post(
            SECRETARIAAT,
            "/api/besluiten/" + unknown + "/decision",
            """
            {"decider": {"gremiumId": "%s"}, "decisionDate": "2023-07-06", "outcome": "misschien"}"""
                .formatted(bestuur)),
        400,
        "outcome",
        "ADOPTED_WITH_AMENDMENTS");
    problem(
        http.post(
            SECRETARIAAT,
            "/api/besluiten/" + unknown + "/decision",
            """
            {"decider": {"gremiumId": "%s"}, "decisionDate": "2023-07-06", "outcome": "verworpen"}"""
                .formatted(bestuur)),
        404,
        "besluitId",
        "geen besluit");
    problem(http.get("auditor", "/api/besluiten/" + unknown), 404, "besluitId", "geen besluit");
    problem(
        http.get("auditor", "/api/competentie?besluitType=wet&date=2023-01-01"),
        400,
        "besluitType",
        "MANDAATVERLENING");
    problem(
        http.post(
            SECRETARIAAT,
            "/api/mandaten",
            """
            {"mandaatgever": {"gremiumId": "%s"}, "mandataris": {"personName": "AD"},
             "scope": {"besluitTypes": ["STANDPUNT"]}, "ceiling": -1, "startDate": "2023-01-01",
             "decisionReference": "x"}"""
                .formatted(bestuur)),
        400,
        "ceiling",
        "negatief");
    problem(
        http.post(
            SECRETARIAAT,
            "/api/mandaten",
            """
            {"mandaatgever": {"gremiumId": "%s"}, "mandataris": {"personName": "AD"},
             "scope": {}, "startDate": "2023-01-01", "decisionReference": "x"}"""
                .formatted(bestuur)),
        400,
        "scope",
        "minstens één");
    problem(
        http.post(
            SECRETARIAAT,
            "/api/vergaderingen",
            "{\"gremiumId\": \"" + unknown + "\", \"date\": \"2023-01-01\"}"),
        404,
        "gremiumId",
        "geen gremium");

    assertThat(jdbc.sql("SELECT COUNT(*) FROM domain_event_entry").query(Long.class).single())
        .isEqualTo(before);
  }

  private long storedEvents() {
    return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry").query(Long.class).single();
  }

  @Test
  void linksBetweenFactsAreCheckedNotTrusted() {
    String bestuur = gremium("IPO-bestuur " + UUID.randomUUID(), "bestuur", "2019-01-01");
    String bac = gremium("BAC " + UUID.randomUUID(), "BAC", "2019-01-01");
    post(
        "/api/gremia/" + bestuur + "/members",
        """
        {"personName": "A. Zeeuw", "province": "ZEELAND", "role": "LID",
         "startDate": "2019-06-01", "decisionReference": "Statuten"}""");
    post(
        "/api/gremia/" + bestuur + "/members",
        """
        {"province": "GRONINGEN", "role": "LID", "startDate": "2019-06-01",
         "decisionReference": "Statuten"}""");
    long before = storedEvents();

    // a voorstel to a body that may not decide its type, naming no mandate: refused at once
    Response toBac =
        http.post(
            SECRETARIAAT,
            "/api/besluiten",
            """
            {"subject": "Standpunt Omgevingswet", "besluitType": "standpunt",
             "submittedBy": {"personName": "Algemeen Directeur"},
             "decidingGremiumId": "%s", "submittedOn": "2023-05-11"}"""
                .formatted(bac));
    problem(toBac, 422, "decidingGremiumId", "niet besluiten over een standpunt");
    assertThat(toBac.body().get("rule").asString()).isEqualTo("DECIDING_BODY_MAY_DECIDE");
    assertThat(storedEvents()).isEqualTo(before);

    // votes come from the bestuur's seats that day
    String voorstel =
        post(
            "/api/besluiten",
            """
            {"subject": "Benoeming leden BAC", "besluitType": "benoeming",
             "submittedBy": {"personName": "Algemeen Directeur"},
             "decidingGremiumId": "%s", "submittedOn": "2023-05-11"}"""
                .formatted(bestuur));
    String july = meeting(bestuur, "2023-07-06");
    post("/api/besluiten/" + voorstel + "/agenda", "{\"vergaderingId\": \"" + july + "\"}");
    String decision =
        """
        {"decider": {"gremiumId": "%s"}, "decisionDate": "2023-07-06", "vergaderingId": "%s",
         "outcome": "aangenomen", "votes": [%s]}""";
    long beforeVotes = storedEvents();
    Response outsider =
        http.post(
            SECRETARIAAT,
            "/api/besluiten/" + voorstel + "/decision",
            decision.formatted(
                bestuur,
                july,
                "{\"voter\": \"B. Buitenstaander\", \"province\": \"ZEELAND\", \"choice\": \"FOR\"}"));
    problem(outsider, 422, "votes", "B. Buitenstaander zit op 6 juli 2023 niet namens Zeeland");
    assertThat(outsider.body().get("rule").asString()).isEqualTo("VOTERS_SIT_IN_DECIDER");
    Response noSeat =
        http.post(
            SECRETARIAAT,
            "/api/besluiten/" + voorstel + "/decision",
            decision.formatted(
                bestuur,
                july,
                "{\"voter\": \"Flevoland\", \"province\": \"FLEVOLAND\", \"choice\": \"FOR\"}"));
    problem(noSeat, 422, "votes", "Flevoland heeft op 6 juli 2023 geen zetel");
    assertThat(storedEvents()).isEqualTo(beforeVotes);
    post(
        "/api/besluiten/" + voorstel + "/decision",
        decision.formatted(
            bestuur,
            july,
            """
            {"voter": "A. Zeeuw", "choice": "FOR"},
            {"voter": "Groningen", "province": "GRONINGEN", "choice": "FOR"}"""));

    // an appointment names the besluit it rests on by id: checked, then linked
    long beforeLinks = storedEvents();
    Response unknown =
        http.post(
            SECRETARIAAT,
            "/api/gremia/" + bac + "/members",
            """
            {"province": "UTRECHT", "role": "LID", "startDate": "2023-09-01",
             "decisionReference": "Bestuur 6 juli 2023", "besluitId": "%s"}"""
                .formatted(UUID.randomUUID()));
    problem(unknown, 422, "decisionReference.besluitId", "Er is geen genomen besluit met id");
    assertThat(unknown.body().get("rule").asString()).isEqualTo("AUTHORISING_BESLUIT");
    Response malformed =
        http.post(
            SECRETARIAAT,
            "/api/gremia/" + bac + "/members",
            """
            {"province": "UTRECHT", "role": "LID", "startDate": "2023-09-01",
             "decisionReference": "Bestuur 6 juli 2023", "besluitId": "zes juli"}""");
    problem(malformed, 400, "besluitId", "zes juli");
    assertThat(storedEvents()).isEqualTo(beforeLinks);
    post(
        "/api/gremia/" + bac + "/members",
        """
        {"province": "UTRECHT", "role": "LID", "startDate": "2023-09-01",
         "decisionReference": "Bestuur 6 juli 2023", "besluitId": "%s"}"""
            .formatted(voorstel));
    JsonNode appointed = http.get("auditor", "/api/gremia/" + bac + "/history").body();
    JsonNode last = appointed.get("events").get(appointed.get("events").size() - 1);
    assertThat(last.get("eventType").asString()).isEqualTo("MemberAppointed");
    assertThat(last.get("decisionReference").get("besluitId").asString()).isEqualTo(voorstel);
    assertThat(last.get("source").get("cited").asBoolean()).isFalse();
    assertThat(last.get("source").get("noSourceReason").asString()).contains("secretariaat");
  }

  private static void problem(Response response, int status, String field, String reason) {
    assertThat(response.status()).as(response.text()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.body().get("reason").asString()).contains(reason);
    if (field != null) {
      assertThat(response.body().get("field").asString()).isEqualTo(field);
    }
  }

  private static String merge(List<String> merged, Map<String, String> nieuw, String name) {
    return """
        {"kind": "MERGE_GREMIA", "merged": ["%s"], "gremiumId": "%s",
         "name": "BAC %s", "type": "BAC", "effectiveDate": "2023-09-01"}"""
        .formatted(String.join("\", \"", merged), nieuw.get(name), name);
  }

  private static String aac(String id, String parent, String name) {
    return """
        {"kind": "ESTABLISH_GREMIUM", "gremiumId": "%s", "name": "%s", "type": "AAC",
         "parentId": "%s", "beginDate": "2023-09-01"}"""
        .formatted(id, name, parent);
  }
}
