package nl.ipo.ledger.command.gremium;

import java.time.LocalDate;
import java.util.Optional;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.command.Rejection;

/**
 * Dates are ordered, and every change of a gremium falls within its lifetime: from its begin date
 * up to (not including) its planned end or dissolution.
 */
final class GremiumLifetimePolicy {

  private GremiumLifetimePolicy() {}

  /**
   * An end date must lie after the start of what it ends ({@code startName}, as a sentence says
   * it).
   */
  static Optional<Rejection> ordered(
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

  /** A day on which something starts must be a day on which the gremium exists. */
  static Optional<Rejection> within(GremiumState state, String field, LocalDate day) {
    if (state.inForceOn(day)) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(GremiumRule.DATES_WITHIN_LIFETIME, field, outside(state, field, day)));
  }

  /** A day on which something ends may be at most the gremium's own end. */
  static Optional<Rejection> endWithin(GremiumState state, String field, LocalDate day) {
    Optional<LocalDate> end = state.endExclusive();
    if (day.isAfter(state.beginDate()) && end.map(e -> !day.isAfter(e)).orElse(true)) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(GremiumRule.DATES_WITHIN_LIFETIME, field, outside(state, field, day)));
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

  private static String outside(GremiumState state, String field, LocalDate day) {
    return Dutch.capitalised(Dutch.field(field))
        + " ("
        + Dutch.date(day)
        + ") valt buiten de periode waarin "
        + Dutch.gremium(state.type(), state.name())
        + " bestaat: "
        + Dutch.period(state.beginDate(), state.endExclusive().orElse(null));
  }
}
