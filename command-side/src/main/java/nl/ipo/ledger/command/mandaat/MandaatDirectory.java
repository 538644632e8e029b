package nl.ipo.ledger.command.mandaat;

import java.util.Optional;
import nl.ipo.ledger.command.EventStreams;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent;
import nl.ipo.ledger.kernel.mandaat.MandaatId;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** Looks up a mandate, with every version, from its own event stream. */
public final class MandaatDirectory {

  private final EventStore eventStore;

  public MandaatDirectory(EventStore eventStore) {
    this.eventStore = eventStore;
  }

  public Optional<MandaatFacts> find(MandaatId id) {
    MandaatFacts facts =
        EventStreams.fold(
            eventStore,
            id.toString(),
            MandaatEvent.class,
            MandaatFacts.INITIAL,
            MandaatFacts::evolve);
    return facts.exists() ? Optional.of(facts) : Optional.empty();
  }
}
