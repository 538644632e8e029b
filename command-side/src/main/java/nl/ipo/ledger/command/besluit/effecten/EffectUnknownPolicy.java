package nl.ipo.ledger.command.besluit.effecten;

import java.util.Optional;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.besluit.BesluitRule;
import nl.ipo.ledger.command.besluit.BesluitState;

/** Only an effect of an adopted besluit is recorded as carried out or failed. */
public final class EffectUnknownPolicy {

  private EffectUnknownPolicy() {}

  public static Optional<Rejection> check(BesluitState state, int index) {
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
