package nl.ipo.ledger.command.rectificatie;

import nl.ipo.ledger.command.Outcomes;
import nl.ipo.ledger.command.begroting.BegrotingLookups;
import nl.ipo.ledger.command.besluit.BesluitLookups;
import nl.ipo.ledger.command.gremium.GremiumDirectory;
import nl.ipo.ledger.command.mandaat.MandaatLookups;
import nl.ipo.ledger.command.rectificatie.FactReader.FactInStream;
import nl.ipo.ledger.kernel.common.CommandOutcome;
import nl.ipo.ledger.kernel.error.NotFoundException;
import nl.ipo.ledger.kernel.rectificatie.RectificatieCommand;
import nl.ipo.ledger.kernel.rectificatie.RectificatieCommand.CorrectFact;
import nl.ipo.ledger.kernel.rectificatie.RectificatieCommand.RetractFact;
import nl.ipo.ledger.kernel.rectificatie.RectificatieEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * The corrections of one recorded fact; its id is the fact's event identifier. A fact may be
 * corrected more than once (the latest correction holds) until it is retracted.
 */
public final class Rectificatie {

  @AggregateIdentifier private String id;
  private RectificatieState state = RectificatieState.NONE;

  Rectificatie() {
    // required by Axon
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  CommandOutcome handle(
      CorrectFact command,
      FactReader facts,
      GremiumDirectory gremia,
      MandaatLookups mandaten,
      BesluitLookups besluiten,
      BegrotingLookups begrotingen) {
    return Outcomes.record(
        RectificatieDecisions.correct(
            state,
            command,
            original(command, facts),
            new RecordRules(gremia, mandaten, besluiten, begrotingen)));
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  CommandOutcome handle(RetractFact command, FactReader facts) {
    return Outcomes.record(
        RectificatieDecisions.retract(state, command, original(command, facts).fact()));
  }

  @EventSourcingHandler
  void on(RectificatieEvent event) {
    id = event.eventIdentifier();
    state = state.with(event);
  }

  /** The fact named by the command, read from its aggregate's stream. */
  private static FactInStream original(RectificatieCommand command, FactReader facts) {
    return facts
        .findInStream(command.aggregateId(), command.eventIdentifier())
        .orElseThrow(
            () ->
                new NotFoundException(
                    "eventIdentifier",
                    "Er is geen feit "
                        + command.eventIdentifier()
                        + " vastgelegd bij record "
                        + command.aggregateId()
                        + "."));
  }
}
