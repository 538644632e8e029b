package nl.ipo.ledger.command.mandaat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.competentie.CompetenceMatrixReader;
import nl.ipo.ledger.command.gremium.GremiumFacts;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.mandaat.MandaatScope;

/**
 * A body can only mandate what it may decide itself: for every decision type in the scope, the
 * competence matrix in force on the day lists the mandaatgever's kind of body as a decider.
 */
final class MandaatgeverCompetencePolicy {

  private MandaatgeverCompetencePolicy() {}

  static Optional<Rejection> check(
      GremiumFacts mandaatgever, MandaatScope scope, LocalDate day, CompetenceMatrixReader matrix) {
    if (!mandaatgever.inForceOn(day)) {
      return reject(
          "De mandaatgever, " + mandaatgever.describe() + ", bestaat niet op " + Dutch.date(day));
    }
    List<BesluitType> notCompetent =
        scope.besluitTypes().stream()
            .filter(
                type ->
                    matrix
                        .inForce(type, day)
                        .map(c -> !c.deciders().contains(mandaatgever.type()))
                        .orElse(true))
            .sorted()
            .toList();
    if (notCompetent.isEmpty()) {
      return Optional.empty();
    }
    return reject(
        "De mandaatgever, "
            + mandaatgever.describe()
            + ", mag op "
            + Dutch.date(day)
            + " zelf niet besluiten over "
            + Dutch.list(notCompetent.stream().map(type -> "een " + type.label()).toList())
            + " en kan dat dus ook niet mandateren");
  }

  private static Optional<Rejection> reject(String reason) {
    return Optional.of(
        new Rejection(MandaatRule.MANDAATGEVER_IS_COMPETENT_BODY, "mandaatgever", reason));
  }
}
