package nl.ipo.ledger.kernel.common;

/**
 * Keys of the metadata every stored event carries. The web edge stamps actor, role and recording
 * time on each command; Axon's correlation providers copy them, and the correlation and causation
 * ids, onto every event the command produces. Rules never read these: they are facts about the
 * recording, not about the decision.
 */
public final class LedgerMetadata {

  /** The authenticated user who sent the command. */
  public static final String ACTOR = "actor";

  /** The role under which the actor acted (for example {@code secretariaat}). */
  public static final String ACTOR_ROLE = "actorRole";

  /** ISO-8601 instant at which the ledger received the command (transaction time). */
  public static final String RECORDED_AT = "recordedAt";

  /** Id of the first message of the chain (the user's command). */
  public static final String CORRELATION_ID = "correlationId";

  /** Id of the message that directly caused this one. */
  public static final String CAUSATION_ID = "causationId";

  /** The source document a recorded fact rests on (for example a seed file name), if given. */
  public static final String SOURCE_DOCUMENT = "sourceDocument";

  /** The place in the source document (page, section, line). */
  public static final String SOURCE_PLACE = "sourcePlace";

  /** The short quote from the source the fact rests on. */
  public static final String SOURCE_QUOTE = "sourceQuote";

  /**
   * The recorder's note on the source; a journal starts it with {@code Aanname:} where the
   * documents leave something open and the fact rests on an assumption.
   */
  public static final String SOURCE_NOTE = "sourceNote";

  /**
   * For a fact the ledger recorded on its own when a deadline fired (a mandate's expiry): the id of
   * the command that scheduled the deadline (the grant or amendment that set the end date).
   */
  public static final String DEADLINE_ORIGIN = "deadlineOrigin";

  /** The actor and role of what the ledger records on its own behalf. */
  public static final String SYSTEM_ACTOR = "ledger";

  public static final String SYSTEM_ROLE = "systeem";

  private LedgerMetadata() {}

  /** A metadata value as text, or null when absent. */
  public static String text(java.util.Map<String, ?> metaData, String key) {
    Object value = metaData.get(key);
    return value == null ? null : value.toString();
  }

  /**
   * The {@link #RECORDED_AT} value for a message recorded now: the moment to the microsecond, the
   * precision PostgreSQL and H2 keep in a timestamp. A finer stamp would be rounded where a read
   * model stores it, and an auditor asking "as known at" the journal's own recording time could
   * then miss the very fact recorded at it.
   */
  public static String recordingMoment(java.time.Instant now) {
    return now.truncatedTo(java.time.temporal.ChronoUnit.MICROS).toString();
  }

  /**
   * When the ledger recorded a message: {@link #RECORDED_AT}, or the message's own timestamp for a
   * message recorded without it.
   */
  public static java.time.Instant recordedAt(
      java.util.Map<String, ?> metaData, java.time.Instant fallback) {
    String recorded = text(metaData, RECORDED_AT);
    return recorded == null ? fallback : java.time.Instant.parse(recorded);
  }
}
