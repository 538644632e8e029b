package nl.ipo.ledger.command.gremium;

import java.util.Optional;
import nl.ipo.ledger.kernel.gremium.GremiumEvent;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Looks up another gremium for a rule that spans two bodies (a child's parent). It folds the other
 * gremium's own event stream, so the answer is as current as the event store itself, not as late as
 * a projection.
 */
public final class GremiumDirectory {

  private final EventStore eventStore;

  public GremiumDirectory(EventStore eventStore) {
    this.eventStore = eventStore;
  }

  Optional<GremiumState> find(GremiumId id) {
    GremiumState state =
        eventStore
            .readEvents(id.toString())
            .asStream()
            .map(message -> message.getPayload())
            .filter(GremiumEvent.class::isInstance)
            .map(GremiumEvent.class::cast)
            .reduce(GremiumState.INITIAL, GremiumState::evolve, (a, b) -> b);
    return state.exists() ? Optional.of(state) : Optional.empty();
  }
}
