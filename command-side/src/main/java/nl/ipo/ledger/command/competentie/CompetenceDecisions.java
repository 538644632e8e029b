package nl.ipo.ledger.command.competentie;

import java.util.List;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.kernel.competentie.CompetenceCommand.AssignCompetence;
import nl.ipo.ledger.kernel.competentie.CompetenceEvent.CompetenceAssigned;

/**
 * Decides whether a competence is assigned. Re-assigning a version exactly as recorded is an
 * explicit no-op, so the statutory defaults can be loaded at every start.
 */
final class CompetenceDecisions {

  private CompetenceDecisions() {}

  static List<CompetenceAssigned> assign(CompetenceVersions versions, AssignCompetence command) {
    CompetenceAssigned assigned =
        new CompetenceAssigned(
            command.besluitType(),
            command.deciders(),
            command.advisers(),
            command.votingRule(),
            command.effectiveFrom(),
            command.decision());
    if (versions.versions().contains(assigned)) {
      return List.of();
    }
    Rejection.throwFirst(DecidersRequiredPolicy.check(command));
    return List.of(assigned);
  }
}
