package nl.ipo.ledger.command.gremium;

import java.util.Optional;
import nl.ipo.ledger.command.Dutch;
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
            Dutch.capitalised(Dutch.gremium(state.type(), state.name()))
                + " is opgeheven per "
                + Dutch.date(state.dissolution().effectiveDate())
                + " en kan niet meer veranderen"));
  }
}
