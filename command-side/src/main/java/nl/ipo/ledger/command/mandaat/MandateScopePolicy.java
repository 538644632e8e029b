package nl.ipo.ledger.command.mandaat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import nl.ipo.ledger.command.Dutch;
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
          "De beslisser (" + decider + ") is niet de mandataris van " + mandate.describe());
    }
    for (MandaatFacts link = mandate; ; link = find(link.parent().orElseThrow())) {
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
        "De mandaatgever van "
            + root.describe()
            + " is op "
            + Dutch.date(day)
            + " zelf niet bevoegd om te besluiten over een "
            + type.label());
  }

  private MandaatFacts find(MandaatId id) {
    return mandaten
        .find(id)
        .orElseThrow(
            () ->
                new NotFoundException("mandaatId", "Er is geen mandaat met id " + id + " bekend"));
  }

  private static Optional<Rejection> reject(String field, String reason) {
    return Optional.of(new Rejection(MandaatRule.MANDATE_SCOPE, field, reason));
  }
}
