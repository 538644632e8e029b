package nl.ipo.ledger.query.besluit;

import java.util.List;
import nl.ipo.ledger.kernel.besluit.BesluitEvent;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.BesluitCorrections;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.FindBesluitCorrections;
import nl.ipo.ledger.kernel.common.RecordedEvent;
import nl.ipo.ledger.kernel.error.NotFoundException;
import nl.ipo.ledger.kernel.rectificatie.RectificatieEvent;
import nl.ipo.ledger.query.history.EventStreamReader;
import org.axonframework.queryhandling.QueryHandler;

/**
 * The corrections of a besluit's facts. A correction lives in a stream named after the fact it
 * corrects, so the stream of each of the besluit's events is read: one indexed read per fact.
 */
public class BesluitCorrectionQueries {

  private final EventStreamReader streams;

  public BesluitCorrectionQueries(EventStreamReader streams) {
    this.streams = streams;
  }

  @QueryHandler
  public BesluitCorrections handle(FindBesluitCorrections query) {
    String id = query.besluitId().toString();
    List<RecordedEvent> lifecycle = streams.read(id);
    if (lifecycle.isEmpty() || !(lifecycle.get(0).event() instanceof BesluitEvent)) {
      throw new NotFoundException("besluitId", "Er is geen besluit met id " + id + " bekend.");
    }
    return new BesluitCorrections(
        id,
        lifecycle.stream()
            .flatMap(fact -> streams.read(fact.eventIdentifier()).stream())
            .filter(c -> c.event() instanceof RectificatieEvent)
            .sorted(java.util.Comparator.comparing(RecordedEvent::recordedAt))
            .toList());
  }
}
