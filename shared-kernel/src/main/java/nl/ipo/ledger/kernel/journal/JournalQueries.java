package nl.ipo.ledger.kernel.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.ipo.ledger.kernel.error.InvalidValueException;

/** The global journal: every recorded fact, filtered on both time axes and by who and what. */
public final class JournalQueries {

  private JournalQueries() {}

  /**
   * Every filter is optional. Valid time is the fact's effective date; transaction time is when the
   * ledger recorded it ({@code recordedTo} is "as known at").
   *
   * @param aggregateId one gremium, besluit, mandaat, vergadering or begroting
   * @param besluitId the besluit's own events and every fact carried out under it
   * @param bodyId the gremium the fact concerns
   */
  public record FindJournal(
      LocalDate validFrom,
      LocalDate validTo,
      Instant recordedFrom,
      Instant recordedTo,
      String actor,
      String eventType,
      String aggregateId,
      String besluitId,
      String bodyId,
      int page,
      int size) {
    public FindJournal {
      if (page < 0) {
        throw new InvalidValueException("page", "must be 0 or more");
      }
      if (size < 1 || size > 1000) {
        throw new InvalidValueException("size", "must be between 1 and 1000");
      }
    }
  }

  /** One fact in the journal, with both its times and its provenance. */
  public record JournalEntry(
      long globalIndex,
      String eventIdentifier,
      String aggregateType,
      String aggregateId,
      long sequence,
      String eventType,
      LocalDate effectiveDate,
      Instant recordedAt,
      String actor,
      String actorRole,
      String decisionReference,
      String besluitId,
      String bodyId,
      String correlationId,
      String causationId,
      String sourceDocument,
      String sourcePlace,
      String sourceQuote) {}

  public record JournalPage(int page, int size, long total, List<JournalEntry> entries) {
    public JournalPage {
      entries = List.copyOf(entries);
    }
  }
}
