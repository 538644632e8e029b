package nl.ipo.ledger.command.mandaat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.gremium.GremiumFacts;
import nl.ipo.ledger.command.mandaat.MandaatFacts.Version;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.error.NotFoundException;
import nl.ipo.ledger.kernel.mandaat.MandaatId;

/**
 * A decision taken under a mandate must lie within it: taken by the mandataris, on a day the
 * mandate (and every mandate above it) holds, within each one's scope and ceiling, and the body at
 * the top of the chain must itself be competent for the decision on that day.
 */
public final class MandateScopePolicy {

  private MandateScopePolicy() {}

  /** Judges a decision against a chain read before (a pure function of its inputs). */
  public static Optional<Rejection> check(
      MandateChain chain,
      Party decider,
      BesluitType type,
      String subject,
      BigDecimal amount,
      LocalDate day) {
    MandaatFacts mandate = chain.mandate();
    if (!mandate.mandataris().sameAs(decider)) {
      return reject(
          "decider",
          "De beslisser (" + decider + ") is niet de mandataris van " + mandate.describe());
    }
    for (MandaatFacts link : chain.links()) {
      Optional<String> notValid = link.notValidOn(day);
      if (notValid.isPresent()) {
        return reject(
            "mandaatId",
            Dutch.capitalised(link.describe())
                + " geldt niet op "
                + Dutch.date(day)
                + ": "
                + notValid.get());
      }
      Version terms = link.versionOn(day).orElseThrow();
      if (!terms.scope().covers(type, subject)) {
        return reject(
            "mandaatId",
            "Een "
                + type.label()
                + " over '"
                + subject
                + "' valt buiten "
                + link.describe()
                + ", dat geldt voor "
                + MandaatFacts.describe(terms.scope()));
      }
      if (terms.ceiling() != null) {
        if (amount == null) {
          return reject(
              "amount",
              Dutch.capitalised(link.describe())
                  + " heeft een maximumbedrag; geef het bedrag van het besluit op");
        }
        if (amount.compareTo(terms.ceiling()) > 0) {
          return reject(
              "amount",
              Dutch.amount(amount)
                  + " is meer dan het maximumbedrag van "
                  + Dutch.amount(terms.ceiling())
                  + " van "
                  + link.describe());
        }
      }
    }
    return rootCompetent(chain, type, day);
  }

  private static Optional<Rejection> rootCompetent(
      MandateChain chain, BesluitType type, LocalDate day) {
    Optional<GremiumFacts> gever = chain.rootGever();
    Set<?> deciders = chain.competence().map(c -> (Set<?>) c.deciders()).orElse(Set.of());
    if (gever.isPresent() && gever.get().inForceOn(day) && deciders.contains(gever.get().type())) {
      return Optional.empty();
    }
    return reject(
        "mandaatId",
        "De mandaatgever van "
            + chain.links().get(chain.links().size() - 1).describe()
            + " is op "
            + Dutch.date(day)
            + " zelf niet bevoegd om te besluiten over een "
            + type.label());
  }

  /** The answer to a decision that names a mandate the ledger does not know. */
  public static NotFoundException unknown(MandaatId id) {
    return new NotFoundException("mandaatId", "Er is geen mandaat met id " + id + " bekend");
  }

  private static Optional<Rejection> reject(String field, String reason) {
    return Optional.of(new Rejection(MandaatRule.MANDATE_SCOPE, field, reason));
  }
}
