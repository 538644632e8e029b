package nl.ipo.ledger.command.besluit;

import java.util.Optional;
import nl.ipo.ledger.command.EventStreams;
import nl.ipo.ledger.kernel.besluit.BesluitEvent;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitTaken;
import nl.ipo.ledger.kernel.besluit.BesluitId;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** Looks up the besluit taken on a voorstel, from the voorstel's own event stream. */
public final class BesluitDirectory {

  private final EventStore eventStore;

  public BesluitDirectory(EventStore eventStore) {
    this.eventStore = eventStore;
  }

  /** The besluit, or empty when the voorstel is unknown or not decided (yet). */
  public Optional<BesluitTaken> taken(BesluitId id) {
    return Optional.ofNullable(
        EventStreams.<BesluitTaken, BesluitEvent>fold(
            eventStore,
            id.toString(),
            BesluitEvent.class,
            null,
            (found, event) -> event instanceof BesluitTaken taken ? taken : found));
  }
}
