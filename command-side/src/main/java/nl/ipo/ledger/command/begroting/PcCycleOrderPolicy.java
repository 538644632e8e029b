package nl.ipo.ledger.command.begroting;

import java.time.LocalDate;
import java.util.Optional;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.command.Rejection;

/**
 * The planning and control cycle runs in order: draft, submission, approval, then wijzigingen,
 * realisation and werkbudget use within the year, then the jaarrekening, which closes the
 * begroting; no step is dated before the one it follows.
 */
final class PcCycleOrderPolicy {

  private static final String CLOSED = "De jaarrekening is vastgesteld; de begroting is afgesloten";

  private PcCycleOrderPolicy() {}

  static Optional<Rejection> submittable(BegrotingState state) {
    return wrongStep(state.submitted() != null, "De begroting is al ingediend");
  }

  static Optional<Rejection> approvable(BegrotingState state) {
    return wrongStep(state.submitted() == null, "Het bestuur heeft de begroting nog niet ingediend")
        .or(() -> wrongStep(state.approved() != null, "De begroting is al vastgesteld"));
  }

  static Optional<Rejection> amendable(BegrotingState state) {
    return wrongStep(
            state.approved() == null, "Alleen een vastgestelde begroting kan worden gewijzigd")
        .or(() -> open(state));
  }

  static Optional<Rejection> realisable(BegrotingState state) {
    return wrongStep(
            state.approved() == null,
            "Realisatie wordt alleen vastgelegd op een vastgestelde begroting")
        .or(() -> open(state));
  }

  static Optional<Rejection> jaarrekeningAdoptable(BegrotingState state) {
    return wrongStep(
            state.approved() == null,
            "Er is geen vastgestelde begroting waarover de jaarrekening verantwoording aflegt")
        .or(() -> wrongStep(state.jaarrekening() != null, "De jaarrekening is al vastgesteld"));
  }

  /** The werkbudget of a year's begroting is used in that year, under the approved begroting. */
  static Optional<Rejection> werkbudgetUsable(BegrotingState state, LocalDate date) {
    int jaar = state.drafted().document().jaar();
    if (date.getYear() != jaar) {
      return Optional.of(
          new Rejection(
              BegrotingRule.PC_CYCLE_ORDER,
              "date",
              "Het werkbudget van de begroting "
                  + jaar
                  + " wordt in "
                  + jaar
                  + " gebruikt, niet op "
                  + Dutch.date(date)));
    }
    return wrongStep(
            state.approved() == null,
            "Het werkbudget kan alleen worden gebruikt onder een vastgestelde begroting")
        .or(() -> open(state));
  }

  /** {@code what} names the earlier step as a sentence says it ("de vaststelling van ..."). */
  static Optional<Rejection> notBefore(
      String field, LocalDate day, String what, LocalDate earliest) {
    return day.isBefore(earliest)
        ? Optional.of(
            new Rejection(
                BegrotingRule.PC_CYCLE_ORDER, field, Dutch.dateBefore(field, day, what, earliest)))
        : Optional.empty();
  }

  private static Optional<Rejection> open(BegrotingState state) {
    return wrongStep(state.jaarrekening() != null, CLOSED);
  }

  private static Optional<Rejection> wrongStep(boolean wrong, String reason) {
    return wrong
        ? Optional.of(new Rejection(BegrotingRule.PC_CYCLE_ORDER, "begrotingId", reason))
        : Optional.empty();
  }
}
