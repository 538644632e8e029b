package nl.ipo.ledger.kernel.competentie;

import java.time.LocalDate;
import java.util.Set;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.common.Bounds;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Commands on the competence matrix: which kind of body decides, and which advises, on each type of
 * decision. The matrix is data, versioned as events: a statute change assigns a competence anew
 * from its effective date, and every decision is judged by the version in force on its date.
 */
public sealed interface CompetenceCommand {

  /** There is one matrix: the IPO statutes. */
  String MATRIX_ID = "ipo-competentiematrix";

  /**
   * Assigns the competence for one decision type from {@code effectiveFrom} on.
   *
   * @param deciders the kinds of body that may take the decision
   * @param advisers the kinds of body that may advise on it
   */
  record AssignCompetence(
      BesluitType besluitType,
      Set<GremiumType> deciders,
      Set<GremiumType> advisers,
      VotingRule votingRule,
      LocalDate effectiveFrom,
      DecisionReference decision)
      implements CompetenceCommand {

    public AssignCompetence {
      InvalidValueException.required("besluitType", besluitType);
      deciders = Bounds.set("deciders", InvalidValueException.required("deciders", deciders), 50);
      advisers = advisers == null ? Set.of() : Bounds.set("advisers", advisers, 50);
      votingRule = votingRule == null ? VotingRule.MAJORITY_OF_VOTES_CAST : votingRule;
      InvalidValueException.required("effectiveFrom", effectiveFrom);
      InvalidValueException.required("decisionReference", decision);
    }

    @TargetAggregateIdentifier
    public String matrixId() {
      return MATRIX_ID;
    }
  }
}
