package nl.ipo.ledger.kernel.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.ipo.ledger.kernel.common.Bounds;
import nl.ipo.ledger.kernel.common.Source;
import nl.ipo.ledger.kernel.error.InvalidValueException;

/** The global journal: every recorded fact, filtered on both time axes and by who and what. */
public final class JournalQueries {

  private JournalQueries() {}

  /** Rows per page, at most. */
  public static final int MAX_SIZE = 1000;

  /**
   * The last page number. With {@link #MAX_SIZE} the offset stays below one billion rows, so it
   * fits every database's offset type and the product page × size never overflows.
   */
  public static final int MAX_PAGE = Bounds.MAX_PAGE;

  /** The longest text a text filter (actor, event type, ids) may be. */
  public static final int MAX_TEXT = 200;

  /**
   * Every filter is optional; a blank text filter is the same as none. Valid time is the fact's
   * effective date; transaction time is when the ledger recorded it ({@code knownAt}: "as the
   * ledger knew it at that moment"). The text filters match exactly, so {@code %} and {@code _} are
   * ordinary characters.
   *
   * <p>The compact constructor holds the limits every caller shares: dates and instants within the
   * published language's range ({@link Bounds}), text filters of at most {@link #MAX_TEXT}
   * characters without control characters, {@code page} within 0..{@link #MAX_PAGE} and {@code
   * size} within 1..{@link #MAX_SIZE}. A value outside them is an {@link InvalidValueException}
   * naming the field as the API calls it and the allowed range.
   *
   * @param recordedFrom recorded at or after this instant
   * @param knownAt recorded at or before this instant
   * @param aggregateId one gremium, besluit, mandaat, vergadering or begroting
   * @param besluitId the besluit's own events and every fact carried out under it
   * @param bodyId the gremium the fact concerns
   */
  public record FindJournal(
      LocalDate validFrom,
      LocalDate validTo,
      Instant recordedFrom,
      Instant knownAt,
      String actor,
      String eventType,
      String aggregateId,
      String besluitId,
      String bodyId,
      int page,
      int size) {
    public FindJournal {
      Bounds.date("validFrom", validFrom);
      Bounds.date("validTo", validTo);
      Bounds.instant("recordedFrom", recordedFrom);
      Bounds.instant("knownAt", knownAt);
      actor = text("actor", actor);
      eventType = text("eventType", eventType);
      aggregateId = text("aggregateId", aggregateId);
      besluitId = text("besluitId", besluitId);
      bodyId = text("bodyId", bodyId);
      Bounds.paging(page, size, MAX_SIZE);
    }

    private static String text(String field, String value) {
      if (value == null) {
        return null;
      }
      Bounds.name(field, value, Integer.MAX_VALUE);
      return value.isBlank() ? null : Bounds.name(field, value.strip(), MAX_TEXT);
    }
  }

  /**
   * The next batch of an export: the entries matching {@code filter} (its page and size are not
   * used) with a global index above {@code after} and at most {@code through}, in global order.
   * Reading by global index instead of by offset keeps every batch as cheap as the first.
   *
   * @param after the last global index of the previous batch; -1 for the first batch
   * @param through the last global index of the export, fixed when it starts (see {@link
   *     CountJournal}), so facts recorded while it runs do not creep in
   * @param batchSize rows per batch, 1..{@link #MAX_SIZE}
   */
  public record FindJournalBatch(FindJournal filter, long after, long through, int batchSize) {
    public FindJournalBatch {
      InvalidValueException.required("filter", filter);
      if (batchSize < 1 || batchSize > MAX_SIZE) {
        throw new InvalidValueException(
            "batchSize",
            "'batchSize' moet een geheel getal van 1 tot en met " + MAX_SIZE + " zijn.");
      }
    }
  }

  /** How many entries match {@code filter} (page and size not used), and the last one's index. */
  public record CountJournal(FindJournal filter) {
    public CountJournal {
      InvalidValueException.required("filter", filter);
    }
  }

  /**
   * @param total the number of matching entries
   * @param lastGlobalIndex the highest global index among them; -1 when there are none
   */
  public record JournalCount(long total, long lastGlobalIndex) {}

  /**
   * One fact in the journal, with both its times and its provenance.
   *
   * @param source the source the recording cited, or why it cites none; {@link Source#assumption()}
   *     marks a fact the history assumes
   */
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
      Source source) {}

  public record JournalPage(int page, int size, long total, List<JournalEntry> entries) {
    public JournalPage {
      entries = List.copyOf(entries);
    }
  }

  /**
   * What the journal's filters can choose from: the actors and event types that occur in it, and
   * the bodies and besluiten its facts concern, by name. For the pages' pickers, so a user never
   * has to know an id.
   */
  public record FindJournalChoices() {}

  /** An id with the name a user knows it by. */
  public record NamedId(String id, String name) {}

  /**
   * @param actors every actor that recorded a fact, alphabetically
   * @param eventTypes every event type that occurs, alphabetically (by class name)
   * @param bodies every gremium a fact concerns, by its latest name
   * @param besluiten every besluit a fact concerns or was carried out under, by subject, newest
   *     first
   */
  public record JournalChoices(
      List<String> actors, List<String> eventTypes, List<NamedId> bodies, List<NamedId> besluiten) {
    public JournalChoices {
      actors = List.copyOf(actors);
      eventTypes = List.copyOf(eventTypes);
      bodies = List.copyOf(bodies);
      besluiten = List.copyOf(besluiten);
    }
  }

  /** One batch of an export, in global order; fewer than the batch size means it was the last. */
  public record JournalBatch(List<JournalEntry> entries) {
    public JournalBatch {
      entries = List.copyOf(entries);
    }
  }
}
