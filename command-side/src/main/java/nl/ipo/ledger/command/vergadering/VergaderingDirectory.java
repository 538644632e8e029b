package nl.ipo.ledger.command.vergadering;

import java.util.Optional;
import nl.ipo.ledger.command.EventStreams;
import nl.ipo.ledger.kernel.vergadering.VergaderingEvent.VergaderingScheduled;
import nl.ipo.ledger.kernel.vergadering.VergaderingId;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** Looks up a meeting from its own event stream. */
public final class VergaderingDirectory {

  private final EventStore eventStore;

  public VergaderingDirectory(EventStore eventStore) {
    this.eventStore = eventStore;
  }

  public Optional<VergaderingScheduled> find(VergaderingId id) {
    return Optional.ofNullable(
        EventStreams.<VergaderingScheduled, VergaderingScheduled>fold(
            eventStore, id.toString(), VergaderingScheduled.class, null, (s, e) -> e));
  }
}
