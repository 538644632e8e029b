package nl.ipo.ledger.query.history;

import java.util.List;
import nl.ipo.ledger.kernel.common.LedgerEvent;
import nl.ipo.ledger.kernel.common.LedgerMetadata;
import nl.ipo.ledger.kernel.common.RecordedEvent;
import nl.ipo.ledger.kernel.common.Source;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;

/**
 * Reads one aggregate's event stream as an audit trail: every event in recorded order with both its
 * times and its provenance. The stream is the one source that can never lag behind or disagree with
 * what was recorded.
 */
public class EventStreamReader {

  private final EventStore eventStore;

  public EventStreamReader(EventStore eventStore) {
    this.eventStore = eventStore;
  }

  public List<RecordedEvent> read(String aggregateId) {
    return eventStore
        .readEvents(aggregateId)
        .asStream()
        .filter(message -> message.getPayload() instanceof LedgerEvent)
        .map(EventStreamReader::entry)
        .toList();
  }

  private static RecordedEvent entry(DomainEventMessage<?> message) {
    LedgerEvent event = (LedgerEvent) message.getPayload();
    MetaData meta = message.getMetaData();
    return new RecordedEvent(
        message.getIdentifier(),
        message.getSequenceNumber(),
        event.getClass().getSimpleName(),
        event.effectiveDate(),
        LedgerMetadata.recordedAt(meta, message.getTimestamp()),
        LedgerMetadata.text(meta, LedgerMetadata.ACTOR),
        LedgerMetadata.text(meta, LedgerMetadata.ACTOR_ROLE),
        event.decisionReference(),
        LedgerMetadata.text(meta, LedgerMetadata.CORRELATION_ID),
        LedgerMetadata.text(meta, LedgerMetadata.CAUSATION_ID),
        event,
        Source.of(meta));
  }
}
