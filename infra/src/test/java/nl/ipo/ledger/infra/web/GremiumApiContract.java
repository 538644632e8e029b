package nl.ipo.ledger.infra.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import nl.ipo.ledger.infra.support.LedgerHttp;
import nl.ipo.ledger.infra.support.LedgerHttp.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gremium slice end to end, over HTTP against the running ledger: request, command, stored
 * event, projection, query. Run once per database by the subclasses.
 */
abstract class GremiumApiContract {

  private static final String SECRETARIAAT = "secretariaat";
  private static final String AV_LID = "av-lid";
  private static final String BESLUIT = "Bestuur 2023-07-06, agendapunt 4";

  @LocalServerPort int port;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;

  LedgerHttp http;

  @BeforeEach
  void client() {
    http = new LedgerHttp(port, json);
  }

  long storedEvents() {
    return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry").query(Long.class).single();
  }

  String establish(String name, String type, String parentId, String begin) {
    Response response =
        http.post(
            SECRETARIAAT,
            "/api/gremia",
            """
            {"name": "%s", "type": "%s", "parentId": %s, "beginDate": "%s",
             "decisionReference": "%s"}"""
                .formatted(
                    name, type, parentId == null ? "null" : '"' + parentId + '"', begin, BESLUIT));
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.body().get("id").asString();
  }

  String appoint(String gremium, String person, String province, String role, String start) {
    Response response =
        http.post(
            SECRETARIAAT,
            "/api/gremia/" + gremium + "/members",
            """
            {"personName": "%s", "province": "%s", "role": "%s", "startDate": "%s",
             "decisionReference": "%s"}"""
                .formatted(person, province, role, start, BESLUIT));
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.body().get("id").asString();
  }

  JsonNode structure(String asOf) {
    Response response = http.get(AV_LID, "/api/structure?asOf=" + asOf);
    assertThat(response.status()).isEqualTo(200);
    return response.body();
  }

  static JsonNode gremium(JsonNode structure, String id) {
    for (JsonNode gremium : structure.get("gremia")) {
      if (gremium.get("id").asString().equals(id)) {
        return gremium;
      }
    }
    return null;
  }

  void eventually(Runnable assertion) {
    await().atMost(Duration.ofSeconds(20)).untilAsserted(assertion::run);
  }

  @Test
  void bacWithMembersShowsInTheStructureOnlyWithinItsLifetime() {
    String bac = establish("BAC Wonen & Bereikbaarheid", "BAC", null, "2023-09-01");
    String aac = establish("AAC Wonen & Bereikbaarheid", "AAC", bac, "2023-09-01");
    String lid = appoint(bac, "A. de Vries", "Zeeland", "lid", "2023-09-01");
    appoint(bac, "B. Jansen", "ZEELAND", "plaatsvervanger", "2023-09-01");
    appoint(bac, "C. Bakker", "Noord-Holland", "voorzitter", "2023-09-15");

    eventually(
        () -> {
          JsonNode bacOnDay = gremium(structure("2023-10-01"), bac);
          assertThat(bacOnDay).isNotNull();
          assertThat(bacOnDay.get("name").asString()).isEqualTo("BAC Wonen & Bereikbaarheid");
          assertThat(bacOnDay.get("type").asString()).isEqualTo("BAC");
          assertThat(bacOnDay.get("members"))
              .extracting(m -> m.get("personName").asString() + "/" + m.get("role").asString())
              .containsExactlyInAnyOrder(
                  "A. de Vries/LID", "B. Jansen/PLAATSVERVANGER", "C. Bakker/VOORZITTER");
          JsonNode aacOnDay = gremium(structure("2023-10-01"), aac);
          assertThat(aacOnDay.get("parentId").asString()).isEqualTo(bac);
          assertThat(aacOnDay.get("parentName").asString()).isEqualTo("BAC Wonen & Bereikbaarheid");
        });
    assertThat(gremium(structure("2023-08-31"), bac)).isNull();
    assertThat(gremium(structure("2023-09-10"), bac).get("members")).hasSize(2);

    Response ended =
        http.post(
            SECRETARIAAT,
            "/api/gremia/" + bac + "/members/" + lid + "/end",
            """
            {"endDate": "2024-01-01", "decisionReference": "%s"}"""
                .formatted(BESLUIT));
    assertThat(ended.status()).isEqualTo(200);
    Response renamed =
        http.post(
            SECRETARIAAT,
            "/api/gremia/" + bac + "/rename",
            """
            {"name": "BAC W&B", "effectiveDate": "2024-06-01", "decisionReference": "%s"}"""
                .formatted(BESLUIT));
    assertThat(renamed.status()).isEqualTo(200);
    Response dissolved =
        http.post(
            SECRETARIAAT,
            "/api/gremia/" + aac + "/dissolve",
            """
            {"effectiveDate": "2025-01-01", "decisionReference": "%s"}"""
                .formatted(BESLUIT));
    assertThat(dissolved.body().get("outcome").asString()).isEqualTo("RECORDED");

    eventually(
        () -> {
          assertThat(gremium(structure("2024-12-31"), aac)).isNotNull();
          assertThat(gremium(structure("2025-01-01"), aac)).isNull();
          assertThat(gremium(structure("2024-05-31"), bac).get("name").asString())
              .isEqualTo("BAC Wonen & Bereikbaarheid");
          assertThat(gremium(structure("2024-06-01"), bac).get("name").asString())
              .isEqualTo("BAC W&B");
          assertThat(gremium(structure("2024-01-01"), bac).get("members"))
              .extracting(m -> m.get("personName").asString())
              .containsExactlyInAnyOrder("B. Jansen", "C. Bakker");
        });
  }

