package nl.ipo.ledger.command.gremium;

import java.time.LocalDate;
import java.util.Optional;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.command.Rejection;

/**
 * An end date lies after the start of what it ends, and a rename or a dissolution does not precede
 * a rename recorded before it.
 */
final class DatesOrderedPolicy {

  private DatesOrderedPolicy() {}

  /**
   * An end date must lie after the start of what it ends ({@code startName}, as a sentence says
   * it).
   */
  static Optional<Rejection> endAfterStart(
      String field, LocalDate end, String startName, LocalDate start) {
    if (end == null || end.isAfter(start)) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(
            GremiumRule.DATES_ORDERED,
            field,
            Dutch.capitalised(Dutch.field(field))
                + " ("
                + Dutch.date(end)
                + ") moet na "
                + startName
                + " ("
                + Dutch.date(start)
                + ") liggen"));
  }

  /** Renames and a dissolution follow the renames recorded before them. */
  static Optional<Rejection> notBeforeLatestRename(
      GremiumState state, String field, LocalDate day) {
    return state
        .latestRenameDate()
        .filter(latest -> day.isBefore(latest))
        .map(
            latest ->
                new Rejection(
                    GremiumRule.DATES_ORDERED,
                    field,
                    Dutch.capitalised(Dutch.field(field))
                        + " ("
                        + Dutch.date(day)
                        + ") ligt vóór de naamswijziging die per "
                        + Dutch.date(latest)
                        + " is vastgelegd"));
  }
}
