package nl.ipo.ledger.kernel.besluit;

import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.kernel.mandaat.MandaatId;

/**
 * Why the decider could take a besluit, as the ledger found it on the decision date: the competence
 * the statutes' competence matrix gives its kind of body, or a mandate. Recorded with the besluit,
 * because it is evidence of the decision (which matrix the ledger relied on), not a view of it.
 *
 * @param body the kind of body whose own competence it was; null under a mandate
 * @param matrixDecision the decision that set the competence matrix in force that day; null under a
 *     mandate, or when no matrix was in force
 * @param mandaatId the mandate the besluit was taken under; null for the body's own competence
 */
public record CompetenceBasis(GremiumType body, String matrixDecision, MandaatId mandaatId) {

  public static CompetenceBasis ownCompetence(GremiumType body, String matrixDecision) {
    return new CompetenceBasis(body, matrixDecision, null);
  }

  public static CompetenceBasis mandate(MandaatId mandaatId) {
    return new CompetenceBasis(null, null, mandaatId);
  }

  public boolean underMandate() {
    return mandaatId != null;
  }
}
