package nl.ipo.ledger.command.rectificatie;

import java.util.Optional;
import nl.ipo.ledger.kernel.common.LedgerEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** Finds one recorded fact in its aggregate's stream, for the fact a correction names. */
public final class FactReader {

  private final EventStore eventStore;

  public FactReader(EventStore eventStore) {
    this.eventStore = eventStore;
  }

  public Optional<LedgerEvent> find(String aggregateId, String eventIdentifier) {
    var stream = eventStore.readEvents(aggregateId);
    while (stream.hasNext()) {
      DomainEventMessage<?> message = stream.next();
      if (message.getIdentifier().equals(eventIdentifier)
          && message.getPayload() instanceof LedgerEvent event) {
        return Optional.of(event);
      }
    }
    return Optional.empty();
  }
}
