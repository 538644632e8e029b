package nl.ipo.ledger.query.journal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ipo.ledger.kernel.besluit.BesluitEvent;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.AdviceRecorded;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelDiscussed;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelPlacedOnAgenda;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelSubmitted;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.common.LedgerEvent;
import nl.ipo.ledger.kernel.common.LedgerMetadata;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.gremium.GremiumEvent;
import nl.ipo.ledger.kernel.journal.JournalQueries.CountJournal;
import nl.ipo.ledger.kernel.journal.JournalQueries.FindJournal;
import nl.ipo.ledger.kernel.journal.JournalQueries.FindJournalBatch;
import nl.ipo.ledger.kernel.journal.JournalQueries.JournalBatch;
import nl.ipo.ledger.kernel.journal.JournalQueries.JournalCount;
import nl.ipo.ledger.kernel.journal.JournalQueries.JournalEntry;
import nl.ipo.ledger.kernel.journal.JournalQueries.JournalPage;
import nl.ipo.ledger.kernel.rectificatie.RectificatieEvent;
import nl.ipo.ledger.kernel.vergadering.VergaderingEvent.VergaderingScheduled;
import nl.ipo.ledger.query.history.SourceColumns;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The global journal: every event of the ledger with its valid and transaction time, actor and
 * role, decision, body, correlation and source citation, for the audit trails per decision,
 * gremium, mandate and actor, and for export.
 */
@ProcessingGroup(JournalProjection.PROCESSING_GROUP)
public class JournalProjection {

  public static final String PROCESSING_GROUP = "journal";

  /**
   * The version of this projection's tables and of what it writes into them: raise it with every
   * change that needs the stored events projected again (a new table or column, a new way of
   * filling one), and the ledger rebuilds this read model once at its next start.
   */
  public static final int READ_MODEL_VERSION = 3;

  private final JdbcClient jdbc;

  public JournalProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The event's own place in the store. Not the tracking token's position: when two transactions
   * commit out of order (two deadlines firing at once), the later index is seen first and the
   * token's position stays at it when the gap before it is filled, so the earlier event would be
   * written under the later one's index, and the later one dropped as a duplicate. The store's own
   * column says it exactly (event_identifier is unique there). In a replay on a throw-away database
   * (TemporalReplay) the store is not at hand; there events arrive in order, and the token's
   * position is the event's.
   */
  private long globalIndex(DomainEventMessage<?> message, TrackingToken token) {
    return jdbc.sql("SELECT global_index FROM domain_event_entry WHERE event_identifier = :id")
        .param("id", message.getIdentifier())
        .query(Long.class)
        .optional()
        .orElseGet(() -> token.position().orElseThrow());
  }

  @EventHandler
  void on(LedgerEvent event, DomainEventMessage<?> message, TrackingToken token) {
    MetaData meta = message.getMetaData();
    DecisionReference decision = event.decisionReference();
    Instant recorded = LedgerMetadata.recordedAt(meta, message.getTimestamp());
    SourceColumns.bind(
            jdbc.sql(
                """
            INSERT INTO journal_entry (global_index, event_identifier, aggregate_type, aggregate_id,
                sequence_number, event_type, effective_date, recorded_at, actor, actor_role,
                decision_text, besluit_id, body_id, correlation_id, causation_id,\s"""
                    + SourceColumns.columns("")
                    + """
                )
            VALUES (:index, :id, :aggregateType, :aggregateId, :sequence, :type, :effective,
                :recorded, :actor, :role, :decision, :besluit, :body, :correlation, :causation,\s"""
                    + SourceColumns.parameters("")
                    + """
                ) ON CONFLICT DO NOTHING"""),
            "",
            meta)
        .param("index", globalIndex(message, token))
        .param("id", message.getIdentifier())
        .param("aggregateType", aggregateType(event))
        .param(
            "aggregateId",
            event instanceof RectificatieEvent r
                ? r.aggregateId()
                : message.getAggregateIdentifier())
        .param("sequence", message.getSequenceNumber())
        .param("type", event.getClass().getSimpleName())
        .param("effective", event.effectiveDate())
        .param("recorded", Timestamp.from(recorded))
        .param("actor", LedgerMetadata.text(meta, LedgerMetadata.ACTOR))
        .param("role", LedgerMetadata.text(meta, LedgerMetadata.ACTOR_ROLE))
        .param("decision", decision == null ? null : decision.text())
        .param("besluit", besluitOf(event, decision))
        .param("body", bodyOf(event))
        .param("correlation", LedgerMetadata.text(meta, LedgerMetadata.CORRELATION_ID))
        .param("causation", LedgerMetadata.text(meta, LedgerMetadata.CAUSATION_ID))
        .update();
  }

  @ResetHandler
  void reset() {
    jdbc.sql("DELETE FROM journal_entry").update();
  }

