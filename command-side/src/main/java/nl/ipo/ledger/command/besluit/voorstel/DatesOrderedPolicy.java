package nl.ipo.ledger.command.besluit.voorstel;

import java.time.LocalDate;
import java.util.Optional;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.besluit.BesluitRule;
import nl.ipo.ledger.command.besluit.BesluitState;

/** Agenda, advice, decision and withdrawal do not precede the voorstel's submission. */
public final class DatesOrderedPolicy {

  private DatesOrderedPolicy() {}

  public static Optional<Rejection> notBeforeSubmission(
      BesluitState state, String field, LocalDate day) {
    LocalDate submitted = state.voorstel().submittedOn();
    if (!day.isBefore(submitted)) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(
            BesluitRule.DATES_ORDERED,
            field,
            Dutch.capitalised(Dutch.field(field))
                + " ("
                + Dutch.date(day)
                + ") ligt vóór de indiening van het voorstel op "
                + Dutch.date(submitted)));
  }
}
