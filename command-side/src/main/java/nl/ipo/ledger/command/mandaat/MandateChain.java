package nl.ipo.ledger.command.mandaat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.ipo.ledger.command.gremium.GremiumDirectory;
import nl.ipo.ledger.command.gremium.GremiumFacts;
import nl.ipo.ledger.kernel.competentie.CompetenceEvent.CompetenceAssigned;
import nl.ipo.ledger.kernel.mandaat.MandaatId;

/**
 * A mandate and every mandate above it, up to the one a body granted, with what the top of the
 * chain needs: the granting body and the competence in force for the decision's type on its day.
 * Read before a decision under the mandate is judged ({@link MandateScopePolicy}).
 *
 * @param links the mandate first, its parent next, the root last
 * @param rootGever the body that granted the root, if it is a known gremium
 * @param competence the competence in force for the type on the day, if any
 */
public record MandateChain(
    List<MandaatFacts> links,
    Optional<GremiumFacts> rootGever,
    Optional<CompetenceAssigned> competence) {

  public MandateChain {
    links = List.copyOf(links);
    if (links.isEmpty()) {
      throw new IllegalArgumentException("a mandate chain has at least the mandate itself");
    }
  }

  /**
   * Reads the chain from the mandates' streams; empty when the mandate itself is unknown (a parent
   * always exists: a sub-mandate is granted only under a known one).
   *
   * @param competence the competence in force for the decision's type on its day, as the caller
   *     already read it for its own rules
   */
  public static Optional<MandateChain> load(
      MandaatId mandaatId,
      Optional<CompetenceAssigned> competence,
      MandaatDirectory mandaten,
      GremiumDirectory gremia) {
    Optional<MandaatFacts> mandate = mandaten.find(mandaatId);
    if (mandate.isEmpty()) {
      return Optional.empty();
    }
    List<MandaatFacts> links = new ArrayList<>();
    for (MandaatFacts link = mandate.get(); ; ) {
      links.add(link);
      Optional<MandaatId> parent = link.parent();
      if (parent.isEmpty()) {
        break;
      }
      link =
          mandaten
              .find(parent.get())
              .orElseThrow(
                  () ->
                      new IllegalStateException("Parent mandate " + parent.get() + " is unknown"));
    }
    MandaatFacts root = links.get(links.size() - 1);
    Optional<GremiumFacts> gever =
        root.mandaatgever().namesGremium()
            ? gremia.find(root.mandaatgever().gremiumId())
            : Optional.empty();
    return Optional.of(new MandateChain(links, gever, competence));
  }

  public MandaatFacts mandate() {
    return links.get(0);
  }
}
