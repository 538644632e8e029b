package nl.ipo.ledger.command.besluit;

import java.time.LocalDate;
import java.util.Optional;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.gremium.GremiumFacts;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.competentie.CompetenceEvent.CompetenceAssigned;
import nl.ipo.ledger.kernel.gremium.GremiumType;

/**
 * A body decides only what the competence matrix in force on the decision date gives its kind of
 * body; anyone else needs a mandate (see {@code MandateScopePolicy}).
 */
final class CompetencePolicy {

  private CompetencePolicy() {}

  static Optional<Rejection> check(
      GremiumFacts decider, BesluitType type, LocalDate day, Optional<CompetenceAssigned> matrix) {
    if (matrix.map(c -> c.deciders().contains(decider.type())).orElse(false)) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(
            BesluitRule.COMPETENCE,
            "decider",
            decider.describe()
                + " is not competent to decide a "
                + type.label()
                + " on "
                + day
                + " and acts under no mandate; competent: "
                + matrix
                    .map(
                        c ->
                            c.deciders().stream()
                                .map(GremiumType::label)
                                .sorted()
                                .toList()
                                .toString())
                    .orElse("nobody (no competence recorded)")));
  }

  /** Only a body decides without a mandate; a person always needs one. */
  static Rejection personWithoutMandate(String person) {
    return new Rejection(
        BesluitRule.COMPETENCE,
        "mandaatId",
        person + " is not a body and can only decide under a mandate (mandaatId)");
  }
}
