package nl.ipo.ledger.command.mandaat;

import java.time.LocalDate;
import java.util.Optional;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.mandaat.MandaatFacts.Version;

/**
 * A mandate's dates are ordered: its end lies after its start; an amendment or a revocation does
 * not precede the version it changes, and an amendment takes effect before the term ends; the
 * ledger records an expiry only on the end date of the version in force.
 */
final class DatesOrderedPolicy {

  private DatesOrderedPolicy() {}

  static Optional<Rejection> endAfterStart(LocalDate start, LocalDate end) {
    if (end == null || end.isAfter(start)) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(
            MandaatRule.DATES_ORDERED,
            "endDate",
            "De einddatum (" + Dutch.date(end) + ") moet na " + Dutch.date(start) + " liggen"));
  }

  /** {@code what} names the earlier day as a sentence says it ("de ingang van het mandaat"). */
  static Optional<Rejection> notBefore(
      String field, LocalDate day, String what, LocalDate earliest) {
    if (!day.isBefore(earliest)) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(
            MandaatRule.DATES_ORDERED, field, Dutch.dateBefore(field, day, what, earliest)));
  }

  static Optional<Rejection> beforeTermEnds(Version current, LocalDate effectiveDate) {
    if (current.endDate() == null || effectiveDate.isBefore(current.endDate())) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(
            MandaatRule.DATES_ORDERED,
            "effectiveDate",
            "Het mandaat loopt af op "
                + Dutch.date(current.endDate())
                + "; een wijziging moet eerder ingaan"));
  }

  static Optional<Rejection> expiresOn(MandaatFacts state, LocalDate endDate) {
    if (endDate.equals(state.current().endDate())) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(
            MandaatRule.DATES_ORDERED,
            "effectiveDate",
            "Het mandaat verloopt "
                + (state.current().endDate() == null
                    ? "niet vanzelf: het heeft geen einddatum"
                    : "op " + Dutch.date(state.current().endDate()))
                + ", niet op "
                + Dutch.date(endDate)));
  }
}
