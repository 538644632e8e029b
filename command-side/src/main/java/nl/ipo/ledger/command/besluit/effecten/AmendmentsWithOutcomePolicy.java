package nl.ipo.ledger.command.besluit.effecten;

import java.util.List;
import java.util.Optional;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.besluit.BesluitRule;
import nl.ipo.ledger.kernel.besluit.BesluitOutcome;
import nl.ipo.ledger.kernel.besluit.Effect;

/** Amended effects come with, and only with, an adoption with amendments. */
public final class AmendmentsWithOutcomePolicy {

  private AmendmentsWithOutcomePolicy() {}

  public static Optional<Rejection> check(BesluitOutcome outcome, List<Effect> amendedEffects) {
    boolean amended = outcome == BesluitOutcome.ADOPTED_WITH_AMENDMENTS;
    if (amended == (amendedEffects != null)) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(
            BesluitRule.AMENDMENTS_WITH_OUTCOME,
            "amendedEffects",
            amended
                ? "Bij de uitkomst '"
                    + BesluitOutcome.ADOPTED_WITH_AMENDMENTS.label()
                    + "' horen de geamendeerde effecten; geef ze op"
                : "Geamendeerde effecten horen alleen bij de uitkomst '"
                    + BesluitOutcome.ADOPTED_WITH_AMENDMENTS.label()
                    + "'"));
  }
}
