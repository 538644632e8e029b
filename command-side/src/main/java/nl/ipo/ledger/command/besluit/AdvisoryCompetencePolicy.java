package nl.ipo.ledger.command.besluit;

import java.time.LocalDate;
import java.util.Optional;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.gremium.GremiumFacts;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.competentie.CompetenceEvent.CompetenceAssigned;
import nl.ipo.ledger.kernel.gremium.GremiumType;

/** Advice comes from a body that the matrix names as adviser for the type, and that exists. */
final class AdvisoryCompetencePolicy {

  private AdvisoryCompetencePolicy() {}

  static Optional<Rejection> check(
      GremiumFacts adviser, BesluitType type, LocalDate day, Optional<CompetenceAssigned> matrix) {
    if (!adviser.inForceOn(day)) {
      return reject(adviser.describe() + " does not exist on " + day);
    }
    if (matrix.map(c -> c.advisers().contains(adviser.type())).orElse(false)) {
      return Optional.empty();
    }
    return reject(
        "a "
            + adviser.type().label()
            + " does not advise on a "
            + type.label()
            + "; advisers: "
            + matrix
                .map(
                    c -> c.advisers().stream().map(GremiumType::label).sorted().toList().toString())
                .orElse("none"));
  }

  private static Optional<Rejection> reject(String reason) {
    return Optional.of(new Rejection(BesluitRule.ADVISORY_COMPETENCE, "advisingGremiumId", reason));
  }
}
