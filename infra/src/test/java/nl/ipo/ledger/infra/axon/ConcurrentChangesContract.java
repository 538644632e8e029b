package nl.ipo.ledger.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import nl.ipo.ledger.infra.support.LedgerHttp;
import nl.ipo.ledger.infra.support.LedgerHttp.Response;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.common.Province;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.MemberAppointed;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.MemberRole;
import nl.ipo.ledger.kernel.gremium.MembershipId;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A change that loses the race for a record answers 409 and changes nothing, on each database: the
 * store's unique (aggregate, sequence number) key is what decides the race, and the ledger must
 * read its refusal as a concurrent change, not as an internal error. Run per database.
 */
abstract class ConcurrentChangesContract {

  @LocalServerPort int port;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired PersistenceExceptionResolver resolver;
  @Autowired EventStorageEngine storage;
  @Autowired TransactionManager transactions;
  LedgerHttp http;

  @BeforeEach
  void client() {
    http = new LedgerHttp(port, json);
  }

  @Test
  void theDatabasesOwnDuplicateKeyRefusalIsReadAsALostRace_andNoOtherError() throws Exception {
    String gremium = gremium();
    SQLException duplicate = insertCopyOfFirstEvent(gremium, true);
    assertThat((Throwable) duplicate)
        .as("the store must refuse a second event at one sequence")
        .isNotNull();
    assertThat(resolver.isDuplicateKeyViolation(duplicate)).isTrue();
    SQLException missingPayload = insertCopyOfFirstEvent(gremium, false);
    assertThat((Throwable) missingPayload).isNotNull();
    assertThat(resolver.isDuplicateKeyViolation(missingPayload)).isFalse();
  }

  @Test
  void aChangeAnotherInstanceRecordedFirstAnswers409_andTheRetrySucceeds() {
    // The ledger keeps a loaded gremium in memory between commands. Another instance on the same
    // store appends behind its back (here: straight through the storage engine); the next
    // command here decides on the state it kept, and its append then meets the other's event at
    // the same sequence number. The garbage collector may drop the kept gremium at any moment,
    // in which case there is no race to lose, so the scene is tried a few times.
    for (int attempt = 0; attempt < 5; attempt++) {
      String gremium = gremium();
      appoint(gremium, "UTRECHT", 201);
      appendAsAnotherInstance(gremium);
      long before = events(gremium);
      Response lost =
          http.post("secretariaat", "/api/gremia/" + gremium + "/members", seat("ZEELAND"));
      if (lost.status() != 409) {
        assertThat(lost.status()).as(lost.text()).isIn(200, 201);
        continue;
      }
      assertThat(lost.contentType()).startsWith("application/problem+json");
      assertThat(lost.body().get("field").asString()).isEqualTo("gremiumId");
      assertThat(lost.body().get("reason").asString())
          .contains("Iemand anders legde op hetzelfde moment iets vast over dit gremium")
          .contains("probeer het nog eens");
      assertThat(events(gremium)).isEqualTo(before);
      // the kept state was dropped with the lost race: the retry reads the store and succeeds
      appoint(gremium, "ZEELAND", 201);
      assertThat(events(gremium)).isEqualTo(before + 1);
      return;
    }
    throw new AssertionError("in five attempts no change met another instance's append");
  }

  private String gremium() {
    Response created =
        http.post(
            "secretariaat",
            "/api/gremia",
            """
            {"name": "BAC Wedloop %s", "type": "BAC", "beginDate": "2020-01-01",
             "decisionReference": "Statuten"}"""
                .formatted(UUID.randomUUID()));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.body().get("id").asString();
  }

  private static String seat(String province) {
    return """
        {"province": "%s", "role": "LID", "startDate": "2021-01-01",
         "decisionReference": "Statuten"}"""
        .formatted(province);
  }

  private void appoint(String gremium, String province, int status) {
    Response response =
        http.post("secretariaat", "/api/gremia/" + gremium + "/members", seat(province));
    assertThat(response.status()).as(response.text()).isEqualTo(status);
  }

  private long events(String gremium) {
    return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = :id")
        .param("id", gremium)
        .query(Long.class)
        .single();
  }

  /** A lid for Groningen, appended with the next sequence number and the last event's metadata. */
  private void appendAsAnotherInstance(String gremium) {
    transactions.executeInTransaction(
        () -> {
          DomainEventMessage<?> last = null;
          var stream = storage.readEvents(gremium, 0);
          while (stream.hasNext()) {
            last = stream.next();
          }
          MemberAppointed appointed =
              new MemberAppointed(
                  new GremiumId(UUID.fromString(gremium)),
                  MembershipId.random(),
                  null,
                  Province.GRONINGEN,
                  MemberRole.LID,
                  LocalDate.of(2021, 1, 1),
                  new DecisionReference("Statuten"));
          storage.appendEvents(
              new GenericDomainEventMessage<>(
                  last.getType(),
                  gremium,
                  last.getSequenceNumber() + 1,
                  appointed,
                  last.getMetaData()));
        });
  }

  /**
   * Inserts a copy of the gremium's first event under a new event identifier, with its payload or
   * without (a NOT NULL violation), and returns what the driver threw.
   */
  private SQLException insertCopyOfFirstEvent(String gremium, boolean withPayload) {
    String payload = withPayload ? "payload" : "NULL";
    String sql =
        "INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number,"
            + " type, time_stamp, payload_type, payload_revision, payload, meta_data) SELECT ?,"
            + " aggregate_identifier, sequence_number, type, time_stamp, payload_type,"
            + " payload_revision, "
            + payload
            + ", meta_data FROM domain_event_entry WHERE aggregate_identifier = ? AND"
            + " sequence_number = 0";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setString(1, UUID.randomUUID().toString());
      insert.setString(2, gremium);
      insert.executeUpdate();
      return null;
    } catch (SQLException refused) {
      return refused;
    }
  }
}
