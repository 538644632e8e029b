package nl.ipo.ledger.kernel.competentie;

import java.time.LocalDate;
import java.util.Set;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.common.LedgerEvent;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import org.axonframework.serialization.Revision;

/** Versions of the competence matrix. */
public sealed interface CompetenceEvent extends LedgerEvent {

  /** The competence for one decision type, in force from {@code effectiveFrom} on. */
  @Revision("1")
  record CompetenceAssigned(
      BesluitType besluitType,
      Set<GremiumType> deciders,
      Set<GremiumType> advisers,
      VotingRule votingRule,
      LocalDate effectiveFrom,
      DecisionReference decision)
      implements CompetenceEvent {
    @Override
    public String aggregateIdentity() {
      return CompetenceCommand.MATRIX_ID;
    }

    @Override
    public LocalDate effectiveDate() {
      return effectiveFrom;
    }

    @Override
    public DecisionReference decisionReference() {
      return decision;
    }
  }
}
