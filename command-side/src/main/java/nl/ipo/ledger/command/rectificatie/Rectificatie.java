package nl.ipo.ledger.command.rectificatie;

import java.util.List;
import java.util.Optional;
import nl.ipo.ledger.command.Outcomes;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.kernel.common.CommandOutcome;
import nl.ipo.ledger.kernel.common.LedgerEvent;
import nl.ipo.ledger.kernel.error.NotFoundException;
import nl.ipo.ledger.kernel.rectificatie.RectificatieCommand;
import nl.ipo.ledger.kernel.rectificatie.RectificatieCommand.CorrectFact;
import nl.ipo.ledger.kernel.rectificatie.RectificatieCommand.RetractFact;
import nl.ipo.ledger.kernel.rectificatie.RectificatieEvent;
import nl.ipo.ledger.kernel.rectificatie.RectificatieEvent.FactCorrected;
import nl.ipo.ledger.kernel.rectificatie.RectificatieEvent.FactRetracted;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * The corrections of one recorded fact; its id is the fact's event identifier. A fact may be
 * corrected more than once (the latest correction holds) until it is retracted.
 */
final class Rectificatie {

  static final String CORRECTION_OF_THE_SAME_FACT = "CORRECTION_OF_THE_SAME_FACT";
  static final String FACT_RETRACTED = "FACT_RETRACTED";

  @AggregateIdentifier private String id;
  private final java.util.List<FactCorrected> corrections = new java.util.ArrayList<>();
  private FactRetracted retracted;

  Rectificatie() {
    // required by Axon
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  CommandOutcome handle(CorrectFact command, FactReader facts) {
    LedgerEvent original = original(command, facts);
    FactCorrected corrected =
        new FactCorrected(
            command.eventIdentifier(),
            command.aggregateId(),
            original.getClass().getName(),
            command.replacementJson(),
            command.replacement().effectiveDate(),
            command.reason(),
            command.decision());
    if (corrections.contains(corrected)) {
      return CommandOutcome.UNCHANGED;
    }
    Rejection.throwFirst(retracted());
    Rejection.throwFirst(sameFact(original, command.replacement()));
    return Outcomes.record(List.of(corrected));
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  CommandOutcome handle(RetractFact command, FactReader facts) {
    LedgerEvent original = original(command, facts);
    FactRetracted fact =
        new FactRetracted(
            command.eventIdentifier(),
            command.aggregateId(),
            original.getClass().getName(),
            original.effectiveDate(),
            command.reason(),
            command.decision());
    if (fact.equals(retracted)) {
      return CommandOutcome.UNCHANGED;
    }
    Rejection.throwFirst(retracted());
    return Outcomes.record(List.of(fact));
  }

  @EventSourcingHandler
  void on(RectificatieEvent event) {
    id = event.eventIdentifier();
    if (event instanceof FactCorrected c) {
      corrections.add(c);
    } else if (event instanceof FactRetracted r) {
      retracted = r;
    }
  }

  private Optional<Rejection> retracted() {
    return retracted == null
        ? Optional.empty()
        : Optional.of(
            new Rejection(
                FACT_RETRACTED,
                "eventIdentifier",
                "the fact was retracted: " + retracted.reason()));
  }

  private static Optional<Rejection> sameFact(LedgerEvent original, LedgerEvent replacement) {
    if (original.getClass() == replacement.getClass()
        && original.aggregateIdentity().equals(identity(replacement))) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(
            CORRECTION_OF_THE_SAME_FACT,
            "replacement",
            "a correction replaces a "
                + original.getClass().getSimpleName()
                + " of "
                + original.aggregateIdentity()
                + " by the same kind of fact about the same record"));
  }

  /** A replacement may lack its identity altogether; that is a wrong fact, not a crash. */
  private static String identity(LedgerEvent replacement) {
    try {
      return replacement.aggregateIdentity();
    } catch (RuntimeException missing) {
      return null;
    }
  }

  /** The fact named by the command, read from its aggregate's stream. */
  private static LedgerEvent original(RectificatieCommand command, FactReader facts) {
    return facts
        .find(command.aggregateId(), command.eventIdentifier())
        .orElseThrow(
            () ->
                new NotFoundException(
                    "eventIdentifier",
                    "no event "
                        + command.eventIdentifier()
                        + " in the stream of "
                        + command.aggregateId()));
  }
}
