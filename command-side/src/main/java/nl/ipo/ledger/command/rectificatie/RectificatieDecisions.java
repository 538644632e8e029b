package nl.ipo.ledger.command.rectificatie;

import java.util.List;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.rectificatie.FactReader.FactInStream;
import nl.ipo.ledger.kernel.common.LedgerEvent;
import nl.ipo.ledger.kernel.rectificatie.RectificatieCommand.CorrectFact;
import nl.ipo.ledger.kernel.rectificatie.RectificatieCommand.RetractFact;
import nl.ipo.ledger.kernel.rectificatie.RectificatieEvent;
import nl.ipo.ledger.kernel.rectificatie.RectificatieEvent.FactCorrected;
import nl.ipo.ledger.kernel.rectificatie.RectificatieEvent.FactRetracted;
import org.axonframework.serialization.Revision;

/**
 * Decides whether a correction or retraction is recorded, from what is recorded about the fact and
 * the fact itself, both read before deciding; an empty list is an explicit no-op.
 */
final class RectificatieDecisions {

  private RectificatieDecisions() {}

  /**
   * @param original the corrected fact with the facts of its record before it
   * @param rules the rules of the corrected fact's own record, judged on the replacement
   */
  static List<RectificatieEvent> correct(
      RectificatieState state, CorrectFact command, FactInStream original, RecordRules rules) {
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
    if (state.corrections().contains(corrected)) {
      return List.of();
    }
    Rejection.throwFirst(
        FactRetractedPolicy.check(state.retracted()),
        CorrectionOfTheSameFactPolicy.check(original.fact(), command.replacement()));
    Rejection.throwFirst(
        CorrectionKeepsEveryFieldPolicy.check(original.fact(), command.replacement()));
    // judged only once every field is there: the command equivalent rejects a missing one as
    // malformed, and an emptied field is a rule of its own
    Rejection.throwFirst(rules.obeyed(original.before(), command.replacement()));
    return List.of(corrected);
  }

  static List<RectificatieEvent> retract(
      RectificatieState state, RetractFact command, LedgerEvent original) {
    FactRetracted retracted =
        new FactRetracted(
            command.eventIdentifier(),
            command.aggregateId(),
            original.getClass().getName(),
            original.effectiveDate(),
            command.reason(),
            command.decision());
    if (retracted.equals(state.retracted())) {
      return List.of();
    }
    Rejection.throwFirst(FactRetractedPolicy.check(state.retracted()));
    return List.of(retracted);
  }

  /** The {@code @Revision} a fact's class is stored at, as Axon's serializer records it. */
  private static String revision(Class<?> type) {
    Revision revision = type.getAnnotation(Revision.class);
    return revision == null ? null : revision.value();
  }
}
