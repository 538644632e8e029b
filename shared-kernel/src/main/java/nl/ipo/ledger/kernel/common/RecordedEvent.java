package nl.ipo.ledger.kernel.common;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One recorded fact as an audit trail shows it: both its times and its provenance.
 *
 * @param eventIdentifier the event's identity, by which a correction names it
 * @param sequence position in its aggregate's stream, from 0
 * @param eventType the event's simple name, for example {@code MemberAppointed}
 * @param effectiveDate valid time
 * @param recordedAt transaction time, stamped when the ledger received the command
 * @param decisionReference the decision behind it, where there is one
 * @param event the full payload
 * @param source the source the recording cited, with its note; null when it cites none
 */
public record RecordedEvent(
    String eventIdentifier,
    long sequence,
    String eventType,
    LocalDate effectiveDate,
    Instant recordedAt,
    String actor,
    String actorRole,
    DecisionReference decisionReference,
    String correlationId,
    String causationId,
    Object event,
    Source source) {}
