package nl.ipo.ledger.kernel.rectificatie;

import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.common.LedgerEvent;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Corrections (rectificaties) of recorded facts. A fact is never changed: a correction is a new
 * fact that names the one it corrects, why, and who decided it. The corrected fact keeps its place
 * in the audit trail.
 */
public sealed interface RectificatieCommand {

  /** The event being corrected: its identifier, and the aggregate whose stream holds it. */
  String eventIdentifier();

  String aggregateId();

  /**
   * Replaces a fact by a corrected version of it: the same kind of event about the same aggregate.
   *
   * @param replacement the corrected fact
   * @param replacementJson the corrected fact as the client sent it, stored with the correction
   */
  record CorrectFact(
      @TargetAggregateIdentifier String eventIdentifier,
      String aggregateId,
      LedgerEvent replacement,
      String replacementJson,
      String reason,
      DecisionReference decision)
      implements RectificatieCommand {
    public CorrectFact {
      eventIdentifier = InvalidValueException.requiredText("eventIdentifier", eventIdentifier, 255);
      aggregateId = InvalidValueException.requiredText("aggregateId", aggregateId, 255);
      InvalidValueException.required("replacement", replacement);
      replacementJson = InvalidValueException.requiredText("replacement", replacementJson, 100_000);
      reason = InvalidValueException.requiredText("reason", reason, 2000);
      InvalidValueException.required("decisionReference", decision);
    }
  }

  /** Withdraws a fact that should never have been recorded. */
  record RetractFact(
      @TargetAggregateIdentifier String eventIdentifier,
      String aggregateId,
      String reason,
      DecisionReference decision)
      implements RectificatieCommand {
    public RetractFact {
      eventIdentifier = InvalidValueException.requiredText("eventIdentifier", eventIdentifier, 255);
      aggregateId = InvalidValueException.requiredText("aggregateId", aggregateId, 255);
      reason = InvalidValueException.requiredText("reason", reason, 2000);
      InvalidValueException.required("decisionReference", decision);
    }
  }
}
