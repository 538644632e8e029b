package nl.ipo.ledger.command.besluit;

import java.util.Optional;
import nl.ipo.ledger.command.Rejection;

/** Only an effect of an adopted besluit is recorded as carried out or failed. */
final class EffectUnknownPolicy {

  private EffectUnknownPolicy() {}

  static Optional<Rejection> check(BesluitState state, int index) {
    if (state.besluit() != null
        && state.besluit().outcome().isAdopted()
        && index >= 0
        && index < state.besluit().effects().size()) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(
            BesluitRule.EFFECT_UNKNOWN,
            "effectIndex",
            "Het voorstel heeft geen aangenomen effect " + index));
  }
}