  @Test
  void historyTellsWhoRecordedWhatWhenAndUnderWhichDecision() {
    String bac = establish("BAC Financiën", "BAC", null, "2019-01-01");
    appoint(bac, "D. Smit", "Utrecht", "lid", "2019-01-01");
    http.post(
        SECRETARIAAT,
        "/api/gremia/" + bac + "/dissolve",
        """
        {"effectiveDate": "2023-09-01", "decisionReference": "Bestuur 2023-07-06"}""");

    Response history = http.get("auditor", "/api/gremia/" + bac + "/history");

    assertThat(history.status()).isEqualTo(200);
    List<JsonNode> events = new ArrayList<>();
    history.body().get("events").forEach(events::add);
    assertThat(events)
        .extracting(e -> e.get("eventType").asString())
        .containsExactly(
            "GremiumEstablished", "MemberAppointed", "MembershipEnded", "GremiumDissolved");
    assertThat(events).extracting(e -> e.get("sequence").asLong()).containsExactly(0L, 1L, 2L, 3L);
    assertThat(events).allSatisfy(provenance("secretariaat"));
    assertThat(events.get(0).get("effectiveDate").asString()).isEqualTo("2019-01-01");
    assertThat(events.get(0).get("decisionReference").get("text").asString()).isEqualTo(BESLUIT);
    assertThat(events.get(3).get("effectiveDate").asString()).isEqualTo("2023-09-01");
    assertThat(events.get(3).get("decisionReference").get("text").asString())
        .isEqualTo("Bestuur 2023-07-06");
    // one command, two events: the same correlation and causation, distinct from the first command
    assertThat(events.get(2).get("correlationId")).isEqualTo(events.get(3).get("correlationId"));
    assertThat(events.get(2).get("causationId")).isEqualTo(events.get(3).get("causationId"));
    assertThat(events.get(0).get("correlationId")).isNotEqualTo(events.get(3).get("correlationId"));
    assertThat(events.get(1).get("event").get("province").asString()).isEqualTo("UTRECHT");
  }

  private static Consumer<JsonNode> provenance(String actor) {
    return e -> {
      assertThat(e.get("actor").asString()).isEqualTo(actor);
      assertThat(e.get("actorRole").asString()).isEqualTo("secretariaat");
      assertThat(e.get("recordedAt").asString()).isNotBlank();
      assertThat(e.get("correlationId").asString()).isNotBlank();
      assertThat(e.get("causationId").asString()).isNotBlank();
    };
  }

  @Test
  void anExactRepeatIsAnExplicitNoOp() {
    String id = UUID.randomUUID().toString();
    String body =
        """
        {"id": "%s", "name": "Kopgroep IBP", "type": "kopgroep", "beginDate": "2018-03-01",
         "decisionReference": "Bestuur 2018-03-01"}"""
            .formatted(id);
    assertThat(http.post(SECRETARIAAT, "/api/gremia", body).status()).isEqualTo(201);
    long before = storedEvents();

    Response repeat = http.post(SECRETARIAAT, "/api/gremia", body);

    assertThat(repeat.status()).isEqualTo(200);
    assertThat(repeat.body().get("outcome").asString()).isEqualTo("UNCHANGED");
    assertThat(storedEvents()).isEqualTo(before);
  }

