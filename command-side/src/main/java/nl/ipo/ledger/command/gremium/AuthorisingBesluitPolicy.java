package nl.ipo.ledger.command.gremium;

import java.util.Optional;
import java.util.Set;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.besluit.AuthorisingBesluit;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitTaken;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.common.DecisionReference;

/**
 * A change to a gremium that names a besluit in the ledger rests on one that was taken and adopted:
 * a structuurwijziging for establishing, renaming or dissolving a body; a benoeming or a
 * structuurwijziging for a seat (appointed or ended). See {@link AuthorisingBesluit}.
 */
final class AuthorisingBesluitPolicy {

  static final Set<BesluitType> FOR_THE_BODY = Set.of(BesluitType.STRUCTUURWIJZIGING);
  static final Set<BesluitType> FOR_A_SEAT =
      Set.of(BesluitType.BENOEMING, BesluitType.STRUCTUURWIJZIGING);

  private AuthorisingBesluitPolicy() {}

  static Optional<Rejection> check(
      DecisionReference decision,
      Optional<BesluitTaken> taken,
      Set<BesluitType> fitting,
      String change) {
    return AuthorisingBesluit.problem(decision, taken, fitting, change)
        .map(
            reason ->
                new Rejection(
                    GremiumRule.AUTHORISING_BESLUIT, "decisionReference.besluitId", reason));
  }
}
