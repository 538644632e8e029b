package nl.ipo.ledger.infra.audit;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import nl.ipo.ledger.infra.audit.ChainHash.StoredEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the event store's raw rows and the audit tables. */
@Component
class AuditStore {

  record ChainEntry(
      long position,
      long globalIndex,
      String eventIdentifier,
      byte[] entryHash,
      byte[] chainHash,
      String sealedAt) {}

  record Checkpoint(
      long number,
      long treeSize,
      byte[] chainHead,
      byte[] merkleRoot,
      String createdAt,
      String statement,
      byte[] signature) {}

  private static final RowMapper<StoredEvent> EVENT =
      (rs, n) ->
          new StoredEvent(
              rs.getLong("global_index"),
              rs.getString("event_identifier"),
              rs.getString("aggregate_identifier"),
              rs.getLong("sequence_number"),
              rs.getString("type"),
              rs.getString("payload_type"),
              rs.getString("payload_revision"),
              rs.getString("time_stamp"),
              rs.getBytes("payload"),
              rs.getBytes("meta_data"));

  private static final RowMapper<ChainEntry> ENTRY =
      (rs, n) ->
          new ChainEntry(
              rs.getLong("position"),
              rs.getLong("global_index"),
              rs.getString("event_identifier"),
              rs.getBytes("entry_hash"),
              rs.getBytes("chain_hash"),
              rs.getString("sealed_at"));

  private static final RowMapper<Checkpoint> CHECKPOINT =
      (rs, n) ->
          new Checkpoint(
              rs.getLong("number"),
              rs.getLong("tree_size"),
              rs.getBytes("chain_head"),
              rs.getBytes("merkle_root"),
              rs.getString("created_at"),
              rs.getString("statement"),
              rs.getBytes("signature"));

  private static final String EVENT_COLUMNS =
      "global_index, event_identifier, aggregate_identifier, sequence_number, type, payload_type,"
          + " payload_revision, time_stamp, payload, meta_data";

  private static final String ENTRY_COLUMNS =
      "position, global_index, event_identifier, entry_hash, chain_hash, sealed_at";

  private static final String CHECKPOINT_COLUMNS =
      "number, tree_size, chain_head, merkle_root, created_at, statement, signature";

  /** Rows fetched at a time when the whole store is read, so it is never held in memory. */
  private static final int STREAM_FETCH_SIZE = 500;

  private final JdbcClient jdbc;
  private final JdbcTemplate streaming;

  AuditStore(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    // PostgreSQL's driver streams a result only with a fetch size, inside a transaction
    this.streaming = new JdbcTemplate(dataSource);
    this.streaming.setFetchSize(STREAM_FETCH_SIZE);
  }

  /**
   * Hands every stored event to {@code each} in global index order, a few hundred rows in memory at
   * a time. Call it inside a transaction (PostgreSQL streams only there).
   */
  void forEachEvent(Consumer<StoredEvent> each) {
    streaming.query(
        "SELECT " + EVENT_COLUMNS + " FROM domain_event_entry ORDER BY global_index",
        (RowCallbackHandler) rs -> each.accept(EVENT.mapRow(rs, 0)));
  }

  /** Where an event now stands in the store, if it is there at all. */
  Optional<Long> globalIndexOf(String eventIdentifier) {
    return jdbc.sql("SELECT global_index FROM domain_event_entry WHERE event_identifier = :id")
        .param("id", eventIdentifier)
        .query(Long.class)
        .optional();
  }

  Optional<StoredEvent> event(String eventIdentifier) {
    return jdbc.sql(
            "SELECT " + EVENT_COLUMNS + " FROM domain_event_entry WHERE event_identifier = :id")
        .param("id", eventIdentifier)
        .query(EVENT)
        .optional();
  }

  Optional<ChainEntry> head() {
    return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM audit_chain ORDER BY position DESC LIMIT 1")
        .query(ENTRY)
        .optional();
  }

  Optional<ChainEntry> entry(String eventIdentifier) {
    return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM audit_chain WHERE event_identifier = :id")
        .param("id", eventIdentifier)
        .query(ENTRY)
        .optional();
  }

  List<ChainEntry> chain() {
    return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM audit_chain ORDER BY position")
        .query(ENTRY)
        .list();
  }

  List<byte[]> entryHashes(long treeSize) {
    return jdbc.sql("SELECT entry_hash FROM audit_chain WHERE position < :size ORDER BY position")
        .param("size", treeSize)
        .query((rs, n) -> rs.getBytes(1))
        .list();
  }

  void append(ChainEntry entry) {
    jdbc.sql(
            """
            INSERT INTO audit_chain (position, global_index, event_identifier, entry_hash,
                                     chain_hash, sealed_at)
            VALUES (:position, :index, :id, :entry, :chain, :at)""")
        .param("position", entry.position())
        .param("index", entry.globalIndex())
        .param("id", entry.eventIdentifier())
        .param("entry", entry.entryHash())
        .param("chain", entry.chainHash())
        .param("at", entry.sealedAt())
        .update();
  }

  List<Checkpoint> checkpoints() {
    return jdbc.sql("SELECT " + CHECKPOINT_COLUMNS + " FROM audit_checkpoint ORDER BY number")
        .query(CHECKPOINT)
        .list();
  }

  Optional<Checkpoint> checkpoint(long number) {
    return jdbc.sql("SELECT " + CHECKPOINT_COLUMNS + " FROM audit_checkpoint WHERE number = :n")
        .param("n", number)
        .query(CHECKPOINT)
        .optional();
  }

  void save(Checkpoint c) {
    jdbc.sql(
            """
            INSERT INTO audit_checkpoint (number, tree_size, chain_head, merkle_root, created_at,
                                          statement, signature)
            VALUES (:number, :size, :head, :root, :at, :statement, :signature)""")
        .param("number", c.number())
        .param("size", c.treeSize())
        .param("head", c.chainHead())
        .param("root", c.merkleRoot())
        .param("at", c.createdAt())
        .param("statement", c.statement())
        .param("signature", c.signature())
        .update();
  }
}
