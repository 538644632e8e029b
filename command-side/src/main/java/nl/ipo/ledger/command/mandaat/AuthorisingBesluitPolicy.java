package nl.ipo.ledger.command.mandaat;

import java.util.Optional;
import java.util.Set;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.besluit.AuthorisingBesluit;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitTaken;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.common.DecisionReference;

/**
 * A mandate (granted, amended or revoked) that names a besluit in the ledger rests on one that was
 * taken and adopted, a mandaatverlening or a structuurwijziging (which may set up a body with its
 * mandate). See {@link AuthorisingBesluit}.
 */
final class AuthorisingBesluitPolicy {

  static final Set<BesluitType> FITTING =
      Set.of(BesluitType.MANDAATVERLENING, BesluitType.STRUCTUURWIJZIGING);

  private AuthorisingBesluitPolicy() {}

  static Optional<Rejection> check(DecisionReference decision, Optional<BesluitTaken> taken) {
    return AuthorisingBesluit.problem(decision, taken, FITTING, "een mandaat")
        .map(
            reason ->
                new Rejection(
                    MandaatRule.AUTHORISING_BESLUIT, "decisionReference.besluitId", reason));
  }
}
