package nl.ipo.ledger.command.gremium;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumType;

/**
 * A gremium's parent exists on the day the child begins, and a preparing body hangs under the kind
 * of body it prepares: an AAC prepares a BAC, an AC prepares a BC. Asked when a gremium is
 * established, directly or by a besluit's effect (the parent may then be one the same besluit
 * creates: {@link GremiumFacts#planned}).
 */
public final class ParentGremiumPolicy {

  private static final Map<GremiumType, GremiumType> REQUIRED_PARENT_TYPE =
      Map.of(GremiumType.AAC, GremiumType.BAC, GremiumType.AC, GremiumType.BC);

  private ParentGremiumPolicy() {}

  public static Optional<Rejection> check(
      GremiumId child, GremiumType childType, LocalDate beginDate, GremiumFacts parent) {
    if (parent.id().equals(child)) {
      return reject("Een gremium kan niet onder zichzelf vallen");
    }
    if (!parent.inForceOn(beginDate)) {
      return reject(
          Dutch.capitalised(Dutch.gremium(parent.type(), parent.name()))
              + " bestaat niet op "
              + Dutch.date(beginDate)
              + ", de begindatum van het gremium dat eronder valt, maar alleen "
              + Dutch.period(parent.beginDate(), parent.endExclusive()));
    }
    GremiumType required = REQUIRED_PARENT_TYPE.get(childType);
    if (required != null && parent.type() != required) {
      return reject(
          "Een "
              + childType.label()
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
