package nl.ipo.ledger.query.history;

import java.time.Instant;
import java.util.List;
import nl.ipo.ledger.kernel.common.LedgerMetadata;
import nl.ipo.ledger.kernel.error.NotFoundException;
import nl.ipo.ledger.kernel.gremium.GremiumEvent;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.FindGremiumHistory;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.GremiumHistory;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.HistoryEntry;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;

/**
 * A gremium's history is its own event stream, read straight from the event store: the one source
 * that can never lag behind or disagree with what was recorded.
 */
public class GremiumHistoryQueries {

  private final EventStore eventStore;

  public GremiumHistoryQueries(EventStore eventStore) {
    this.eventStore = eventStore;
  }

  @QueryHandler
  public GremiumHistory handle(FindGremiumHistory query) {
    String id = query.gremiumId().toString();
    List<HistoryEntry> entries =
        eventStore
            .readEvents(id)
            .asStream()
            .filter(message -> message.getPayload() instanceof GremiumEvent)
            .map(GremiumHistoryQueries::entry)
            .toList();
    if (entries.isEmpty()) {
      throw new NotFoundException("gremiumId", "no gremium with id " + id + " is known");
    }
    return new GremiumHistory(id, entries);
  }

  private static HistoryEntry entry(DomainEventMessage<?> message) {
    GremiumEvent event = (GremiumEvent) message.getPayload();
    MetaData meta = message.getMetaData();
    Object recordedAt = meta.get(LedgerMetadata.RECORDED_AT);
    return new HistoryEntry(
        message.getSequenceNumber(),
        event.getClass().getSimpleName(),
        event.effectiveDate(),
        recordedAt == null ? message.getTimestamp() : Instant.parse(recordedAt.toString()),
        text(meta, LedgerMetadata.ACTOR),
        text(meta, LedgerMetadata.ACTOR_ROLE),
        event.decision().text(),
        text(meta, LedgerMetadata.CORRELATION_ID),
        text(meta, LedgerMetadata.CAUSATION_ID),
        event);
  }

  private static String text(MetaData meta, String key) {
    Object value = meta.get(key);
    return value == null ? null : value.toString();
  }
}
