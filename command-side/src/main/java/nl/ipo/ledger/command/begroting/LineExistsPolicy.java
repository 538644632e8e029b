package nl.ipo.ledger.command.begroting;

import java.util.Optional;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.kernel.begroting.CostLine;

/** A wijziging or a realisation names a cost line the begroting has. */
final class LineExistsPolicy {

  private LineExistsPolicy() {}

  static Optional<Rejection> check(BegrotingState state, String code, CostLine line) {
    if (state.hasLine(code, line)) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(
            BegrotingRule.LINE_EXISTS,
            "opgaveCode",
            "De begroting heeft voor beleidsopgave " + code + " geen post " + line.label()));
  }
}