  @QueryHandler
  public JournalPage handle(FindJournal query) {
    Where where = where(query);
    long total =
        jdbc.sql("SELECT COUNT(*) FROM journal_entry" + where.sql())
            .params(where.params())
            .query(Long.class)
            .single();
    List<JournalEntry> entries =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM journal_entry"
                    + where.sql()
                    + " ORDER BY global_index LIMIT :limit OFFSET :offset")
            .params(where.params())
            .param("limit", query.size())
            .param("offset", (long) query.page() * query.size())
            .query(JournalProjection::entry)
            .list();
    return new JournalPage(query.page(), query.size(), total, entries);
  }

  @QueryHandler
  public JournalCount handle(CountJournal query) {
    Where where = where(query.filter());
    return jdbc.sql(
            "SELECT COUNT(*) AS total, COALESCE(MAX(global_index), -1) AS last_index"
                + " FROM journal_entry"
                + where.sql())
        .params(where.params())
        .query((rs, n) -> new JournalCount(rs.getLong("total"), rs.getLong("last_index")))
        .single();
  }

  @QueryHandler
  public JournalBatch handle(FindJournalBatch query) {
    Where where = where(query.filter());
    return new JournalBatch(
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM journal_entry"
                    + where.sql()
                    + " AND global_index > :after AND global_index <= :through"
                    + " ORDER BY global_index LIMIT :limit")
            .params(where.params())
            .param("after", query.after())
            .param("through", query.through())
            .param("limit", query.batchSize())
            .query(JournalProjection::entry)
            .list());
  }

  /** The filter's WHERE clause (never empty, so callers may append {@code AND …}). */
  private record Where(String sql, Map<String, Object> params) {}

  private static Where where(FindJournal query) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> params = new LinkedHashMap<>();
    filter(where, params, "effective_date >= :validFrom", "validFrom", query.validFrom());
    filter(where, params, "effective_date <= :validTo", "validTo", query.validTo());
    filter(
        where,
        params,
        "recorded_at >= :recordedFrom",
        "recordedFrom",
        timestamp(query.recordedFrom()));
    filter(where, params, "recorded_at <= :knownAt", "knownAt", timestamp(query.knownAt()));
    filter(where, params, "actor = :actor", "actor", query.actor());
    filter(where, params, "event_type = :eventType", "eventType", query.eventType());
    filter(where, params, "aggregate_id = :aggregateId", "aggregateId", query.aggregateId());
    filter(
        where,
        params,
        "(besluit_id = :besluitId OR aggregate_id = :besluitId)",
        "besluitId",
        query.besluitId());
    filter(where, params, "body_id = :bodyId", "bodyId", query.bodyId());
    return new Where(where.toString(), params);
  }

  /** The columns of {@code journal_entry} an entry is read from. */
  private static final String COLUMNS =
      "global_index, event_identifier, aggregate_type, aggregate_id, sequence_number, event_type,"
          + " effective_date, recorded_at, actor, actor_role, decision_text, besluit_id, body_id,"
          + " correlation_id, causation_id, "
          + SourceColumns.columns("");

  private static JournalEntry entry(ResultSet rs, int row) throws SQLException {
    return new JournalEntry(
        rs.getLong("global_index"),
        rs.getString("event_identifier"),
        rs.getString("aggregate_type"),
        rs.getString("aggregate_id"),
        rs.getLong("sequence_number"),
        rs.getString("event_type"),
        rs.getObject("effective_date", LocalDate.class),
        rs.getTimestamp("recorded_at").toInstant(),
        rs.getString("actor"),
        rs.getString("actor_role"),
        rs.getString("decision_text"),
        rs.getString("besluit_id"),
        rs.getString("body_id"),
        rs.getString("correlation_id"),
        rs.getString("causation_id"),
        SourceColumns.read(rs, ""));
  }

  private static void filter(
      StringBuilder where, Map<String, Object> params, String clause, String name, Object value) {
    if (value != null) {
      where.append(" AND ").append(clause);
      params.put(name, value);
    }
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  private static String aggregateType(LedgerEvent event) {
    String pkg = event.getClass().getPackageName();
    return pkg.substring(pkg.lastIndexOf('.') + 1);
  }

  private static String besluitOf(LedgerEvent event, DecisionReference decision) {
    if (event instanceof BesluitEvent b) {
      return b.besluitId().toString();
    }
    return decision == null || decision.besluitId() == null
        ? null
        : decision.besluitId().toString();
  }

  private static String bodyOf(LedgerEvent event) {
    if (event instanceof GremiumEvent g) {
      return g.gremiumId().toString();
    } else if (event instanceof VergaderingScheduled v) {
      return v.gremiumId().toString();
    } else if (event instanceof VoorstelSubmitted v) {
      return v.decidingGremiumId().toString();
    } else if (event instanceof VoorstelPlacedOnAgenda v) {
      return v.gremiumId().toString();
    } else if (event instanceof VoorstelDiscussed v) {
      return v.gremiumId().toString();
    } else if (event instanceof AdviceRecorded a) {
      return a.advisingGremiumId().toString();
    } else if (event instanceof BesluitEvent.BesluitTaken t) {
      Party decider = t.decider();
      return decider.gremiumId() == null ? null : decider.gremiumId().toString();
    }
    return null;
  }
}
