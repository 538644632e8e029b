package nl.ipo.ledger.command.rectificatie;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.ipo.ledger.kernel.common.LedgerEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** Finds one recorded fact in its aggregate's stream, for the fact a correction names. */
public final class FactReader {

  /** A fact and the facts recorded before it in the same stream, in order. */
  public record FactInStream(LedgerEvent fact, List<LedgerEvent> before) {}

  private final EventStore eventStore;

  public FactReader(EventStore eventStore) {
    this.eventStore = eventStore;
  }

  public Optional<LedgerEvent> find(String aggregateId, String eventIdentifier) {
    return findInStream(aggregateId, eventIdentifier).map(FactInStream::fact);
  }

  public Optional<FactInStream> findInStream(String aggregateId, String eventIdentifier) {
    List<LedgerEvent> before = new ArrayList<>();
    var stream = eventStore.readEvents(aggregateId);
    while (stream.hasNext()) {
      DomainEventMessage<?> message = stream.next();
      if (!(message.getPayload() instanceof LedgerEvent event)) {
        continue;
      }
      if (message.getIdentifier().equals(eventIdentifier)) {
        return Optional.of(new FactInStream(event, List.copyOf(before)));
      }
      before.add(event);
    }
    return Optional.empty();
  }
}
