package nl.ipo.ledger.command.besluit.besluiten;

import java.time.LocalDate;
import java.util.Optional;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.besluit.BesluitRule;
import nl.ipo.ledger.command.gremium.GremiumFacts;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.competentie.CompetenceEvent.CompetenceAssigned;
import nl.ipo.ledger.kernel.gremium.GremiumType;

/**
 * Without a mandate, the decider is a body that exists on the decision date and whose kind the
 * competence matrix in force that day names as decider; a person always needs a mandate (see {@code
 * MandateScopePolicy}).
 */
public final class CompetencePolicy {

  private CompetencePolicy() {}

  public static Optional<Rejection> check(
      GremiumFacts decider, BesluitType type, LocalDate day, Optional<CompetenceAssigned> matrix) {
    if (!decider.inForceOn(day)) {
      return Optional.of(
          new Rejection(
              BesluitRule.COMPETENCE,
              "decider",
              Dutch.capitalised(decider.describe()) + " bestaat niet op " + Dutch.date(day)));
    }
    if (matrix.map(c -> c.deciders().contains(decider.type())).orElse(false)) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(
            BesluitRule.COMPETENCE,
            "decider",
            Dutch.capitalised(decider.describe())
                + " is op "
                + Dutch.date(day)
                + " niet bevoegd om te besluiten over een "
                + type.label()
                + " en handelt niet onder mandaat; bevoegd: "
                + matrix
                    .map(
                        c ->
                            Dutch.list(
                                c.deciders().stream().map(GremiumType::label).sorted().toList()))
                    .orElse("niemand (er is geen bevoegdheid vastgelegd)")));
  }

  /** Only a body decides without a mandate; a person always needs one. */
  public static Optional<Rejection> personWithoutMandate(String person) {
    return Optional.of(
        new Rejection(
            BesluitRule.COMPETENCE,
            "mandaatId",
            person + " is geen gremium en kan alleen onder mandaat besluiten (mandaatId)"));
  }
}
