package nl.ipo.ledger.infra.web;

import java.time.Instant;
import java.util.List;
import nl.ipo.ledger.kernel.common.RecordedEvent;
import nl.ipo.ledger.kernel.error.NotFoundException;

/** An audit trail as the ledger knew it at a moment: only what was recorded by then. */
public final class KnownAt {

  private KnownAt() {}

  public static List<RecordedEvent> filter(
      List<RecordedEvent> events, Instant knownAt, String field, String id) {
    List<RecordedEvent> known =
        events.stream().filter(e -> !e.recordedAt().isAfter(knownAt)).toList();
    if (known.isEmpty()) {
      throw new NotFoundException(
          field, "Op " + knownAt + " was er nog niets bekend over " + id + ".");
    }
    return known;
  }
}
