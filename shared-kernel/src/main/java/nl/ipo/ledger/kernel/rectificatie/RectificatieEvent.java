package nl.ipo.ledger.kernel.rectificatie;

import java.time.LocalDate;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.common.LedgerEvent;
import org.axonframework.serialization.Revision;

/**
 * Corrections of recorded facts, each in a stream of its own whose id is the corrected event's
 * identifier. Projections show the corrected state; the audit trail shows both; a reading as known
 * before the correction shows the original.
 */
public sealed interface RectificatieEvent extends LedgerEvent {

  String eventIdentifier();

  String aggregateId();

  DecisionReference decision();

  @Override
  default String aggregateIdentity() {
    return eventIdentifier();
  }

  @Override
  default DecisionReference decisionReference() {
    return decision();
  }

  /**
   * @param payloadType the class of the corrected fact (and of its replacement), as stored events
   *     name it
   * @param payloadRevision the revision of that class the replacement is written in, so that a
   *     later revision reads it through the same upcasters as a stored fact (revision 1 of this
   *     event had no such field: every fact was at revision 1 then)
   * @param replacementJson the corrected fact, as JSON of that class at that revision
   * @param effectiveDate the corrected fact's valid time
   */
  @Revision("2")
  record FactCorrected(
      String eventIdentifier,
      String aggregateId,
      String payloadType,
      String payloadRevision,
      String replacementJson,
      LocalDate effectiveDate,
      String reason,
      DecisionReference decision)
      implements RectificatieEvent {}

  @Revision("1")
  record FactRetracted(
      String eventIdentifier,
      String aggregateId,
      String payloadType,
      LocalDate effectiveDate,
      String reason,
      DecisionReference decision)
      implements RectificatieEvent {}
}
