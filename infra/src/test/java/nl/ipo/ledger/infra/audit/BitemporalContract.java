package nl.ipo.ledger.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.ipo.ledger.infra.support.LedgerHttp;
import nl.ipo.ledger.infra.support.LedgerHttp.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two times on every fact: "what did the ledger say at moment K about the structure on day D", and
 * the global journal filtered on both axes and exported. Run once per database.
 */
abstract class BitemporalContract {

  @LocalServerPort int port;
  @Autowired JsonMapper json;
  LedgerHttp http;

  @BeforeEach
  void client() {
    http = new LedgerHttp(port, json);
  }

  private String nameOn(String asOf, String knownAt, String id) {
    JsonNode structure =
        http.get(
                "auditor",
                "/api/structure?asOf=" + asOf + (knownAt == null ? "" : "&knownAt=" + knownAt))
            .body();
    for (JsonNode g : structure.get("gremia")) {
      if (g.get("id").asString().equals(id)) {
        return g.get("name").asString();
      }
    }
    return null;
  }

  /** When the ledger recorded the gremium's event at this sequence number, as its history says. */
  private Instant recordedAt(String id, int sequence) {
    return Instant.parse(
        http.get("auditor", "/api/gremia/" + id + "/history")
            .body()
            .get("events")
            .get(sequence)
            .get("recordedAt")
            .asString());
  }

