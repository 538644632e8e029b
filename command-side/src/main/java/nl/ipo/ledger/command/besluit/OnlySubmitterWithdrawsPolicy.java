package nl.ipo.ledger.command.besluit;

import java.util.Optional;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.kernel.common.Party;

/** Only the one who submitted a voorstel withdraws it. */
final class OnlySubmitterWithdrawsPolicy {

  private OnlySubmitterWithdrawsPolicy() {}

  static Optional<Rejection> check(BesluitState state, Party withdrawnBy) {
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
