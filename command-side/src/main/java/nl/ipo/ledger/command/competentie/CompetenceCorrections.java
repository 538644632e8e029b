package nl.ipo.ledger.command.competentie;

import java.util.List;
import java.util.Optional;
import nl.ipo.ledger.command.CorrectionObeysTheRulesPolicy;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.kernel.competentie.CompetenceCommand.AssignCompetence;
import nl.ipo.ledger.kernel.competentie.CompetenceEvent;
import nl.ipo.ledger.kernel.competentie.CompetenceEvent.CompetenceAssigned;

/**
 * The matrix's rule applied to a corrected version: it is assigned again by {@link
 * CompetenceDecisions}, against the versions recorded before it, so it still names at least one
 * kind of body that decides. The besluiten and mandates judged under the old version were judged
 * when they were recorded; a corrected matrix does not judge them again.
 */
public final class CompetenceCorrections {

  private CompetenceCorrections() {}

  /**
   * @param before the matrix's versions before the corrected one, in order
   * @param replacement the corrected version
   */
  public static Optional<Rejection> check(
      List<CompetenceEvent> before, CompetenceEvent replacement) {
    CompetenceVersions versions = CompetenceVersions.EMPTY;
    for (CompetenceEvent event : before) {
      if (event instanceof CompetenceAssigned assigned) {
        versions = versions.with(assigned);
      }
    }
    CompetenceVersions stateBefore = versions;
    return CorrectionObeysTheRulesPolicy.judge(
        "de competentiematrix",
        replacement,
        () -> CompetenceDecisions.assign(stateBefore, command((CompetenceAssigned) replacement)));
  }

  private static AssignCompetence command(CompetenceAssigned e) {
    return new AssignCompetence(
        e.besluitType(),
        e.deciders(),
        e.advisers(),
        e.votingRule(),
        e.effectiveFrom(),
        e.decision());
  }
}
