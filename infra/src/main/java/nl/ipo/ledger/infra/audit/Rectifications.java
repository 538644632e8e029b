package nl.ipo.ledger.infra.audit;

import java.time.Instant;
import java.util.Optional;
import nl.ipo.ledger.kernel.common.LedgerEvent;
import nl.ipo.ledger.kernel.common.LedgerMetadata;
import nl.ipo.ledger.kernel.rectificatie.RectificatieEvent;
import nl.ipo.ledger.kernel.rectificatie.RectificatieEvent.FactCorrected;
import nl.ipo.ledger.kernel.rectificatie.RectificatieEvent.FactRetracted;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies corrections to the facts a projection reads: a corrected fact is read as its latest
 * correction known at the moment asked, a retracted fact is not read at all. The stored facts
 * themselves never change.
 */
@Component
public class Rectifications {

  private final EventStore eventStore;
  private final JsonMapper json;

  Rectifications(EventStore eventStore, JsonMapper json) {
    this.eventStore = eventStore;
    this.json = json;
  }

  /**
   * The message as it holds at {@code knownAt} (null: now): the same message, the corrected one, or
   * empty when the fact was retracted.
   */
  public Optional<EventMessage<?>> effective(EventMessage<?> message, Instant knownAt) {
    if (!(message.getPayload() instanceof LedgerEvent)
        || message.getPayload() instanceof RectificatieEvent) {
      return Optional.of(message);
    }
    RectificatieEvent latest = null;
    var stream = eventStore.readEvents(message.getIdentifier());
    while (stream.hasNext()) {
      DomainEventMessage<?> correction = stream.next();
      if (correction.getPayload() instanceof RectificatieEvent r
          && (knownAt == null || !recordedAt(correction).isAfter(knownAt))) {
        latest = r;
      }
    }
    if (latest == null) {
      return Optional.of(message);
    }
    if (latest instanceof FactRetracted) {
      return Optional.empty();
    }
    return Optional.of(replace(message, corrected((FactCorrected) latest)));
  }

  private Object corrected(FactCorrected correction) {
    try {
      return json.readValue(correction.replacementJson(), Class.forName(correction.payloadType()));
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("unknown fact type " + correction.payloadType(), e);
    }
  }

  private static EventMessage<?> replace(EventMessage<?> message, Object payload) {
    if (message instanceof DomainEventMessage<?> d) {
      GenericDomainEventMessage<Object> replaced =
          new GenericDomainEventMessage<>(
              d.getType(),
              d.getAggregateIdentifier(),
              d.getSequenceNumber(),
              payload,
              d.getMetaData(),
              d.getIdentifier(),
              d.getTimestamp());
      return message instanceof TrackedEventMessage<?> t
          ? new GenericTrackedDomainEventMessage<>(t.trackingToken(), replaced)
          : replaced;
    }
    return message.andMetaData(message.getMetaData());
  }

  static Instant recordedAt(EventMessage<?> event) {
    return LedgerMetadata.recordedAt(event.getMetaData(), event.getTimestamp());
  }
}
