package nl.ipo.ledger.infra.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ipo.ledger.command.besluit.effecten.BesluitEffectsProcess;
import nl.ipo.ledger.infra.admin.ProjectionRebuilds;
import nl.ipo.ledger.infra.support.LedgerHttp;
import nl.ipo.ledger.infra.support.LedgerHttp.Response;
import nl.ipo.ledger.infra.support.StoredEvents;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A projection never wedges on one event: a poisoned event put straight into the store is parked,
 * the other aggregates' events keep flowing, the beheerder sees it (health, gauge, list), and after
 * a fix a retry projects it; a rebuild clears the parked events and parks again what still fails.
 *
 * <p>Each subclass runs on a database of its own, because the poisoned events stay in the store for
 * good (as they would in production) and would trouble the other tests. The methods run in order:
 * the last one leaves an unreadable event parked for good.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class DeadLetterContract {

  private static final String SECRETARIAAT = "secretariaat";
  private static final String BEHEERDER = "beheerder";
  private static final String BESLUIT = "AV 2023-03-15, agendapunt 7";
  private static final String STRUCTURE = "structure";
  private static final String JOURNAL = "journal";

  @LocalServerPort int port;
  @Autowired JsonMapper json;
  @Autowired javax.sql.DataSource dataSource;
  @Autowired JdbcClient jdbc;
  @Autowired EventProcessingConfiguration processing;

  LedgerHttp http;

  @BeforeEach
  void client() {
    http = new LedgerHttp(port, json);
  }

  @Test
  @Order(1)
  void everyProcessingGroupButTheSealerParksWhatItCannotHandle() {
    var processors = processing.eventProcessors().keySet();
    assertThat(processors)
        .containsAll(ProjectionRebuilds.PROJECTIONS)
        .contains(BesluitEffectsProcess.PROCESSING_GROUP, "audit-seal");
    for (String name : processors) {
      if (name.equals("audit-seal")) {
        // the chain keeps the store's global order: its failures block, they are not parked
        assertThat(processing.deadLetterQueue(name)).as(name).isEmpty();
        continue;
      }
      assertThat(processing.deadLetterQueue(name)).as(name).isPresent();
      assertThat(processing.sequencedDeadLetterProcessor(name)).as(name).isPresent();
    }
    assertThat(
            jdbc.sql(
                    """
                    SELECT LOWER(column_name) || '=' || LOWER(data_type)
                      FROM information_schema.columns
                     WHERE LOWER(table_name) = 'dead_letter_entry'
                       AND table_schema = CURRENT_SCHEMA
                       AND LOWER(column_name) IN ('payload', 'meta_data', 'token', 'diagnostics')
                     ORDER BY 1""")
                .query(String.class)
                .list())
        .as("binary columns, never oid")
        .containsExactly(
            "diagnostics=" + expectedBinaryType(),
            "meta_data=" + expectedBinaryType(),
            "payload=" + expectedBinaryType(),
            "token=" + expectedBinaryType());
  }

  @Test
  @Order(2)
  void aPoisonedEventIsParkedTheRestFlowsAndARetryAfterTheFixProjectsIt() {
    assertThat(parkedIn(STRUCTURE)).isEmpty();
    String template = establish("Werkgroep Sjabloon", "2023-01-01");
    rename(template, "Werkgroep Sjabloon II", "2024-06-01");

    // a name too long for the read model's column: the projection's INSERT fails
    String poisoned = UUID.randomUUID().toString();
    String longName = "Werkgroep " + "x".repeat(290);
    long establishedAt =
        insertCopy(template, 0, poisoned, payload -> payload.put("name", longName));
    long renamedAt =
        insertCopy(template, 1, poisoned, payload -> payload.put("name", "Werkgroep Hersteld"));

    List<JsonNode> letters = eventually(() -> parkedIn(STRUCTURE), 2);
    JsonNode first = letters.get(0);
    assertThat(first.get("group").asString()).isEqualTo(STRUCTURE);
    assertThat(first.get("sequence").asString()).isEqualTo(poisoned);
    assertThat(first.get("eventType").asString()).isEqualTo("GremiumEstablished");
    assertThat(first.get("globalIndex").asLong()).isEqualTo(establishedAt);
    assertThat(first.get("aggregateSequenceNumber").asLong()).isZero();
    assertThat(first.get("eventIdentifier").asString()).isNotBlank();
    assertThat(first.get("cause").asString()).containsIgnoringCase("too long");
    assertThat(first.get("waitsForEarlierEvent").asBoolean()).isFalse();
    assertThat(first.get("retries").asLong()).isZero();
    Instant firstFailure = Instant.parse(first.get("firstFailure").asString());
    assertThat(first.get("lastFailure").asString()).isNotBlank();
    JsonNode second = letters.get(1);
    assertThat(second.get("sequence").asString()).isEqualTo(poisoned);
    assertThat(second.get("eventType").asString()).isEqualTo("GremiumRenamed");
    assertThat(second.get("globalIndex").asLong()).isEqualTo(renamedAt);
    assertThat(second.get("cause").isNull()).isTrue();
    assertThat(second.get("waitsForEarlierEvent").asBoolean()).isTrue();

    // the other aggregates' events keep flowing; the failed event wrote nothing (savepoint)
    String other = establish("Werkgroep Na Het Gif", "2023-02-01");
    eventually(() -> assertThat(gremium(structure("2025-01-01"), other)).isNotNull());
    assertThat(gremium(structure("2025-01-01"), template).get("name").asString())
        .isEqualTo("Werkgroep Sjabloon II");
    assertThat(gremium(structure("2025-01-01"), poisoned)).isNull();

    // the beheerder sees it: health (DEGRADED, still 200), the gauge, the list
    Response health = http.get(BEHEERDER, "/actuator/health/beheer");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body().get("status").asString()).isEqualTo("DEGRADED");
    JsonNode component = health.body().get("components").get("deadLetters");
    assertThat(component.get("status").asString()).isEqualTo("DEGRADED");
    assertThat(component.get("details").get("parked").get(STRUCTURE).asLong()).isEqualTo(2);
    assertThat(component.get("details").get("parked").get(JOURNAL).asLong()).isZero();
    Response anonymous = http.get(null, "/actuator/health");
    assertThat(anonymous.status()).isEqualTo(200);
    assertThat(anonymous.body().get("status").asString()).isEqualTo("DEGRADED");
    assertThat(anonymous.body().has("components")).isFalse();
    Response liveness = http.get(null, "/actuator/health/liveness");
    assertThat(liveness.status()).isEqualTo(200);
    assertThat(liveness.body().get("status").asString()).isEqualTo("UP");
    assertThat(gauge(STRUCTURE)).isEqualTo(2.0);
    assertThat(gauge(JOURNAL)).isZero();
    Response list = http.get(BEHEERDER, "/api/admin/dead-letters");
    assertThat(list.body().get("total").asLong()).isEqualTo(2);
    assertThat(list.body().get("parked").get(STRUCTURE).asLong()).isEqualTo(2);
    assertThat(http.get(SECRETARIAAT, "/api/admin/dead-letters").status()).isEqualTo(403);

    // a retry before the fix fails again: nothing processed, the first letter counts the retry
    Response unfixed = http.post(BEHEERDER, "/api/admin/dead-letters/structure/retry", "");
    assertThat(unfixed.status()).isEqualTo(200);
    assertThat(unfixed.body().get("processed").asInt()).isZero();
    assertThat(unfixed.body().get("stillParked").asLong()).isEqualTo(2);
    JsonNode retried = parkedIn(STRUCTURE).get(0);
    assertThat(retried.get("retries").asLong()).isEqualTo(1);
    assertThat(retried.get("cause").asString()).containsIgnoringCase("too long");
    assertThat(Instant.parse(retried.get("firstFailure").asString())).isEqualTo(firstFailure);
    assertThat(Instant.parse(retried.get("lastFailure").asString())).isAfter(firstFailure);
    assertThat(parkedIn(STRUCTURE).get(1).get("retries").asLong()).isZero();

    // the fix (as a migration would): a wider column; then the retry projects both, in order
    jdbc.sql("ALTER TABLE structure_gremium_name ALTER COLUMN name SET DATA TYPE VARCHAR(1000)")
        .update();
    jdbc.sql("ALTER TABLE structure_change ALTER COLUMN name SET DATA TYPE VARCHAR(1000)").update();
    jdbc.sql("ALTER TABLE structure_change ALTER COLUMN previous_name SET DATA TYPE VARCHAR(1000)")
        .update();
    // a real fix ships with a restart; here the pool's connections are renewed instead, since
    // PostgreSQL refuses a statement prepared before a column's type changed
    ((com.zaxxer.hikari.HikariDataSource) dataSource).getHikariPoolMXBean().softEvictConnections();
    Response fixed = http.post(BEHEERDER, "/api/admin/dead-letters/structure/retry", "");
    assertThat(fixed.status()).isEqualTo(200);
    assertThat(fixed.body().get("group").asString()).isEqualTo(STRUCTURE);
    assertThat(fixed.body().get("processed").asInt()).isEqualTo(2);
    assertThat(fixed.body().get("stillParked").asLong()).isZero();
    assertThat(parkedIn(STRUCTURE)).isEmpty();
    assertThat(gremium(structure("2023-06-01"), poisoned).get("name").asString())
        .isEqualTo(longName);
    assertThat(gremium(structure("2025-01-01"), poisoned).get("name").asString())
        .isEqualTo("Werkgroep Hersteld");
    assertThat(gauge(STRUCTURE)).isZero();
    assertThat(http.get(BEHEERDER, "/actuator/health").body().get("status").asString())
        .isEqualTo("UP");
  }

  @Test
  @Order(3)
  void aRetryOfAnUnknownGroupIsAProblem() {
    Response unknown = http.post(BEHEERDER, "/api/admin/dead-letters/audit-seal/retry", "");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
    assertThat(unknown.body().get("field").asString()).isEqualTo("group");
    assertThat(unknown.body().get("reason").asString()).contains("audit-seal");
    assertThat(http.get(BEHEERDER, "/api/admin/dead-letters?group=nope").status()).isEqualTo(404);
    assertThat(http.post(SECRETARIAAT, "/api/admin/dead-letters/structure/retry", "").status())
        .isEqualTo(403);
  }

  @Test
  @Order(4)
  void aRebuildClearsTheParkedEventsAndParksAgainWhatStillFails() {
    String template = establish("Werkgroep Onleesbaar Sjabloon", "2023-01-01");
    // JSON that cannot be read at all: no projection can read it, the sealer seals its bytes
    String unreadable = UUID.randomUUID().toString();
    long storedAt =
        insertCopy(template, 0, unreadable, "{\"gremiumId\": ".getBytes(StandardCharsets.UTF_8));
    JsonNode parked = eventually(() -> parkedSequence(STRUCTURE, unreadable), 1).get(0);
    assertThat(parked.get("globalIndex").asLong()).isEqualTo(storedAt);
    assertThat(parked.get("cause").asString()).isNotBlank();
    eventually(() -> parkedSequence(JOURNAL, unreadable), 1);
    String eventIdentifier = parked.get("eventIdentifier").asString();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                jdbc.sql("SELECT COUNT(*) FROM audit_chain WHERE event_identifier = :id")
                        .param("id", eventIdentifier)
                        .query(Long.class)
                        .single()
                    == 1);
    String after = establish("Werkgroep Na Het Onleesbare", "2023-02-01");
    eventually(() -> assertThat(gremium(structure("2025-01-01"), after)).isNotNull());

    Instant rebuiltFrom = Instant.now();
    assertThat(http.post(BEHEERDER, "/api/admin/rebuild", "").status()).isEqualTo(202);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> http.get(BEHEERDER, "/api/admin/rebuild").body().get("done").asBoolean());

    for (String group : List.of(STRUCTURE, JOURNAL)) {
      List<JsonNode> again = parkedSequence(group, unreadable);
      assertThat(again).as(group).hasSize(1);
      assertThat(again.get(0).get("eventIdentifier").asString()).isEqualTo(eventIdentifier);
      assertThat(Instant.parse(again.get(0).get("firstFailure").asString()))
          .as("cleared by the reset and parked again by the replay")
          .isAfterOrEqualTo(rebuiltFrom);
      assertThat(again.get(0).get("retries").asLong()).isZero();
    }
    assertThat(gremium(structure("2025-01-01"), after)).isNotNull();
    assertThat(gremium(structure("2025-01-01"), template)).isNotNull();
    assertThat(gremium(structure("2025-01-01"), unreadable)).isNull();
    Response retry = http.post(BEHEERDER, "/api/admin/dead-letters/journal/retry", "");
    assertThat(retry.body().get("processed").asInt()).isZero();
    assertThat(retry.body().get("stillParked").asLong()).isEqualTo(1);
  }

  // --- helpers

  /** The type the database reports for a BYTEA column. */
  abstract String expectedBinaryType();

  String establish(String name, String begin) {
    Response response =
        http.post(
            SECRETARIAAT,
            "/api/gremia",
            """
            {"name": "%s", "type": "werkgroep", "beginDate": "%s", "endDate": "2030-01-01",
             "decisionReference": "%s"}"""
                .formatted(name, begin, BESLUIT));
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.body().get("id").asString();
  }

  void rename(String gremium, String name, String effective) {
    Response response =
        http.post(
            SECRETARIAAT,
            "/api/gremia/" + gremium + "/rename",
            """
            {"name": "%s", "effectiveDate": "%s", "decisionReference": "%s"}"""
                .formatted(name, effective, BESLUIT));
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
  }

  /** Copies the template's event into a new aggregate, with a changed payload; its global index. */
  long insertCopy(String template, long sequence, String aggregate, Consumer<ObjectNode> change) {
    return new StoredEvents(jdbc, json).insertCopy(template, sequence, aggregate, change);
  }

  /** Copies the template's event into a new aggregate with the given payload bytes. */
  long insertCopy(String template, long sequence, String aggregate, byte[] payload) {
    return new StoredEvents(jdbc, json).insertCopy(template, sequence, aggregate, payload);
  }

  List<JsonNode> parkedIn(String group) {
    Response list = http.get(BEHEERDER, "/api/admin/dead-letters?group=" + group);
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    List<JsonNode> letters = new ArrayList<>();
    list.body().get("letters").forEach(letters::add);
    return letters;
  }

  List<JsonNode> parkedSequence(String group, String sequence) {
    return parkedIn(group).stream()
        .filter(letter -> letter.get("sequence").asString().equals(sequence))
        .toList();
  }

  double gauge(String group) {
    Response scrape = http.get(BEHEERDER, "/actuator/prometheus");
    assertThat(scrape.status()).isEqualTo(200);
    Matcher matcher =
        Pattern.compile("(?m)^ledger_deadletters\\{[^}]*group=\"" + group + "\"[^}]*} (\\S+)$")
            .matcher(scrape.text());
    assertThat(matcher.find()).as("gauge for " + group).isTrue();
    return Double.parseDouble(matcher.group(1));
  }

  JsonNode structure(String asOf) {
    Response response = http.get(SECRETARIAAT, "/api/structure?asOf=" + asOf);
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

  static List<JsonNode> eventually(Supplier<List<JsonNode>> letters, int size) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(letters::get, found -> found.size() == size);
  }

  static void eventually(Runnable assertion) {
    await().atMost(Duration.ofSeconds(20)).untilAsserted(assertion::run);
  }
}
