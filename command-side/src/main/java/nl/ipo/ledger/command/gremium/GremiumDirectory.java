package nl.ipo.ledger.command.gremium;

import java.util.Optional;
import nl.ipo.ledger.command.EventStreams;
import nl.ipo.ledger.kernel.gremium.GremiumEvent;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Looks up a gremium for a rule that spans two aggregates (a child's parent, a decider's kind of
 * body). It folds the gremium's own event stream, so the answer is as current as the event store.
 */
public final class GremiumDirectory {

  private final EventStore eventStore;

  public GremiumDirectory(EventStore eventStore) {
    this.eventStore = eventStore;
  }

  public Optional<GremiumFacts> find(GremiumId id) {
    return findState(id).map(GremiumFacts::of);
  }

  Optional<GremiumState> findState(GremiumId id) {
    GremiumState state =
        EventStreams.fold(
                eventStore,
                id.toString(),
                GremiumEvent.class,
                new GremiumState.Fold(),
                GremiumState.Fold::add)
            .state();
    return state.exists() ? Optional.of(state) : Optional.empty();
  }
}
