package nl.ipo.ledger.query.history;

import java.util.List;
import nl.ipo.ledger.kernel.besluit.BesluitEvent;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.BesluitLifecycle;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.FindBesluitLifecycle;
import nl.ipo.ledger.kernel.common.RecordedEvent;
import nl.ipo.ledger.kernel.error.NotFoundException;
import nl.ipo.ledger.kernel.gremium.GremiumEvent;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.FindGremiumHistory;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.GremiumHistory;
import org.axonframework.queryhandling.QueryHandler;

/**
 * Audit trails read from the aggregates' own streams: a gremium's history, and a besluit's whole
 * lifecycle (voorstel, agenda, discussions, advice, votes, outcome and every effect carried out).
 */
public class AuditTrailQueries {

  private final EventStreamReader streams;

  public AuditTrailQueries(EventStreamReader streams) {
    this.streams = streams;
  }

  @QueryHandler
  public GremiumHistory handle(FindGremiumHistory query) {
    String id = query.gremiumId().toString();
    return new GremiumHistory(
        id, require(streams.read(id), GremiumEvent.class, "gremiumId", "gremium", id));
  }

  @QueryHandler
  public BesluitLifecycle handle(FindBesluitLifecycle query) {
    String id = query.besluitId().toString();
    return new BesluitLifecycle(
        id, require(streams.read(id), BesluitEvent.class, "besluitId", "besluit", id));
  }

  private static List<RecordedEvent> require(
      List<RecordedEvent> events, Class<?> type, String field, String noun, String id) {
    if (events.isEmpty() || !type.isInstance(events.get(0).event())) {
      throw new NotFoundException(field, "Er is geen " + noun + " met id " + id + " bekend.");
    }
    return events;
  }
}
