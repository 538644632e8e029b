package nl.ipo.ledger.command.mandaat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.competentie.CompetenceMatrixReader;
import nl.ipo.ledger.command.gremium.GremiumDirectory;
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

  private final MandaatDirectory mandaten;
  private final GremiumDirectory gremia;
  private final CompetenceMatrixReader matrix;

  public MandateScopePolicy(
      MandaatDirectory mandaten, GremiumDirectory gremia, CompetenceMatrixReader matrix) {
    this.mandaten = mandaten;
    this.gremia = gremia;
    this.matrix = matrix;
  }

  public Optional<Rejection> check(
      MandaatId mandaatId,
      Party decider,
      BesluitType type,
      String subject,
      BigDecimal amount,
      LocalDate day) {
    MandaatFacts mandate = find(mandaatId);
    if (!mandate.mandataris().sameAs(decider)) {
      return reject(
          "decider",
          "the decider (" + decider + ") is not the mandataris of " + mandate.describe());
    }
    for (MandaatFacts link = mandate; ; link = find(link.parent().orElseThrow())) {
      Optional<String> notValid = link.notValidOn(day);
      if (notValid.isPresent()) {
        return reject(
            "mandaatId", link.describe() + " does not hold on " + day + ": " + notValid.get());
      }
      Version terms = link.versionOn(day).orElseThrow();
      if (!terms.scope().covers(type, subject)) {
        return reject(
            "mandaatId",
            "a "
                + type.label()
                + " on '"
                + subject
                + "' lies outside the scope of "
                + link.describe()
                + ": "
                + terms.scope());
      }
      if (terms.ceiling() != null) {
        if (amount == null) {
          return reject("amount", link.describe() + " has a ceiling; state the amount decided");
        }
        if (amount.compareTo(terms.ceiling()) > 0) {
          return reject(
              "amount",
              "EUR "
                  + amount
                  + " exceeds the ceiling of EUR "
                  + terms.ceiling()
                  + " of "
                  + link.describe());
        }
      }
      if (link.parent().isEmpty()) {
        return rootCompetent(link, type, day);
      }
    }
  }

  private Optional<Rejection> rootCompetent(MandaatFacts root, BesluitType type, LocalDate day) {
    Optional<GremiumFacts> gever =
        root.mandaatgever().namesGremium()
            ? gremia.find(root.mandaatgever().gremiumId())
            : Optional.empty();
    Set<?> deciders = matrix.inForce(type, day).map(c -> (Set<?>) c.deciders()).orElse(Set.of());
    if (gever.isPresent() && gever.get().inForceOn(day) && deciders.contains(gever.get().type())) {
      return Optional.empty();
    }
    return reject(
        "mandaatId",
        "the mandaatgever of "
            + root.describe()
            + " is not itself competent to decide a "
            + type.label()
            + " on "
            + day);
  }

  private MandaatFacts find(MandaatId id) {
    return mandaten
        .find(id)
        .orElseThrow(
            () -> new NotFoundException("mandaatId", "no mandaat with id " + id + " is known"));
  }

  private static Optional<Rejection> reject(String field, String reason) {
    return Optional.of(new Rejection(MandaatRule.MANDATE_SCOPE, field, reason));
  }
}
