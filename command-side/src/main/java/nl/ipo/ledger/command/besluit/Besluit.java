package nl.ipo.ledger.command.besluit;

import nl.ipo.ledger.command.Outcomes;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.DecideVoorstel;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.PlaceVoorstelOnAgenda;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.RecordAdvice;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.RecordDiscussion;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.RecordEffectCarriedOut;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.RecordEffectFailed;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.SubmitVoorstel;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.WithdrawVoorstel;
import nl.ipo.ledger.kernel.besluit.BesluitEvent;
import nl.ipo.ledger.kernel.besluit.BesluitId;
import nl.ipo.ledger.kernel.common.CommandOutcome;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * One decision-making process: a voorstel, its agenda, discussions, advice, and the besluit on it
 * with its effects. The rules of competence and mandate are checked here, against the matrix and
 * the mandates as recorded in their own streams on the decision date.
 */
public final class Besluit {

  @AggregateIdentifier private BesluitId id;
  private BesluitState state = BesluitState.INITIAL;

  Besluit() {
    // required by Axon
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  CommandOutcome handle(SubmitVoorstel command, BesluitLookups lookups) {
    return Outcomes.record(
        VoorstelDecisions.submit(state, command, lookups.forSubmission(command)));
  }

  @CommandHandler
  CommandOutcome handle(PlaceVoorstelOnAgenda command, BesluitLookups lookups) {
    Outcomes.requireExists(state.exists(), "besluitId", "besluit", command.besluitId());
    return Outcomes.record(
        VoorstelDecisions.placeOnAgenda(state, command, lookups.forAgenda(command)));
  }

  @CommandHandler
  CommandOutcome handle(RecordDiscussion command, BesluitLookups lookups) {
    Outcomes.requireExists(state.exists(), "besluitId", "besluit", command.besluitId());
    return Outcomes.record(
        VoorstelDecisions.discuss(state, command, lookups.forDiscussion(command)));
  }

  @CommandHandler
  CommandOutcome handle(RecordAdvice command, BesluitLookups lookups) {
    Outcomes.requireExists(state.exists(), "besluitId", "besluit", command.besluitId());
    return Outcomes.record(
        VoorstelDecisions.advise(state, command, lookups.forAdvice(state, command)));
  }

  @CommandHandler
  CommandOutcome handle(DecideVoorstel command, BesluitLookups lookups) {
    Outcomes.requireExists(state.exists(), "besluitId", "besluit", command.besluitId());
    return Outcomes.record(
        BesluitDecisions.decide(state, command, lookups.forDecision(state, command)));
  }

  @CommandHandler
  CommandOutcome handle(WithdrawVoorstel command) {
    Outcomes.requireExists(state.exists(), "besluitId", "besluit", command.besluitId());
    return Outcomes.record(VoorstelDecisions.withdraw(state, command));
  }

  @CommandHandler
  CommandOutcome handle(RecordEffectCarriedOut command) {
    Outcomes.requireExists(state.exists(), "besluitId", "besluit", command.besluitId());
    return Outcomes.record(EffectDecisions.effectCarriedOut(state, command));
  }

  @CommandHandler
  CommandOutcome handle(RecordEffectFailed command) {
    Outcomes.requireExists(state.exists(), "besluitId", "besluit", command.besluitId());
    return Outcomes.record(EffectDecisions.effectFailed(state, command));
  }

  @EventSourcingHandler
  void on(BesluitEvent event) {
    id = event.besluitId();
    state = state.evolve(event);
  }
}
