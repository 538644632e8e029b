package nl.ipo.ledger.command.gremium;

import java.util.Optional;
import nl.ipo.ledger.command.Rejection;

/** Once a gremium is dissolved (opgeheven), nothing about it changes any more. */
final class DissolvedGremiumIsClosedPolicy {

  private DissolvedGremiumIsClosedPolicy() {}

  static Optional<Rejection> check(GremiumState state) {
    if (!state.isDissolved()) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(
            GremiumRule.DISSOLVED_GREMIUM_IS_CLOSED,
            "gremiumId",
            "gremium '"
                + state.name()
                + "' was dissolved on "
                + state.dissolution().effectiveDate()
                + " and can no longer change"));
  }
}
