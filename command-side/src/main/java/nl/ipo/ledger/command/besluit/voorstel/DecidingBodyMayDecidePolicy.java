package nl.ipo.ledger.command.besluit.voorstel;

import java.time.LocalDate;
import java.util.Optional;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.besluit.BesluitRule;
import nl.ipo.ledger.command.gremium.GremiumFacts;
import nl.ipo.ledger.command.mandaat.MandaatFacts;
import nl.ipo.ledger.command.mandaat.MandateChain;
import nl.ipo.ledger.command.mandaat.MandateScopePolicy;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.competentie.CompetenceEvent.CompetenceAssigned;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.kernel.mandaat.MandaatId;

/**
 * A voorstel is addressed to a body that can decide it, so that none is accepted only to stay open
 * for ever: on the submission day the body exists and either the competence matrix names its kind
 * as decider of the voorstel's type, or the voorstel names the mandate under which the body will
 * decide. That mandate is the body's own (it is the mandataris), has not ended by the submission
 * day (it may begin later), and its terms cover the type and the subject. Whether the decision
 * itself then lies within the mandate (its day, ceiling, amount) is judged when it is taken ({@link
 * MandateScopePolicy}).
 */
public final class DecidingBodyMayDecidePolicy {

  private DecidingBodyMayDecidePolicy() {}

  public static Optional<Rejection> check(
      GremiumFacts body,
      BesluitType type,
      String subject,
      LocalDate day,
      Optional<CompetenceAssigned> matrix,
      MandaatId mandaatId,
      Optional<MandateChain> mandate) {
    if (!body.inForceOn(day)) {
      return reject(
          "decidingGremiumId",
          Dutch.capitalised(body.describe()) + " bestaat niet op " + Dutch.date(day));
    }
    if (mandaatId == null) {
      if (matrix.map(c -> c.deciders().contains(body.type())).orElse(false)) {
        return Optional.empty();
      }
      return reject(
          "decidingGremiumId",
          Dutch.capitalised(body.describe())
              + " mag op "
              + Dutch.date(day)
              + " niet besluiten over een "
              + type.label()
              + " (bevoegd: "
              + matrix
                  .map(
                      c ->
                          Dutch.list(
                              c.deciders().stream().map(GremiumType::label).sorted().toList()))
                  .orElse("niemand, er is geen bevoegdheid vastgelegd")
              + "). Richt het voorstel aan een bevoegd gremium, of noem het mandaat waaronder "
              + Dutch.gremium(body.type(), body.name())
              + " erover besluit (mandaatId).");
    }
    MandaatFacts held = mandate.orElseThrow(() -> MandateScopePolicy.unknown(mandaatId)).mandate();
    if (!held.mandataris().sameAs(Party.gremium(body.id()))) {
      return reject(
          "mandaatId",
          "Het mandaat dat het voorstel noemt (mandaatId) is niet verleend aan "
              + Dutch.gremium(body.type(), body.name())
              + ", aan wie het voorstel is gericht");
    }
    Optional<String> notValid = held.notValidOn(day);
    boolean beginsLater = day.isBefore(held.startDate());
    if (notValid.isPresent() && !beginsLater) {
      return reject(
          "mandaatId",
          "Het mandaat dat het voorstel noemt (mandaatId) geldt niet meer op "
              + Dutch.date(day)
              + ": "
              + notValid.get());
    }
    MandaatFacts.Version terms =
        beginsLater
            ? held.versionOn(held.startDate()).orElseThrow()
            : held.versionOn(day).orElseThrow();
    if (!terms.scope().covers(type, subject)) {
      return reject(
          "mandaatId",
          "Een "
              + type.label()
              + " over '"
              + subject
              + "' valt buiten het mandaat dat het voorstel noemt (mandaatId), dat geldt voor "
              + MandaatFacts.describe(terms.scope()));
    }
    return Optional.empty();
  }

  private static Optional<Rejection> reject(String field, String reason) {
    return Optional.of(new Rejection(BesluitRule.DECIDING_BODY_MAY_DECIDE, field, reason));
  }
}
