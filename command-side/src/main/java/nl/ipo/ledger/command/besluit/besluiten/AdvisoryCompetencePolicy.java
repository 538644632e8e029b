package nl.ipo.ledger.command.besluit.besluiten;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.besluit.BesluitRule;
import nl.ipo.ledger.command.gremium.GremiumFacts;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.competentie.CompetenceEvent.CompetenceAssigned;
import nl.ipo.ledger.kernel.gremium.GremiumType;

/** Advice comes from a body that the matrix names as adviser for the type, and that exists. */
public final class AdvisoryCompetencePolicy {

  private AdvisoryCompetencePolicy() {}

  public static Optional<Rejection> check(
      GremiumFacts adviser, BesluitType type, LocalDate day, Optional<CompetenceAssigned> matrix) {
    if (!adviser.inForceOn(day)) {
      return reject(Dutch.capitalised(adviser.describe()) + " bestaat niet op " + Dutch.date(day));
    }
    if (matrix.map(c -> c.advisers().contains(adviser.type())).orElse(false)) {
      return Optional.empty();
    }
    return reject(
        "Een "
            + adviser.type().label()
            + " adviseert niet over een "
            + type.label()
            + "; volgens de competentiematrix adviseren: "
            + Dutch.list(
                matrix
                    .map(c -> c.advisers().stream().map(GremiumType::label).sorted().toList())
                    .orElse(List.of())));
  }

  private static Optional<Rejection> reject(String reason) {
    return Optional.of(new Rejection(BesluitRule.ADVISORY_COMPETENCE, "advisingGremiumId", reason));
  }
}
