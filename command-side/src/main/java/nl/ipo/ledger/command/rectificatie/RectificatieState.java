package nl.ipo.ledger.command.rectificatie;

import java.util.List;
import java.util.stream.Stream;
import nl.ipo.ledger.kernel.rectificatie.RectificatieEvent;
import nl.ipo.ledger.kernel.rectificatie.RectificatieEvent.FactCorrected;
import nl.ipo.ledger.kernel.rectificatie.RectificatieEvent.FactRetracted;

/**
 * What is recorded about the corrections of one fact: each correction, in order, and the
 * retraction, if any. Immutable; each event gives a new state.
 */
record RectificatieState(List<FactCorrected> corrections, FactRetracted retracted) {

  static final RectificatieState NONE = new RectificatieState(List.of(), null);

  RectificatieState {
    corrections = List.copyOf(corrections);
  }

  RectificatieState with(RectificatieEvent event) {
    if (event instanceof FactCorrected c) {
      return new RectificatieState(
          Stream.concat(corrections.stream(), Stream.of(c)).toList(), retracted);
    }
    return new RectificatieState(corrections, (FactRetracted) event);
  }
}