  @Test
  void everyRejectedRequestAnswersProblemJsonAndStoresNothing() {
    String bac = establish("BAC Mobiliteit", "BAC", null, "2019-01-01");
    appoint(bac, "E. Visser", "Gelderland", "lid", "2019-01-01");
    String known = UUID.randomUUID().toString();
    assertThat(
            http.post(
                    SECRETARIAAT,
                    "/api/gremia",
                    """
                    {"id": "%s", "name": "BAC Cultuur", "type": "BAC", "beginDate": "2019-01-01",
                     "decisionReference": "x"}"""
                        .formatted(known))
                .status())
        .isEqualTo(201);
    String meeting =
        http.post(
                SECRETARIAAT,
                "/api/vergaderingen",
                "{\"gremiumId\": \"" + bac + "\", \"date\": \"2019-03-01\"}")
            .body()
            .get("id")
            .asString();
    long before = storedEvents();
    String members = "/api/gremia/" + bac + "/members";
    expectProblem(
        http.post(
            SECRETARIAAT,
            "/api/gremia/" + meeting + "/rename",
            """
            {"name": "X", "effectiveDate": "2019-04-01", "decisionReference": "x"}"""),
        404,
        "gremiumId",
        "geen gremium");

    expectProblem(
        http.post(SECRETARIAAT, members, member("Friesland", "lid", "2019-02-01")),
        400,
        "province",
        "NOORD_HOLLAND");
    expectProblem(
        http.post(SECRETARIAAT, members, member("Utrecht", "secretaris", "2019-02-01")),
        400,
        "role",
        "PLAATSVERVANGER");
    expectProblem(
        http.post(SECRETARIAAT, members, member("Utrecht", "lid", "2019-02-30")),
        400,
        "startDate",
        "JJJJ-MM-DD");
    expectProblem(
        http.post(
            SECRETARIAAT,
            "/api/gremia",
            """
            {"name": "X", "type": "commissie", "beginDate": "2019-01-01", "decisionReference": "x"}"""),
        400,
        "type",
        "TIJDELIJK_GREMIUM");
    expectProblem(
        http.post(
            SECRETARIAAT,
            "/api/gremia",
            """
            {"name": "X", "type": "BAC", "beginDate": "2019-01-01", "decisionReference": " "}"""),
        400,
        "decisionReference",
        "leeg");
    expectProblem(
        http.post(
            SECRETARIAAT,
            "/api/gremia",
            """
            {"name": "", "type": "BAC", "beginDate": "2019-01-01", "decisionReference": "x"}"""),
        400,
        "name",
        "leeg");
    expectProblem(
        http.post(
            SECRETARIAAT, "/api/gremia/not-a-uuid/members", member("Utrecht", "lid", "2019-02-01")),
        400,
        "id",
        "UUID");
    expectProblem(http.get(AV_LID, "/api/gremia/12345/history"), 400, "id", "een id in de vorm");
    expectProblem(
        http.get(AV_LID, "/api/besluitenlijst?gremiumId=AV"), 400, "gremiumId", "maar is 'AV'");
    expectProblem(
        http.get(AV_LID, "/api/besluitenlijst?gremiumId="), 400, "gremiumId", "verplicht");
    expectProblem(
        http.post(SECRETARIAAT, "/api/gremia", "{\"name\": "), 400, null, "geen geldige JSON");
    expectProblem(
        http.post(
            SECRETARIAAT,
            "/api/gremia/" + UUID.randomUUID() + "/members",
            member("Utrecht", "lid", "2019-02-01")),
        404,
        "gremiumId",
        "geen gremium");
    expectProblem(
        http.get(AV_LID, "/api/gremia/" + UUID.randomUUID() + "/history"),
        404,
        "gremiumId",
        "geen gremium");
    expectProblem(
        http.post(
            SECRETARIAAT,
            "/api/gremia",
            """
            {"id": "%s", "name": "BAC Cultuur en Erfgoed", "type": "BAC",
             "beginDate": "2019-01-01", "decisionReference": "x"}"""
                .formatted(known)),
        409,
        "gremiumId",
        "is al in gebruik voor de BAC Cultuur");
    Response seatTaken =
        http.post(SECRETARIAAT, members, member("Gelderland", "lid", "2020-01-01"));
    expectProblem(seatTaken, 422, "province", "E. Visser");
    assertThat(seatTaken.body().get("rule").asString()).isEqualTo("SEATS_PER_PROVINCE");
    expectProblem(
        http.post(SECRETARIAAT, members, member("Utrecht", "lid", "2018-12-31")),
        422,
        "startDate",
        "De begindatum (31 december 2018) valt buiten de periode waarin de BAC Mobiliteit bestaat");
    expectProblem(http.post(null, members, member("Utrecht", "lid", "2019-02-01")), 401, null, "");
    expectProblem(
        http.post(AV_LID, members, member("Utrecht", "lid", "2019-02-01")), 403, null, "");
    expectProblem(http.get(null, "/api/structure"), 401, null, "");

    assertThat(storedEvents()).isEqualTo(before);
  }

  private static String member(String province, String role, String start) {
    return """
        {"personName": "F. Mulder", "province": "%s", "role": "%s", "startDate": "%s",
         "decisionReference": "Bestuur 2020-01-01"}"""
        .formatted(province, role, start);
  }

  private static void expectProblem(Response response, int status, String field, String reason) {
    assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.body().get("status").asInt()).isEqualTo(status);
    assertThat(response.body().get("title").asString()).isNotBlank();
    assertThat(response.body().get("reason").asString()).contains(reason);
    if (field != null) {
      assertThat(response.body().get("field").asString()).isEqualTo(field);
    }
  }

  @Test
  void everyReadingRoleMayReadTheStructure() {
    for (String reader : List.of("secretariaat", "av-lid", "auditor", "beheerder")) {
      Response response = http.get(reader, "/api/structure");
      assertThat(response.status()).as(reader).isEqualTo(200);
      assertThat(response.body().get("asOf").asString()).isNotBlank();
    }
    assertThat(http.get("av-lid", "/api/structure?asOf=2023-13-01").status()).isEqualTo(400);
  }
}
