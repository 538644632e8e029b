package nl.ipo.ledger.infra.support;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Puts events straight into the event store, past every command and bound, as a faulty migration or
 * a hand edit could: a copy of a recorded event under another aggregate, with a changed or
 * unreadable payload.
 */
public final class StoredEvents {

  private final JdbcClient jdbc;
  private final JsonMapper json;

  public StoredEvents(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Copies the template's event into a new aggregate, with a changed payload; its global index. */
  public long insertCopy(
      String template, long sequence, String aggregate, Consumer<ObjectNode> change) {
    Map<String, Object> row = storedRow(template, sequence);
    String text =
        new String((byte[]) row.get("payload"), StandardCharsets.UTF_8)
            .replace(template, aggregate);
    ObjectNode payload = (ObjectNode) json.readTree(text);
    change.accept(payload);
    return insertCopy(template, sequence, aggregate, json.writeValueAsBytes(payload));
  }

  /** Copies the template's event into a new aggregate with the given payload bytes. */
  public long insertCopy(String template, long sequence, String aggregate, byte[] payload) {
    Map<String, Object> row = storedRow(template, sequence);
    String eventIdentifier = UUID.randomUUID().toString();
    jdbc.sql(
            """
            INSERT INTO domain_event_entry (event_identifier, aggregate_identifier,
                sequence_number, type, time_stamp, payload_type, payload_revision, payload,
                meta_data)
            VALUES (:event, :aggregate, :sequence, :type, :timestamp, :payloadType, :revision,
                :payload, :metadata)""")
        .param("event", eventIdentifier)
        .param("aggregate", aggregate)
        .param("sequence", sequence)
        .param("type", row.get("type"))
        .param("timestamp", row.get("time_stamp"))
        .param("payloadType", row.get("payload_type"))
        .param("revision", row.get("payload_revision"))
        .param("payload", payload)
        .param("metadata", row.get("meta_data"))
        .update();
    return jdbc.sql("SELECT global_index FROM domain_event_entry WHERE event_identifier = :id")
        .param("id", eventIdentifier)
        .query(Long.class)
        .single();
  }

  /** The number of events in the store. */
  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry").query(Long.class).single();
  }

  private Map<String, Object> storedRow(String aggregate, long sequence) {
    return jdbc.sql(
            """
            SELECT type, time_stamp, payload_type, payload_revision, payload, meta_data
              FROM domain_event_entry
             WHERE aggregate_identifier = :aggregate AND sequence_number = :sequence""")
        .param("aggregate", aggregate)
        .param("sequence", sequence)
        .query()
        .singleRow();
  }
}
