package nl.ipo.ledger.command.begroting;

import nl.ipo.ledger.command.Outcomes;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.AdoptJaarrekening;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.AmendBegroting;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.ApproveBegroting;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.DraftBegroting;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.RecordRealisation;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.RecordWerkbudgetUse;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.SubmitBegroting;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent;
import nl.ipo.ledger.kernel.begroting.BegrotingId;
import nl.ipo.ledger.kernel.common.CommandOutcome;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * One begroting through its P&C cycle: draft, submission by the bestuur, approval by the AV,
 * begrotingswijzigingen, realisation, werkbudget use and the jaarrekening.
 */
public final class Begroting {

  @AggregateIdentifier private BegrotingId id;
  private BegrotingState state = BegrotingState.INITIAL;

  Begroting() {
    // required by Axon
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  CommandOutcome handle(DraftBegroting command) {
    return Outcomes.record(BegrotingDecisions.draft(state, command));
  }

  @CommandHandler
  CommandOutcome handle(SubmitBegroting command) {
    Outcomes.requireExists(state.exists(), "begrotingId", "begroting", command.begrotingId());
    return Outcomes.record(BegrotingDecisions.submit(state, command));
  }

  @CommandHandler
  CommandOutcome handle(ApproveBegroting command, BegrotingLookups lookups) {
    Outcomes.requireExists(state.exists(), "begrotingId", "begroting", command.begrotingId());
    return Outcomes.record(
        BegrotingDecisions.approve(state, command, lookups.forBesluit(command.besluitId())));
  }

  @CommandHandler
  CommandOutcome handle(AmendBegroting command, BegrotingLookups lookups) {
    Outcomes.requireExists(state.exists(), "begrotingId", "begroting", command.begrotingId());
    return Outcomes.record(
        BegrotingDecisions.amend(state, command, lookups.forBesluit(command.besluitId())));
  }

  @CommandHandler
  CommandOutcome handle(RecordRealisation command) {
    Outcomes.requireExists(state.exists(), "begrotingId", "begroting", command.begrotingId());
    return Outcomes.record(BegrotingDecisions.realise(state, command));
  }

  @CommandHandler
  CommandOutcome handle(AdoptJaarrekening command, BegrotingLookups lookups) {
    Outcomes.requireExists(state.exists(), "begrotingId", "begroting", command.begrotingId());
    return Outcomes.record(
        BegrotingDecisions.adoptJaarrekening(
            state, command, lookups.forBesluit(command.besluitId())));
  }

  @CommandHandler
  CommandOutcome handle(RecordWerkbudgetUse command, BegrotingLookups lookups) {
    Outcomes.requireExists(state.exists(), "begrotingId", "begroting", command.begrotingId());
    return Outcomes.record(
        BegrotingDecisions.useWerkbudget(state, command, lookups.forWerkbudget(command)));
  }

  @EventSourcingHandler
  void on(BegrotingEvent event) {
    id = event.begrotingId();
    state = state.evolve(event);
  }
}
