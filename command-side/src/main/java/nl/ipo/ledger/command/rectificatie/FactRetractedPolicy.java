package nl.ipo.ledger.command.rectificatie;

import java.util.Optional;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.kernel.rectificatie.RectificatieEvent.FactRetracted;

/** A retracted fact stays retracted: it is neither corrected nor retracted again. */
final class FactRetractedPolicy {

  private FactRetractedPolicy() {}

  /**
   * @param retracted the fact's retraction, or null
   */
  static Optional<Rejection> check(FactRetracted retracted) {
    return retracted == null
        ? Optional.empty()
        : Optional.of(
            new Rejection(
                RectificatieRule.FACT_RETRACTED,
                "eventIdentifier",
                "Dit feit is ingetrokken ("
                    + retracted.reason()
                    + ") en kan niet meer worden"
                    + " gecorrigeerd of opnieuw ingetrokken."));
  }
}
