package nl.ipo.ledger.query.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.GremiumEstablished;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.query.ReadModelDatabase;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The journal keeps every event under its own index, whatever order the commits arrive in. */
class JournalProjectionTest {

  @Test
  void eventsCommittedOutOfOrderKeepTheirOwnIndexAndNoneIsLost() {
    JdbcClient jdbc = ReadModelDatabase.fresh();
    // the store's own columns that matter here (infra's migration creates the whole table)
    jdbc.sql("CREATE TABLE domain_event_entry (global_index BIGINT, event_identifier VARCHAR(255))")
        .update();
    String first = UUID.randomUUID().toString();
    String second = UUID.randomUUID().toString();
    jdbc.sql("INSERT INTO domain_event_entry VALUES (270, :a), (271, :b)")
        .param("a", first)
        .param("b", second)
        .update();
    JournalProjection journal = new JournalProjection(jdbc);

    // 271 commits first: the token stands at 271 with a gap at 270; then 270 fills the gap and
    // the token's position is still 271
    journal.on(
        established(second).getPayload(),
        established(second),
        GapAwareTrackingToken.newInstance(271, Set.of(270L)));
    journal.on(
        established(first).getPayload(),
        established(first),
        GapAwareTrackingToken.newInstance(271, Set.of()));

    List<String> rows =
        jdbc.sql("SELECT global_index, event_identifier FROM journal_entry ORDER BY global_index")
            .query((rs, n) -> rs.getLong(1) + "=" + rs.getString(2))
            .list();
    assertThat(rows).containsExactly("270=" + first, "271=" + second);
  }

  private static GenericDomainEventMessage<GremiumEstablished> established(String identifier) {
    GremiumId id = new GremiumId(UUID.nameUUIDFromBytes(identifier.getBytes()));
    return new GenericDomainEventMessage<>(
        "Gremium",
        id.toString(),
        0,
        new GremiumEstablished(
            id,
            "Werkgroep " + identifier.substring(0, 8),
            GremiumType.WERKGROEP,
            null,
            LocalDate.of(2024, 1, 1),
            LocalDate.of(2024, 12, 31),
            new DecisionReference("Bestuur 2023-12-14")),
        MetaData.emptyInstance(),
        identifier,
        Instant.parse("2026-12-02T12:00:00Z"));
  }
}
