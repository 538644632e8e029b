package nl.ipo.ledger.command.gremium;

import java.util.Map;
import java.util.Optional;
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
      return reject("a gremium cannot be its own parent");
    }
    if (!parent.inForceOn(command.beginDate())) {
      return reject(
          "parent gremium '"
              + parent.name()
              + "' does not exist on "
              + command.beginDate()
              + " (from "
              + parent.beginDate()
              + parent.endExclusive().map(e -> " until " + e).orElse("")
              + ")");
    }
    GremiumType required = REQUIRED_PARENT_TYPE.get(command.type());
    if (required != null && parent.type() != required) {
      return reject(
          "an "
              + command.type().label()
              + " prepares a "
              + required.label()
              + ", but parent '"
              + parent.name()
              + "' is a "
              + parent.type().label());
    }
    return Optional.empty();
  }

  private static Optional<Rejection> reject(String reason) {
    return Optional.of(new Rejection(GremiumRule.PARENT_GREMIUM, "parentId", reason));
  }
}
