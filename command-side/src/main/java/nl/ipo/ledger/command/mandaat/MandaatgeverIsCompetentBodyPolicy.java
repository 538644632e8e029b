package nl.ipo.ledger.command.mandaat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.competentie.CompetenceVersions;
import nl.ipo.ledger.command.gremium.GremiumFacts;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.mandaat.MandaatScope;

/**
 * A mandate is granted by a body, never by a person (a person only sub-mandates), and a body can
 * only mandate what it may decide itself: it exists on the day, and for every decision type in the
 * scope the competence matrix in force that day lists its kind of body as a decider.
 */
final class MandaatgeverIsCompetentBodyPolicy {

  private MandaatgeverIsCompetentBodyPolicy() {}

  static Optional<Rejection> check(
      GremiumFacts mandaatgever, MandaatScope scope, LocalDate day, CompetenceVersions matrix) {
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

  /** The root of a chain of mandates is a body. */
  static Optional<Rejection> grantedByABody(Party mandaatgever) {
    if (mandaatgever.namesGremium()) {
      return Optional.empty();
    }
    return reject(
        "Een mandaat wordt verleend door een gremium (gremiumId); een persoon kan alleen"
            + " een ondermandaat verlenen");
  }

  private static Optional<Rejection> reject(String reason) {
    return Optional.of(
        new Rejection(MandaatRule.MANDAATGEVER_IS_COMPETENT_BODY, "mandaatgever", reason));
  }
}
