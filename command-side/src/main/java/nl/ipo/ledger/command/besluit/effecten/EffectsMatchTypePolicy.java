package nl.ipo.ledger.command.besluit.effecten;

import java.util.List;
import java.util.Optional;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.besluit.BesluitRule;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.besluit.Effect;

/** Only a structuurwijziging establishes, renames, merges or dissolves gremia. */
public final class EffectsMatchTypePolicy {

  private EffectsMatchTypePolicy() {}

  public static Optional<Rejection> check(BesluitType type, List<Effect> effects, String field) {
    if (type == BesluitType.STRUCTUURWIJZIGING || effects.stream().noneMatch(Effect::structural)) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(
            BesluitRule.EFFECTS_MATCH_TYPE,
            field,
            "Een "
                + type.label()
                + " kan geen gremia instellen, hernoemen, samenvoegen of opheffen; leg dat vast"
                + " als structuurwijziging"));
  }
}
