package nl.ipo.ledger.command.mandaat;

import java.util.Optional;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.command.Rejection;

/** A revoked or expired mandate no longer changes. */
final class MandaatClosedPolicy {

  private MandaatClosedPolicy() {}

  static Optional<Rejection> check(MandaatFacts state) {
    if (!state.isClosed()) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(
            MandaatRule.MANDAAT_CLOSED,
            "mandaatId",
            Dutch.capitalised(state.describe())
                + (state.revokedFrom() != null
                    ? " is ingetrokken per " + Dutch.date(state.revokedFrom())
                    : " is verlopen op " + Dutch.date(state.expiredOn()))
                + " en kan niet meer veranderen"));
  }
}
