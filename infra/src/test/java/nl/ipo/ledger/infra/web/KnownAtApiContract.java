package nl.ipo.ledger.infra.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import nl.ipo.ledger.infra.support.LedgerHttp;
import nl.ipo.ledger.infra.support.LedgerHttp.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every endpoint that takes {@code knownAt} asked twice about one fact: at the very moment the
 * journal says the ledger recorded it, and one microsecond before. At that moment the fact counts,
 * a microsecond earlier it does not: one precision for recorded times (the microsecond the
 * databases keep) on every endpoint, so a journal timestamp can be used as {@code knownAt}
 * anywhere.
 */
abstract class KnownAtApiContract {

  private static final String SECRETARIAAT = "secretariaat";

  @LocalServerPort int port;
  @Autowired JsonMapper json;
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

  /** When the ledger recorded the (only or latest) fact of a record, as the journal prints it. */
  private String recordedAt(String aggregateId) {
    String path = "/api/journal?aggregateId=" + aggregateId;
    // the journal's read model follows the store
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !http.get("auditor", path).body().get("entries").isEmpty());
    JsonNode entries = http.get("auditor", path).body().get("entries");
    return entries.get(entries.size() - 1).get("recordedAt").asString();
  }

  private static String microBefore(String instant) {
    return Instant.parse(instant).minusNanos(1_000).toString();
  }

  /** Asks the endpoint as known at {@code moment}, as a reader would. */
  private Response at(String path, String moment) {
    return http.get("auditor", path + (path.contains("?") ? "&" : "?") + "knownAt=" + moment);
  }

  /** The fact counts at the moment it was recorded and not a microsecond before. */
  private void learnedAt(String path, String moment, Function<Response, Boolean> knowsTheFact) {
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              Response atTheMoment = at(path, moment);
              assertThat(knowsTheFact.apply(atTheMoment))
                  .as(path + " at " + moment + ": " + atTheMoment.text())
                  .isTrue();
            });
    Response before = at(path, microBefore(moment));
    assertThat(knowsTheFact.apply(before))
        .as(path + " a microsecond before " + moment + ": " + before.text())
        .isFalse();
  }

  private static boolean ok(Response response) {
    return response.status() == 200;
  }

  /** The field of every item; none where the answer has no such list (a 404 before the fact). */
  private static List<String> values(JsonNode items, String field) {
    List<String> found = new ArrayList<>();
    if (items != null) {
      items.forEach(item -> found.add(item.get(field).asString()));
    }
    return found;
  }

  @Test
  void everyEndpointThatTakesKnownAtCountsAFactFromTheMicrosecondItWasRecorded() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String bestuur =
        post(
            "/api/gremia",
            """
            {"name": "IPO-bestuur %s", "type": "BESTUUR", "beginDate": "2003-01-01",
             "decisionReference": "Statuten"}"""
                .formatted(tag));
    String bac =
        post(
            "/api/gremia",
            """
            {"name": "BAC %s", "type": "BAC", "beginDate": "2023-09-01",
             "decisionReference": "Bestuur 6 juli 2023"}"""
                .formatted(tag));
    String bacLearned = recordedAt(bac);

    learnedAt(
        "/api/structure?asOf=2023-10-01",
        bacLearned,
        r -> values(r.body().get("gremia"), "id").contains(bac));
    learnedAt("/api/gremia/" + bac + "?asOf=2023-10-01", bacLearned, KnownAtApiContract::ok);
    learnedAt("/api/gremia/" + bac + "/history", bacLearned, KnownAtApiContract::ok);
    learnedAt(
        "/api/structure/changes?from=2023-08-01&to=2023-10-01",
        bacLearned,
        r -> r.body().toString().contains(bac));
    learnedAt(
        "/api/journal?aggregateId=" + bac, bacLearned, r -> r.body().get("total").asLong() == 1);

    String voorstel =
        post(
            "/api/besluiten",
            """
            {"subject": "Standpunt %s", "besluitType": "standpunt",
             "submittedBy": {"personName": "Algemeen Directeur"},
             "decidingGremiumId": "%s", "submittedOn": "2023-05-11"}"""
                .formatted(tag, bestuur));
    String submitted = recordedAt(voorstel);
    learnedAt("/api/besluiten/" + voorstel, submitted, KnownAtApiContract::ok);
    learnedAt(
        "/api/besluitenlijst?gremiumId=" + bestuur,
        submitted,
        r -> values(r.body().get("besluiten"), "besluitId").contains(voorstel));

    String mandaat =
        post(
            "/api/mandaten",
            """
            {"mandaatgever": {"gremiumId": "%s"}, "mandataris": {"gremiumId": "%s"},
             "scope": {"besluitTypes": ["STANDPUNT"], "subjects": []},
             "startDate": "2023-09-01", "decisionReference": "Bestuur 6 juli 2023"}"""
                .formatted(bestuur, bac));
    String granted = recordedAt(mandaat);
    learnedAt(
        "/api/mandaten?asOf=2023-10-01&size=500",
        granted,
        r -> values(r.body().get("mandaten"), "mandaatId").contains(mandaat));
    learnedAt(
        "/api/mandaten/" + mandaat + "/dossier?asOf=2023-10-01",
        granted,
        r -> ok(r) && r.body().get("sources").size() == 1);

    Response imported = importBegroting(tag);
    assertThat(imported.status()).as(imported.text()).isEqualTo(201);
    String begroting = imported.body().get("id").asString();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> http.get("auditor", "/api/begrotingen/" + begroting).status() == 200);
    String drafted = recordedAt(begroting);
    learnedAt(
        "/api/begrotingen/" + begroting + "?asOf=2031-01-01", drafted, KnownAtApiContract::ok);
    learnedAt("/api/begrotingen/" + begroting + "/consistency", drafted, KnownAtApiContract::ok);
    learnedAt(
        "/api/begrotingen/" + begroting + "/lines/1.1/PROGRAMMALASTEN/history",
        drafted,
        KnownAtApiContract::ok);
  }

  private Response importBegroting(String tag) {
    String file =
        """
        BEGROTING;2031;Testbegroting %s;1000;test
        PROGRAMMA;1;ROWW;400;overzicht
        OPGAVE;1.1;Ruimte;BASIS;100;200;100;400;1.1
        TOTAAL;400;overzicht
        """
            .formatted(tag);
    return RestClient.create("http://localhost:" + port)
        .post()
        .uri("/api/begrotingen/import?draftedOn=2030-05-01")
        .headers(h -> h.setBasicAuth(SECRETARIAAT, SECRETARIAAT))
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(file)
        .exchange(
            (req, res) -> {
              String text = new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8);
              return new Response(
                  res.getStatusCode().value(),
                  String.valueOf(res.getHeaders().getContentType()),
                  json.readTree(text),
                  text,
                  res.getHeaders().getFirst("Location"));
            });
  }
}
