package nl.ipo.ledger.command.besluit.voorstel;

import java.util.Optional;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.besluit.BesluitRule;
import nl.ipo.ledger.command.besluit.BesluitState;
import nl.ipo.ledger.kernel.common.Party;

/** Only the one who submitted a voorstel withdraws it. */
public final class OnlySubmitterWithdrawsPolicy {

  private OnlySubmitterWithdrawsPolicy() {}

  public static Optional<Rejection> check(BesluitState state, Party withdrawnBy) {
    Party submitter = state.voorstel().submittedBy();
    if (submitter.sameAs(withdrawnBy)) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(
            BesluitRule.ONLY_SUBMITTER_WITHDRAWS,
            "withdrawnBy",
            "Alleen de indiener (" + submitter + ") kan het voorstel intrekken"));
  }
}
