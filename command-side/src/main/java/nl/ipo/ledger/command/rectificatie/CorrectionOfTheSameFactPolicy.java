package nl.ipo.ledger.command.rectificatie;

import java.util.Optional;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.kernel.common.LedgerEvent;

/** A correction replaces a fact by the same kind of fact about the same record. */
final class CorrectionOfTheSameFactPolicy {

  private CorrectionOfTheSameFactPolicy() {}

  static Optional<Rejection> check(LedgerEvent original, LedgerEvent replacement) {
    if (original.getClass() == replacement.getClass()
        && original.aggregateIdentity().equals(identity(replacement))) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(
            RectificatieRule.CORRECTION_OF_THE_SAME_FACT,
            "replacement",
            "Een correctie vervangt een feit door hetzelfde soort feit over hetzelfde record ("
                + original.aggregateIdentity()
                + "); voor een ander feit is een eigen opdracht nodig."));
  }

  /** A replacement may lack its identity altogether; that is a wrong fact, not a crash. */
  private static String identity(LedgerEvent replacement) {
    try {
      return replacement.aggregateIdentity();
    } catch (RuntimeException missing) {
      return null;
    }
  }
}
