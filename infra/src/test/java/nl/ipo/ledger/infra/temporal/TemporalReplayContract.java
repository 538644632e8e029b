package nl.ipo.ledger.infra.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ipo.ledger.infra.support.LedgerHttp;
import nl.ipo.ledger.infra.support.LedgerHttp.Response;
import nl.ipo.ledger.infra.support.StoredEvents;
import nl.ipo.ledger.infra.temporal.TemporalReplay.LeftOut;
import nl.ipo.ledger.infra.temporal.TemporalReplay.ReadModels;
import nl.ipo.ledger.infra.temporal.TemporalReplay.Replayed;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.competentie.CompetenceQueries.Competent;
import nl.ipo.ledger.kernel.competentie.CompetenceQueries.FindCompetent;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.FindGremium;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.GremiumDetail;
import nl.ipo.ledger.query.gremium.StructureProjection;
import nl.ipo.ledger.query.journal.JournalProjection;
import org.axonframework.queryhandling.QueryGateway;
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

/**
 * A reading as known at a moment survives a poisoned event in the store: the event the replay
 * cannot read, or the projection cannot store, is left out together with the later events of the
 * same record, every other record is read, and the answer says what it left out.
 *
 * <p>Each subclass runs on a database of its own, because the poisoned events stay in the store for
 * good (as they would in production) and would trouble the other tests. For the same reason the
 * first test, which starts from a clean store, runs first.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class TemporalReplayContract {

  private static final String SECRETARIAAT = "secretariaat";
  private static final String BESLUIT = "AV 2023-03-15, agendapunt 7";

  @LocalServerPort int port;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired TemporalReplay temporal;
  @Autowired KnownAtQueries known;
  @Autowired QueryGateway queries;

  LedgerHttp http;
  StoredEvents store;

  @BeforeEach
  void client() {
    http = new LedgerHttp(port, json);
    store = new StoredEvents(jdbc, json);
  }

  @Test
  @Order(1)
  void aPoisonedEventIsLeftOutOfAKnownAtReadingWhichSaysSo() {
    Instant start = Instant.now();
    String before = establish("Werkgroep Voor Het Gif", "2023-01-01");
    rename(before, "Werkgroep Voor Het Gif II", "2024-06-01");
    Instant clean = Instant.now();
    assertThat(known(clean).get("leftOut")).as("nothing left out yet").isEmpty();

    // JSON that cannot be read at all, and a name too long for the read model's column
    String unreadable = UUID.randomUUID().toString();
    long unreadableAt =
        store.insertCopy(
            before, 0, unreadable, "{\"gremiumId\": ".getBytes(StandardCharsets.UTF_8));
    String tooLong = UUID.randomUUID().toString();
    long tooLongAt =
        store.insertCopy(
            before, 0, tooLong, payload -> payload.put("name", "Werkgroep " + "x".repeat(290)));
    long waitingAt =
        store.insertCopy(before, 1, tooLong, payload -> payload.put("name", "Werkgroep Hersteld"));
    String after = establish("Werkgroep Na Het Gif", "2023-02-01");
    long events = store.count();

    Instant knownAt = Instant.now();
    JsonNode reading = known(knownAt);
    assertThat(gremium(reading, before).get("name").asString())
        .isEqualTo("Werkgroep Voor Het Gif II");
    assertThat(gremium(reading, after)).as("later records are still read").isNotNull();
    assertThat(gremium(reading, unreadable)).isNull();
    assertThat(gremium(reading, tooLong)).as("its failed insert was rolled back").isNull();

    List<JsonNode> leftOut = new ArrayList<>();
    reading.get("leftOut").forEach(leftOut::add);
    assertThat(leftOut).hasSize(3);
    assertThat(leftOut.get(0).get("aggregateIdentifier").asString()).isEqualTo(unreadable);
    assertThat(leftOut.get(0).get("globalIndex").asLong()).isEqualTo(unreadableAt);
    assertThat(leftOut.get(0).get("waitsForEarlierEvent").asBoolean()).isFalse();
    assertThat(leftOut.get(1).get("aggregateIdentifier").asString()).isEqualTo(tooLong);
    assertThat(leftOut.get(1).get("globalIndex").asLong()).isEqualTo(tooLongAt);
    assertThat(leftOut.get(1).get("eventType").asString()).isEqualTo("GremiumEstablished");
    assertThat(leftOut.get(1).get("aggregateSequenceNumber").asLong()).isZero();
    assertThat(leftOut.get(1).get("waitsForEarlierEvent").asBoolean()).isFalse();
    assertThat(leftOut.get(2).get("globalIndex").asLong()).isEqualTo(waitingAt);
    assertThat(leftOut.get(2).get("eventType").asString()).isEqualTo("GremiumRenamed");
    assertThat(leftOut.get(2).get("waitsForEarlierEvent").asBoolean()).isTrue();
    for (JsonNode entry : leftOut) {
      assertThat(entry.get("eventIdentifier").asString()).isNotBlank();
      assertThat(entry.get("reason").asString())
          .contains("weggelaten")
          .doesNotContain("Exception")
          .doesNotContain("java.");
    }

    // the copies carry their template's recording time: a reading from before it leaves nothing
    // out; the live read model is untouched by the readings
    assertThat(known(start).get("leftOut")).isEmpty();
    assertThat(gremium(known(start), before)).isNull();
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> assertThat(gremium(live(), after)).as("live read model").isNotNull());
    assertThat(live().has("leftOut")).isFalse();

    // another replayed read model: none of its events is poisoned, so it leaves nothing out
    Response list =
        http.get(SECRETARIAAT, "/api/besluitenlijst?gremiumId=" + before + "&knownAt=" + knownAt);
    assertThat(list.status()).as(list.text()).isEqualTo(200);
    assertThat(list.body().get("leftOut")).isEmpty();
    assertThat(store.count()).as("reading records nothing").isEqualTo(events);
  }

  /** What a reading that joins the structure and the journal sees of three records. */
  record Joined(String name, long journalRows, long tooLongJournalRows, long tooLongGremia) {}

  @Test
  @Order(2)
  void aReadingOfSeveralReadModelsFeedsEachEventToEveryOneAndReportsALeftOutEventOnce() {
    String gremium = establish("Werkgroep Twee Leesmodellen", "2023-01-01");
    rename(gremium, "Werkgroep Twee Leesmodellen II", "2024-06-01");
    // unreadable for both read models; too long for the structure's column, not for the journal
    String unreadable = UUID.randomUUID().toString();
    store.insertCopy(gremium, 0, unreadable, "{\"gremiumId\": ".getBytes(StandardCharsets.UTF_8));
    String tooLong = UUID.randomUUID().toString();
    store.insertCopy(gremium, 0, tooLong, payload -> payload.put("name", "W " + "x".repeat(300)));
    Instant knownAt = Instant.now();

    Replayed<Joined> both =
        temporal.asKnownAt(
            knownAt,
            ReadModels.of("test-beide", StructureProjection::new, JournalProjection::new),
            jdbc ->
                new Joined(
                    jdbc.sql(
                            "SELECT name FROM structure_gremium_name WHERE gremium_id = :id"
                                + " ORDER BY valid_from DESC LIMIT 1")
                        .param("id", gremium)
                        .query(String.class)
                        .single(),
                    count(jdbc, "journal_entry", "aggregate_id", gremium),
                    count(jdbc, "journal_entry", "aggregate_id", tooLong),
                    count(jdbc, "structure_gremium", "id", tooLong)));
    assertThat(both.answer())
        .as("every event reached both read models; the journal kept what the structure could not")
        .isEqualTo(new Joined("Werkgroep Twee Leesmodellen II", 2, 1, 0));

    List<LeftOut> mine =
        both.leftOut().stream()
            .filter(
                e ->
                    unreadable.equals(e.aggregateIdentifier())
                        || tooLong.equals(e.aggregateIdentifier()))
            .toList();
    assertThat(mine)
        .extracting(LeftOut::aggregateIdentifier, LeftOut::waitsForEarlierEvent)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(unreadable, false),
            org.assertj.core.groups.Tuple.tuple(tooLong, false));
    assertThat(both.leftOut().stream().map(LeftOut::eventIdentifier).distinct())
        .as("each left-out event once")
        .hasSameSizeAs(both.leftOut());

    // the same as the union of the single readings, which still work as before
    Set<String> structure = leftOut(knownAt, StructureProjection::new);
    Set<String> journal = leftOut(knownAt, JournalProjection::new);
    assertThat(journal).isNotEmpty().isSubsetOf(structure);
    Set<String> union = new HashSet<>(structure);
    union.addAll(journal);
    assertThat(both.leftOut().stream().map(LeftOut::eventIdentifier).collect(Collectors.toSet()))
        .isEqualTo(union);
  }

  @Test
  @Order(3)
  void aKeptReadingTakesInWhatIsRecordedLaterAsAFreshReplayWouldAndNoQuestionChangesIt() {
    Instant later = Instant.now().plus(Duration.ofDays(1));
    String gremium = establish("Werkgroep Bewaarde Lezing", "2023-01-01");
    Instant before = Instant.now();
    assertThat(name(later, gremium)).isEqualTo("Werkgroep Bewaarde Lezing");
    assertThat(name(before, gremium)).isEqualTo("Werkgroep Bewaarde Lezing");

    // recorded after both readings were made: the later moment takes it in, the earlier does not
    rename(gremium, "Werkgroep Bewaarde Lezing II", "2023-06-01");
    assertThat(name(later, gremium)).isEqualTo("Werkgroep Bewaarde Lezing II");
    assertThat(name(before, gremium)).isEqualTo("Werkgroep Bewaarde Lezing");

    // a question that writes leaves the kept reading as it was
    temporal.asKnownAt(
        later,
        KnownAtReadModels.STRUCTURE,
        jdbc -> jdbc.sql("DELETE FROM structure_gremium_name").update());
    assertThat(name(later, gremium)).isEqualTo("Werkgroep Bewaarde Lezing II");

    // a correction of a fact the kept reading already read: it starts over and reads it corrected
    JsonNode renamed =
        http.get(SECRETARIAAT, "/api/gremia/" + gremium + "/history").body().get("events").get(1);
    JsonNode replacement = renamed.get("event").deepCopy();
    ((tools.jackson.databind.node.ObjectNode) replacement).put("name", "Werkgroep Juiste Naam");
    Response corrected =
        http.post(
            SECRETARIAAT,
            "/api/rectificaties/correct",
            json.writeValueAsString(
                java.util.Map.of(
                    "eventIdentifier", renamed.get("eventIdentifier").asString(),
                    "aggregateId", gremium,
                    "replacement", replacement,
                    "reason", "verkeerde naam overgenomen",
                    "decisionReference", BESLUIT)));
    assertThat(corrected.status()).as(corrected.text()).isEqualTo(200);
    assertThat(name(later, gremium)).isEqualTo("Werkgroep Juiste Naam");
    assertThat(name(before, gremium)).isEqualTo("Werkgroep Bewaarde Lezing");

    // the kept readings answer as fresh replays of the whole store do, poisoned events and all
    for (Instant moment : List.of(later, before)) {
      Replayed<List<String>> kept = temporal.asKnownAt(moment, KnownAtReadModels.STRUCTURE, NAMES);
      Replayed<List<String>> fresh =
          temporal.asKnownAt(
              moment, ReadModels.of("test-" + UUID.randomUUID(), StructureProjection::new), NAMES);
      assertThat(kept.answer()).isNotEmpty().isEqualTo(fresh.answer());
      assertThat(kept.leftOut()).isNotEmpty().isEqualTo(fresh.leftOut());
    }

    // only a few readings are kept
    for (int minutes = 1; minutes <= 12; minutes++) {
      name(later.plus(Duration.ofMinutes(minutes)), gremium);
    }
    assertThat(temporal.keptReadings()).isBetween(1, 4);
  }

  @Test
  @Order(4)
  void aQueryAskedAsKnownAtIsAnsweredByTheHandlerThatAnswersItLiveAndAnyOtherIsRefused() {
    GremiumId gremium = new GremiumId(UUID.fromString(establish("Werkgroep Zelfde", "2023-01-01")));
    FindGremium query = new FindGremium(gremium, LocalDate.of(2023, 6, 1));
    Instant now = Instant.now();

    GremiumDetail asKnown = known.asKnownAt(now, query, GremiumDetail.class).answer();
    assertThat(asKnown.gremium().name()).isEqualTo("Werkgroep Zelfde");
    await() // until the live projection has the new gremium
        .atMost(Duration.ofSeconds(10))
        .ignoreExceptions()
        .untilAsserted(
            () -> assertThat(queries.query(query, GremiumDetail.class).join()).isEqualTo(asKnown));

    FindCompetent notReplayed = new FindCompetent(BesluitType.BEGROTING, LocalDate.of(2023, 1, 1));
    assertThatThrownBy(() -> known.asKnownAt(now, notReplayed, Competent.class))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("niet op te vragen zoals ze op een eerder moment bekend waren");
  }

  /** Every gremium name with its id and start, in a fixed order. */
  private static final Function<JdbcClient, List<String>> NAMES =
      jdbc ->
          jdbc.sql(
                  "SELECT gremium_id || ' ' || valid_from || ' ' || name FROM structure_gremium_name"
                      + " ORDER BY gremium_id, valid_from, name")
              .query(String.class)
              .list();

  private String name(Instant knownAt, String gremium) {
    return temporal
        .asKnownAt(
            knownAt,
            KnownAtReadModels.STRUCTURE,
            jdbc ->
                jdbc.sql(
                        "SELECT name FROM structure_gremium_name WHERE gremium_id = :id"
                            + " ORDER BY valid_from DESC LIMIT 1")
                    .param("id", gremium)
                    .query(String.class)
                    .optional()
                    .orElse(null))
        .answer();
  }

  private Set<String> leftOut(Instant knownAt, Function<JdbcClient, ?> projection) {
    return temporal
        .asKnownAt(knownAt, ReadModels.of("test-" + UUID.randomUUID(), projection), jdbc -> 0)
        .leftOut()
        .stream()
        .map(LeftOut::eventIdentifier)
        .collect(Collectors.toSet());
  }

  private static long count(JdbcClient jdbc, String table, String column, String value) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = :v")
        .param("v", value)
        .query(Long.class)
        .single();
  }

  private JsonNode known(Instant knownAt) {
    Response response = http.get(SECRETARIAAT, "/api/structure?asOf=2025-01-01&knownAt=" + knownAt);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("application/json");
    return response.body();
  }

  private JsonNode live() {
    Response response = http.get(SECRETARIAAT, "/api/structure?asOf=2025-01-01");
    assertThat(response.status()).isEqualTo(200);
    return response.body();
  }

  private String establish(String name, String begin) {
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

  private void rename(String gremium, String name, String effective) {
    Response response =
        http.post(
            SECRETARIAAT,
            "/api/gremia/" + gremium + "/rename",
            """
            {"name": "%s", "effectiveDate": "%s", "decisionReference": "%s"}"""
                .formatted(name, effective, BESLUIT));
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
  }

  private static JsonNode gremium(JsonNode structure, String id) {
    for (JsonNode gremium : structure.get("gremia")) {
      if (gremium.get("id").asString().equals(id)) {
        return gremium;
      }
    }
    return null;
  }
}
