package nl.ipo.ledger.command.rectificatie;

import java.util.Optional;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.kernel.common.LedgerEvent;
import nl.ipo.ledger.kernel.rectificatie.RectificatieEvent;

/**
 * A correction or retraction is itself never corrected: a newer correction of the original fact
 * replaces the older one, and a retraction is final.
 */
final class NoCorrectionOfACorrectionPolicy {

  private NoCorrectionOfACorrectionPolicy() {}

  static Optional<Rejection> check(LedgerEvent replacement) {
    if (!(replacement instanceof RectificatieEvent)) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(
            RectificatieRule.NO_CORRECTION_OF_A_CORRECTION,
            "eventIdentifier",
            "Een correctie of intrekking wordt zelf niet gecorrigeerd: corrigeer het"
                + " oorspronkelijke feit opnieuw (de laatste correctie geldt)."));
  }
}
