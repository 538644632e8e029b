package nl.ipo.ledger.command.competentie;

import nl.ipo.ledger.command.Outcomes;
import nl.ipo.ledger.kernel.common.CommandOutcome;
import nl.ipo.ledger.kernel.competentie.CompetenceCommand;
import nl.ipo.ledger.kernel.competentie.CompetenceCommand.AssignCompetence;
import nl.ipo.ledger.kernel.competentie.CompetenceEvent.CompetenceAssigned;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * The competence matrix of the statutes, versioned. A version is never changed: a statute change
 * adds a new version from its effective date. Re-assigning exactly what is recorded is a no-op, so
 * the statutory defaults can be loaded at every start.
 */
public final class CompetenceMatrix {

  @AggregateIdentifier private String id;
  private CompetenceVersions versions = CompetenceVersions.EMPTY;

  CompetenceMatrix() {
    // required by Axon
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  CommandOutcome handle(AssignCompetence command) {
    return Outcomes.record(CompetenceDecisions.assign(versions, command));
  }

  @EventSourcingHandler
  void on(CompetenceAssigned event) {
    id = CompetenceCommand.MATRIX_ID;
    versions = versions.with(event);
  }
}
