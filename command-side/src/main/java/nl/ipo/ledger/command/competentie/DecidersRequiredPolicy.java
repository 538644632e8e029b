package nl.ipo.ledger.command.competentie;

import java.util.Optional;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.kernel.competentie.CompetenceCommand.AssignCompetence;

/** Every decision type has at least one kind of body that may take it. */
final class DecidersRequiredPolicy {

  private DecidersRequiredPolicy() {}

  static Optional<Rejection> check(AssignCompetence command) {
    if (!command.deciders().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(
            CompetenceRule.DECIDERS_REQUIRED,
            "deciders",
            "Voor een "
                + command.besluitType().label()
                + " moet minstens één soort gremium bevoegd zijn om te besluiten"));
  }
}
