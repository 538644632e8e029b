package nl.ipo.ledger.command;

import java.util.function.BiFunction;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Folds another aggregate's event stream, for a rule that must read a second aggregate. Reading the
 * stream itself, inside the command's unit of work, is as current as the event store: never as late
 * as a projection.
 */
public final class EventStreams {

  private EventStreams() {}

  public static <S, E> S fold(
      EventStore eventStore,
      String aggregateId,
      Class<E> eventType,
      S initial,
      BiFunction<S, E, S> evolve) {
    S state = initial;
    var stream = eventStore.readEvents(aggregateId);
    while (stream.hasNext()) {
      Object payload = stream.next().getPayload();
      if (eventType.isInstance(payload)) {
        state = evolve.apply(state, eventType.cast(payload));
      }
    }
    return state;
  }
}
