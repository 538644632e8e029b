package nl.ipo.ledger.command.besluit;

import java.util.List;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.besluit.effecten.BesluitEffects;
import nl.ipo.ledger.command.besluit.effecten.EffectUnknownPolicy;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.RecordEffectCarriedOut;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.RecordEffectFailed;
import nl.ipo.ledger.kernel.besluit.BesluitEvent;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitEffectCarriedOut;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitEffectFailed;
import nl.ipo.ledger.kernel.besluit.Effect;

/**
 * Decides which events the outcome of carrying out one of an adopted besluit's effects records. An
 * empty list is an explicit no-op (the outcome is recorded already); a broken rule throws.
 */
final class EffectDecisions {

  private EffectDecisions() {}

  static List<BesluitEvent> effectCarriedOut(BesluitState state, RecordEffectCarriedOut command) {
    if (state.effectsHandled().contains(command.effectIndex())) {
      return List.of();
    }
    Effect effect = adoptedEffect(state, command.effectIndex());
    return List.of(
        new BesluitEffectCarriedOut(
            command.besluitId(),
            command.effectIndex(),
            effect,
            BesluitEffects.date(effect, state.besluit())));
  }

  static List<BesluitEvent> effectFailed(BesluitState state, RecordEffectFailed command) {
    if (state.effectsHandled().contains(command.effectIndex())) {
      return List.of();
    }
    Effect effect = adoptedEffect(state, command.effectIndex());
    return List.of(
        new BesluitEffectFailed(
            command.besluitId(),
            command.effectIndex(),
            effect,
            BesluitEffects.date(effect, state.besluit()),
            command.reason()));
  }

  private static Effect adoptedEffect(BesluitState state, int index) {
    Rejection.throwFirst(EffectUnknownPolicy.check(state, index));
    return state.besluit().effects().get(index);
  }
}
