package nl.ipo.ledger.command.rectificatie;

import java.util.List;
import java.util.stream.Stream;
import nl.ipo.ledger.command.Outcomes;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.begroting.BegrotingLookups;
import nl.ipo.ledger.command.besluit.BesluitLookups;
import nl.ipo.ledger.command.gremium.GremiumDirectory;
import nl.ipo.ledger.command.mandaat.MandaatLookups;
import nl.ipo.ledger.command.rectificatie.FactReader.FactInStream;
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
import org.axonframework.serialization.Revision;

/**
 * The corrections of one recorded fact; its id is the fact's event identifier. A fact may be
 * corrected more than once (the latest correction holds) until it is retracted.
 */
public final class Rectificatie {

  @AggregateIdentifier private String id;
  private List<FactCorrected> corrections = List.of();
  private FactRetracted retracted;

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
    FactInStream original = original(command, facts);
    FactCorrected corrected =
        new FactCorrected(
            command.eventIdentifier(),
            command.aggregateId(),
            original.fact().getClass().getName(),
            revision(original.fact().getClass()),
            command.replacementJson(),
            command.replacement().effectiveDate(),
            command.reason(),
            command.decision());
    if (corrections.contains(corrected)) {
      return CommandOutcome.UNCHANGED;
    }
    Rejection.throwFirst(
        FactRetractedPolicy.check(retracted),
        CorrectionOfTheSameFactPolicy.check(original.fact(), command.replacement()));
    Rejection.throwFirst(
        CorrectionKeepsEveryFieldPolicy.check(original.fact(), command.replacement()));
    // judged only once every field is there: the command equivalent rejects a missing one as
    // malformed, and an emptied field is a rule of its own
    Rejection.throwFirst(
        new RecordRules(gremia, mandaten, besluiten, begrotingen)
            .obeyed(original.before(), command.replacement()));
    return Outcomes.record(List.of(corrected));
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  CommandOutcome handle(RetractFact command, FactReader facts) {
    LedgerEvent original = original(command, facts).fact();
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
    Rejection.throwFirst(FactRetractedPolicy.check(retracted));
    return Outcomes.record(List.of(fact));
  }

  @EventSourcingHandler
  void on(RectificatieEvent event) {
    id = event.eventIdentifier();
    if (event instanceof FactCorrected c) {
      corrections = Stream.concat(corrections.stream(), Stream.of(c)).toList();
    } else if (event instanceof FactRetracted r) {
      retracted = r;
    }
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

  /** The {@code @Revision} a fact's class is stored at, as Axon's serializer records it. */
  private static String revision(Class<?> type) {
    Revision revision = type.getAnnotation(Revision.class);
    return revision == null ? null : revision.value();
  }
}
