package nl.ipo.ledger.command.gremium;

import java.util.Map;
import java.util.Optional;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.EstablishGremium;
import nl.ipo.ledger.kernel.gremium.GremiumType;

/**
 * A gremium's parent exists on the day the child begins, and a preparing body hangs under the kind
 * of body it prepares: an AAC prepares a BAC, an AC prepares a BC.
 */
final class ParentGremiumPolicy {

  private static final Map<GremiumType, GremiumType> REQUIRED_PARENT_TYPE =
      Map.of(GremiumType.AAC, GremiumType.BAC, GremiumType.AC, GremiumType.BC);

  private ParentGremiumPolicy() {}

  static Optional<Rejection> check(EstablishGremium command, GremiumState parent) {
    if (command.parentId().equals(command.gremiumId())) {
      return reject("Een gremium kan niet onder zichzelf vallen");
    }
    if (!parent.inForceOn(command.beginDate())) {
      return reject(
          Dutch.capitalised(Dutch.gremium(parent.type(), parent.name()))
              + " bestaat niet op "
              + Dutch.date(command.beginDate())
              + ", de begindatum van het gremium dat eronder valt, maar alleen "
              + Dutch.period(parent.beginDate(), parent.endExclusive().orElse(null)));
    }
    GremiumType required = REQUIRED_PARENT_TYPE.get(command.type());
    if (required != null && parent.type() != required) {
      return reject(
          "Een "
              + command.type().label()
              + " bereidt het werk van een "
              + required.label()
              + " voor en valt daarom onder een "
              + required.label()
              + ", maar "
              + Dutch.gremium(parent.type(), parent.name())
              + " is een "
              + parent.type().label());
    }
    return Optional.empty();
  }

  private static Optional<Rejection> reject(String reason) {
    return Optional.of(new Rejection(GremiumRule.PARENT_GREMIUM, "parentId", reason));
  }
}
