package nl.ipo.ledger.infra.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.ipo.ledger.kernel.common.LedgerMetadata;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Watches the event store around each request, to prove that a rejected request stored nothing.
 * Events may appear while a rejected request is answered without being its doing: a mandate's
 * expiry raised by its deadline (actor {@code ledger}), or the effects of an adopted besluit that
 * the effects process carries out after the answer (the correlation id of the accepted request that
 * caused them). Anything else that appears during a rejected request is a violation.
 */
final class EventAccounting {

  /** One stored event, with the metadata that tells whose doing it was. */
  record StoredEvent(
      long globalIndex,
      String eventIdentifier,
      String aggregateId,
      String payloadType,
      String actor,
      String correlationId) {}

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Set<String> seen = new HashSet<>();
  private final Set<String> acceptedCorrelations = new HashSet<>();
  private long watermark = -1;
  private long acceptedEvents;

  EventAccounting(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Takes every event stored so far as known and explained. */
  void start() {
    accept(fresh());
  }

  long count() {
    return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry").query(Long.class).single();
  }

  /**
   * The events not seen before. Rows are read from a little below the highest index seen, as a
   * transaction that took its index earlier may commit later.
   */
  List<StoredEvent> fresh() {
    List<StoredEvent> events =
        jdbc
            .sql(
                "SELECT global_index, event_identifier, aggregate_identifier, payload_type,"
                    + " meta_data FROM domain_event_entry WHERE global_index > :from"
                    + " ORDER BY global_index")
            .param("from", watermark - 1000)
            .query(
                (rs, n) -> {
                  byte[] meta = rs.getBytes("meta_data");
                  JsonNode metaData =
                      meta == null
                          ? json.createObjectNode()
                          : json.readTree(new String(meta, StandardCharsets.UTF_8));
                  return new StoredEvent(
                      rs.getLong("global_index"),
                      rs.getString("event_identifier"),
                      rs.getString("aggregate_identifier"),
                      rs.getString("payload_type"),
                      metaData.path(LedgerMetadata.ACTOR).asString(null),
                      metaData.path(LedgerMetadata.CORRELATION_ID).asString(null));
                })
            .list()
            .stream()
            .filter(e -> seen.add(e.eventIdentifier()))
            .toList();
    events.forEach(e -> watermark = Math.max(watermark, e.globalIndex()));
    return events;
  }

  /** The events of an accepted request (and whatever else appeared meanwhile). */
  void accept(List<StoredEvent> events) {
    for (StoredEvent e : events) {
      if (e.correlationId() != null) {
        acceptedCorrelations.add(e.correlationId());
      }
    }
    acceptedEvents += events.size();
  }

  /** Whether an event that appeared during a rejected request is someone else's doing. */
  boolean explained(StoredEvent event) {
    return LedgerMetadata.SYSTEM_ACTOR.equals(event.actor())
        || (event.correlationId() != null && acceptedCorrelations.contains(event.correlationId()));
  }

  long acceptedEvents() {
    return acceptedEvents;
  }
}