  @Test
  void theStructureAndTheTrailsAnswerAsTheLedgerKnewThemAtAnyMoment() {
    String original = "BAC Mobiliteit " + UUID.randomUUID();
    Response created =
        http.post(
            "secretariaat",
            "/api/gremia",
            """
            {"name": "%s", "type": "BAC", "beginDate": "2021-01-01",
             "decisionReference": "Bestuur 2020-12-10"}"""
                .formatted(original));
    String id = created.body().get("id").asString();
    http.post(
        "secretariaat",
        "/api/gremia/" + id + "/rename",
        """
        {"name": "BAC Bereikbaarheid", "effectiveDate": "2021-07-01",
         "decisionReference": "Bestuur 2021-06-24"}""");

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> assertThat(nameOn("2021-07-08", null, id)).isEqualTo("BAC Bereikbaarheid"));
    // the moments are the ledger's own recording times, so no test waits or reads a clock: the
    // establishment's moment knows it and not the rename; a microsecond before, nothing is known
    Instant establishedAt = recordedAt(id, 0);
    Instant renamedAt = recordedAt(id, 1);
    assertThat(renamedAt).isAfter(establishedAt);
    String between = establishedAt.toString();
    String before = establishedAt.minus(1, ChronoUnit.MICROS).toString();
    assertThat(nameOn("2021-07-08", between, id)).isEqualTo(original);
    assertThat(nameOn("2021-07-08", before, id)).isNull();
    assertThat(nameOn("2021-03-01", renamedAt.toString(), id)).isEqualTo(original);
    assertThat(nameOn("2021-07-08", renamedAt.toString(), id)).isEqualTo("BAC Bereikbaarheid");
    assertThat(
            http.get("auditor", "/api/gremia/" + id + "/history?knownAt=" + between)
                .body()
                .get("events"))
        .hasSize(1);
    assertThat(http.get("auditor", "/api/gremia/" + id + "/history?knownAt=" + before).status())
        .isEqualTo(404);

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(
                        http.get("auditor", "/api/journal?aggregateId=" + id)
                            .body()
                            .get("total")
                            .asLong())
                    .isEqualTo(2));
    JsonNode known =
        http.get("auditor", "/api/journal?aggregateId=" + id + "&knownAt=" + between).body();
    assertThat(known.get("total").asLong()).isEqualTo(1);
    JsonNode first = known.get("entries").get(0);
    assertThat(first.get("eventType").asString()).isEqualTo("GremiumEstablished");
    assertThat(first.get("actor").asString()).isEqualTo("secretariaat");
    assertThat(first.get("bodyId").asString()).isEqualTo(id);
    JsonNode valid =
        http.get(
                "auditor", "/api/journal?bodyId=" + id + "&validFrom=2021-06-01&validTo=2021-12-31")
            .body();
    assertThat(valid.get("entries")).hasSize(1);
    assertThat(valid.get("entries").get(0).get("eventType").asString()).isEqualTo("GremiumRenamed");
    JsonNode paged =
        http.get("auditor", "/api/journal?aggregateId=" + id + "&size=1&page=1").body();
    assertThat(paged.get("entries")).hasSize(1);
    assertThat(paged.get("entries").get(0).get("sequence").asLong()).isEqualTo(1);

    Response csv = http.get("auditor", "/api/journal?aggregateId=" + id + "&format=csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    String[] lines = csv.text().split("\\R");
    assertThat(lines).hasSize(3);
    assertThat(lines[0])
        .contains("globalIndex")
        .contains("recordedAt")
        .contains("decisionReference");
    assertThat(lines[2]).contains("GremiumRenamed").contains("Bestuur 2021-06-24");
    assertThat(http.get("auditor", "/api/journal?size=5000").status()).isEqualTo(400);
  }

  @Test
  void aCorrectionChangesWhatTheLedgerSaysFromItsRecordingOnAndNotBefore() {
    String wrong = "BAC Finacien " + UUID.randomUUID();
    String id =
        http.post(
                "secretariaat",
                "/api/gremia",
                """
                {"name": "%s", "type": "BAC", "beginDate": "2019-01-01",
                 "decisionReference": "Bestuur 2018-12-13"}"""
                    .formatted(wrong))
            .body()
            .get("id")
            .asString();
    JsonNode established =
        http.get("auditor", "/api/gremia/" + id + "/history").body().get("events").get(0);
    String beforeCorrection = established.get("recordedAt").asString();
    String right = wrong.replace("Finacien", "Financien");
    JsonNode replacement = established.get("event").deepCopy();
    ((tools.jackson.databind.node.ObjectNode) replacement).put("name", right);

    Response corrected =
        http.post(
            "secretariaat",
            "/api/rectificaties/correct",
            json.writeValueAsString(
                java.util.Map.of(
                    "eventIdentifier",
                    established.get("eventIdentifier").asString(),
                    "aggregateId",
                    id,
                    "replacement",
                    replacement,
                    "reason",
                    "spelfout in de naam",
                    "decisionReference",
                    "Secretariaat, rectificatie 2026-11")));
    assertThat(corrected.status()).as(corrected.text()).isEqualTo(200);
    assertThat(corrected.body().get("outcome").asString()).isEqualTo("RECORDED");

    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> assertThat(nameOn("2020-01-01", null, id)).isEqualTo(right));
    assertThat(nameOn("2020-01-01", beforeCorrection, id)).isEqualTo(wrong);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              JsonNode trail = http.get("auditor", "/api/journal?aggregateId=" + id).body();
              java.util.List<String> types = new java.util.ArrayList<>();
              trail.get("entries").forEach(e -> types.add(e.get("eventType").asString()));
              assertThat(types).containsExactly("GremiumEstablished", "FactCorrected");
            });
    String correctedAt =
        http.get("auditor", "/api/journal?aggregateId=" + id)
            .body()
            .get("entries")
            .get(1)
            .get("recordedAt")
            .asString();
    assertThat(Instant.parse(correctedAt)).isAfter(Instant.parse(beforeCorrection));
    assertThat(nameOn("2020-01-01", correctedAt, id)).isEqualTo(right);

    Response otherKind =
        http.post(
            "secretariaat",
            "/api/rectificaties/correct",
            json.writeValueAsString(
                java.util.Map.of(
                    "eventIdentifier",
                    established.get("eventIdentifier").asString(),
                    "aggregateId",
                    id,
                    "replacement",
                    ((tools.jackson.databind.node.ObjectNode) replacement.deepCopy())
                        .put("gremiumId", UUID.randomUUID().toString()),
                    "reason",
                    "x",
                    "decisionReference",
                    "x")));
    assertThat(otherKind.status()).isEqualTo(422);
    assertThat(otherKind.body().get("rule").asString()).isEqualTo("CORRECTION_OF_THE_SAME_FACT");
    Response unknown =
        http.post(
            "secretariaat",
            "/api/rectificaties/retract",
            """
            {"eventIdentifier": "%s", "aggregateId": "%s", "reason": "x", "decisionReference": "x"}"""
                .formatted(UUID.randomUUID(), id));
    assertThat(unknown.status()).isEqualTo(404);
  }
}
