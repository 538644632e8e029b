package nl.ipo.ledger.query.besluit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitTaken;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelDeferred;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelPlacedOnAgenda;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelSubmitted;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelWithdrawn;
import nl.ipo.ledger.kernel.besluit.BesluitOutcome;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.BesluitGremia;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.BesluitItem;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.BesluitSummary;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.BesluitenPage;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.Besluitenlijst;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.FindBesluitGremia;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.FindBesluiten;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.FindBesluitenlijst;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.FindVergadering;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.FindVergaderingen;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.GremiumNaam;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.VergaderingItem;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.VergaderingenPage;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.common.Source;
import nl.ipo.ledger.kernel.error.NotFoundException;
import nl.ipo.ledger.kernel.vergadering.VergaderingEvent.VergaderingScheduled;
import nl.ipo.ledger.query.history.SourceColumns;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The besluitenlijst: every voorstel with where it stands, per deciding body and per meeting.
 * Idempotent handlers; token and rows commit together.
 */
@ProcessingGroup(BesluitenlijstProjection.PROCESSING_GROUP)
public class BesluitenlijstProjection {

  public static final String PROCESSING_GROUP = "besluitenlijst";

  /**
   * The version of this projection's tables and of what it writes into them: raise it with every
   * change that needs the stored events projected again (a new table or column, a new way of
   * filling one), and the ledger rebuilds this read model once at its next start.
   */
  public static final int READ_MODEL_VERSION = 3;

  private final JdbcClient jdbc;

  /** The columns of {@code besluit_view b} a summary (and its submission day) is read from. */
  private static final String SUMMARY_COLUMNS =
      "b.besluit_id, b.subject, b.besluit_type, b.submitted_by, b.deciding_gremium_id, b.status,"
          + " b.decision_date, b.decider_gremium_id, b.decider_person, b.vergadering_id,"
          + " b.mandaat_id, b.submitted_on, "
          + SourceColumns.columns("b.")
          + ", "
          + SourceColumns.columns("b.decision_");

  public BesluitenlijstProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(VoorstelSubmitted event, MetaData metaData) {
    SourceColumns.bind(
            jdbc.sql(
                "INSERT INTO besluit_view (besluit_id, subject, besluit_type, submitted_by,"
                    + " deciding_gremium_id, submitted_on, status, "
                    + SourceColumns.columns("")
                    + ") VALUES (:id, :subject, :type, :by, :deciding, :on, 'INGEDIEND', "
                    + SourceColumns.parameters("")
                    + ") ON CONFLICT DO NOTHING"),
            "",
            metaData)
        .param("id", event.besluitId().toString())
        .param("subject", event.subject())
        .param("type", event.besluitType().name())
        .param("by", event.submittedBy().toString())
        .param("deciding", event.decidingGremiumId().toString())
        .param("on", event.submittedOn())
        .update();
  }

  @EventHandler
  void on(VergaderingScheduled event) {
    jdbc.sql(
            """
            INSERT INTO besluit_vergadering (vergadering_id, gremium_id, meeting_date, description)
            VALUES (:id, :gremium, :date, :description) ON CONFLICT DO NOTHING""")
        .param("id", event.vergaderingId().toString())
        .param("gremium", event.gremiumId().toString())
        .param("date", event.date())
        .param("description", event.description())
        .update();
    // a row carried over by the migration lacks the description
    jdbc.sql(
            """
            UPDATE besluit_vergadering SET description = :description
             WHERE vergadering_id = :id AND description IS NULL""")
        .param("id", event.vergaderingId().toString())
        .param("description", event.description())
        .update();
  }

  @EventHandler
  void on(VoorstelPlacedOnAgenda event) {
    jdbc.sql(
            """
            INSERT INTO besluit_agenda (besluit_id, vergadering_id, gremium_id, meeting_date,
                                        agenda_item)
            VALUES (:id, :meeting, :gremium, :date, :item) ON CONFLICT DO NOTHING""")
        .param("id", event.besluitId().toString())
        .param("meeting", event.vergaderingId().toString())
        .param("gremium", event.gremiumId().toString())
        .param("date", event.meetingDate())
        .param("item", event.agendaItem())
        .update();
  }

  @EventHandler
  void on(BesluitTaken event, MetaData metaData) {
    decided(
        metaData,
        event.besluitId().toString(),
        status(event.outcome()),
        event.decisionDate(),
        event.decider(),
        event.vergaderingId() == null ? null : event.vergaderingId().toString(),
        event.mandaatId() == null ? null : event.mandaatId().toString());
  }

  @EventHandler
  void on(VoorstelDeferred event, MetaData metaData) {
    decided(
        metaData,
        event.besluitId().toString(),
        status(BesluitOutcome.DEFERRED),
        event.decisionDate(),
        event.decider(),
        event.vergaderingId() == null ? null : event.vergaderingId().toString(),
        null);
  }

  @EventHandler
  void on(VoorstelWithdrawn event, MetaData metaData) {
    SourceColumns.bind(
            jdbc.sql(
                "UPDATE besluit_view SET status = 'INGETROKKEN', decision_date = :day, "
                    + SourceColumns.assignments("decision_")
                    + " WHERE besluit_id = :id"),
            "decision_",
            metaData)
        .param("day", event.withdrawnOn())
        .param("id", event.besluitId().toString())
        .update();
  }

  private void decided(
      MetaData metaData,
      String id,
      String status,
      LocalDate day,
      Party decider,
      String meeting,
      String mandaat) {
    if (meeting != null) {
      SourceColumns.bind(
              jdbc.sql(
                  "UPDATE besluit_agenda SET outcome = :status, "
                      + SourceColumns.assignments("decision_")
                      + " WHERE besluit_id = :id AND vergadering_id = :m"),
              "decision_",
              metaData)
          .param("status", status)
          .param("id", id)
          .param("m", meeting)
          .update();
    }
    SourceColumns.bind(
            jdbc.sql(
                """
            UPDATE besluit_view
               SET status = :status, decision_date = :day, decider_gremium_id = :gremium,
                   decider_person = :person, vergadering_id = :meeting, mandaat_id = :mandaat,\s"""
                    + SourceColumns.assignments("decision_")
                    + " WHERE besluit_id = :id"),
            "decision_",
            metaData)
        .param("status", status)
        .param("day", day)
        .param("gremium", decider.gremiumId() == null ? null : decider.gremiumId().toString())
        .param("person", decider.personName())
        .param("meeting", meeting)
        .param("mandaat", mandaat)
        .param("id", id)
        .update();
  }

  /** The status as the besluitenlijst shows it, in Dutch. */
  static String status(BesluitOutcome outcome) {
    return switch (outcome) {
      case ADOPTED -> "AANGENOMEN";
      case ADOPTED_WITH_AMENDMENTS -> "AANGENOMEN_MET_AMENDEMENTEN";
      case REJECTED -> "VERWORPEN";
      case DEFERRED -> "AANGEHOUDEN";
    };
  }

  @ResetHandler
  void reset() {
    jdbc.sql("DELETE FROM besluit_agenda").update();
    jdbc.sql("DELETE FROM besluit_view").update();
    jdbc.sql("DELETE FROM besluit_vergadering").update();
  }

  @QueryHandler
  public Besluitenlijst handle(FindBesluitenlijst query) {
    String select =
        "SELECT "
            + SUMMARY_COLUMNS
            + """
        , (SELECT a.meeting_date FROM besluit_agenda a
                      WHERE a.besluit_id = b.besluit_id AND a.vergadering_id = b.vergadering_id)
                    AS meeting_date
          FROM besluit_view b
        """;
    List<BesluitSummary> rows =
        query.gremiumId() != null
            ? jdbc.sql(
                    select
                        + """
                         WHERE b.decider_gremium_id = :id
                            OR (b.decider_gremium_id IS NULL AND b.decider_person IS NULL
                                AND b.deciding_gremium_id = :id)
                         ORDER BY b.decision_date, b.submitted_on, b.subject""")
                .param("id", query.gremiumId().toString())
                .query((rs, n) -> summary(rs))
                .list()
            : jdbc
                .sql(
                    select
                        + """
                         WHERE b.besluit_id IN (SELECT a.besluit_id FROM besluit_agenda a
                                                 WHERE a.vergadering_id = :id)
                         ORDER BY b.subject""")
                .param("id", query.vergaderingId().toString())
                .query((rs, n) -> summary(rs))
                .list()
                .stream()
                .map(b -> atMeeting(b, query.vergaderingId().toString()))
                .toList();
    return new Besluitenlijst(rows);
  }

  @QueryHandler
  public BesluitenPage handle(FindBesluiten query) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> params = new LinkedHashMap<>();
    if (query.gremiumId() != null) {
      where.append(" AND (b.deciding_gremium_id = :g OR b.decider_gremium_id = :g)");
      params.put("g", query.gremiumId().toString());
    }
    if (query.besluitType() != null) {
      where.append(" AND b.besluit_type = :t");
      params.put("t", query.besluitType().name());
    }
    if (query.jaar() != null) {
      where.append(
          " AND COALESCE(b.decision_date, b.submitted_on) >= :from"
              + " AND COALESCE(b.decision_date, b.submitted_on) < :to");
      params.put("from", LocalDate.of(query.jaar(), 1, 1));
      params.put("to", LocalDate.of(query.jaar() + 1, 1, 1));
    }
    if (query.status() != null) {
      where.append(" AND b.status = :s");
      params.put("s", query.status());
    }
    List<String> words = GremiumNames.words(query.q());
    for (int i = 0; i < words.size(); i++) {
      where.append(" AND LOWER(b.subject) LIKE :w").append(i).append(" ESCAPE '\\'");
      params.put("w" + i, words.get(i));
    }
    long total =
        jdbc.sql("SELECT COUNT(*) FROM besluit_view b" + where)
            .params(params)
            .query(Long.class)
            .single();
    List<Row> rows =
        jdbc.sql(
                "SELECT "
                    + SUMMARY_COLUMNS
                    + ", NULL AS meeting_date FROM besluit_view b"
                    + where
                    + " ORDER BY COALESCE(b.decision_date, b.submitted_on) DESC, b.subject,"
                    + " b.besluit_id LIMIT :limit OFFSET :offset")
            .params(params)
            .param("limit", query.size())
            .param("offset", (long) query.page() * query.size())
            .query((rs, n) -> new Row(summary(rs), rs.getObject("submitted_on", LocalDate.class)))
            .list();
    return new BesluitenPage(query.page(), query.size(), total, items(rows));
  }

  /** A row of the besluitenlijst and the day it was submitted. */
  record Row(BesluitSummary summary, LocalDate submittedOn) {}

  /** Rows of {@code besluit_view} whose subject holds every word of {@code q}, newest first. */
  List<Row> matching(String q, int limit) {
    List<String> words = GremiumNames.words(q);
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> params = new LinkedHashMap<>();
    for (int i = 0; i < words.size(); i++) {
      where.append(" AND LOWER(b.subject) LIKE :w").append(i).append(" ESCAPE '\\'");
      params.put("w" + i, words.get(i));
    }
    return jdbc.sql(
            "SELECT "
                + SUMMARY_COLUMNS
                + ", NULL AS meeting_date FROM besluit_view b"
                + where
                + " ORDER BY COALESCE(b.decision_date, b.submitted_on) DESC, b.subject,"
                + " b.besluit_id LIMIT :limit")
        .params(params)
        .param("limit", limit)
        .query((rs, n) -> new Row(summary(rs), rs.getObject("submitted_on", LocalDate.class)))
        .list();
  }

  /** The rows with the names of the bodies and parties in them. */
  List<BesluitItem> items(List<Row> found) {
    List<BesluitSummary> rows = found.stream().map(Row::summary).toList();
    Map<String, LocalDate> submitted = new java.util.HashMap<>();
    found.forEach(r -> submitted.put(r.summary().besluitId(), r.submittedOn()));
    List<String> ids = new ArrayList<>();
    for (BesluitSummary row : rows) {
      ids.add(row.decidingGremiumId());
      ids.add(row.deciderGremiumId());
      ids.add(GremiumNames.gremiumOf(row.submittedBy()));
    }
    Map<String, String> names = GremiumNames.of(jdbc, ids);
    return rows.stream()
        .map(
            row ->
                new BesluitItem(
                    row.besluitId(),
                    row.subject(),
                    row.besluitType(),
                    row.status(),
                    submitted.get(row.besluitId()),
                    row.decisionDate(),
                    GremiumNames.party(row.submittedBy(), names),
                    row.decidingGremiumId(),
                    names.get(row.decidingGremiumId()),
                    row.deciderGremiumId() != null
                        ? names.get(row.deciderGremiumId())
                        : row.deciderPerson(),
                    row.mandaatId()))
        .toList();
  }

  @QueryHandler
  public BesluitGremia handle(FindBesluitGremia query) {
    List<String> ids =
        jdbc.sql(
                """
                SELECT deciding_gremium_id AS id FROM besluit_view
                UNION SELECT decider_gremium_id FROM besluit_view
                 WHERE decider_gremium_id IS NOT NULL""")
            .query(String.class)
            .list();
    Map<String, String> names = GremiumNames.of(jdbc, ids);
    return new BesluitGremia(
        names.entrySet().stream()
            .map(e -> new GremiumNaam(e.getKey(), e.getValue()))
            .sorted(
                java.util.Comparator.comparing(GremiumNaam::name, String.CASE_INSENSITIVE_ORDER))
            .toList());
  }

  @QueryHandler
  public VergaderingenPage handle(FindVergaderingen query) {
    String where = query.gremiumId() == null ? "" : " WHERE v.gremium_id = :g";
    Map<String, Object> params = new LinkedHashMap<>();
    if (query.gremiumId() != null) {
      params.put("g", query.gremiumId().toString());
    }
    long total =
        jdbc.sql("SELECT COUNT(*) FROM besluit_vergadering v" + where)
            .params(params)
            .query(Long.class)
            .single();
    List<VergaderingItem> rows =
        jdbc.sql(
                "SELECT v.*, (SELECT COUNT(*) FROM besluit_agenda a"
                    + " WHERE a.vergadering_id = v.vergadering_id) AS agenda_items"
                    + " FROM besluit_vergadering v"
                    + where
                    + " ORDER BY v.meeting_date DESC, v.vergadering_id LIMIT :limit OFFSET :offset")
            .params(params)
            .param("limit", query.size())
            .param("offset", (long) query.page() * query.size())
            .query((rs, n) -> vergadering(rs))
            .list();
    return new VergaderingenPage(query.page(), query.size(), total, named(rows));
  }

  @QueryHandler
  public VergaderingItem handle(FindVergadering query) {
    String id = query.vergaderingId().toString();
    List<VergaderingItem> rows =
        jdbc.sql(
                "SELECT v.*, (SELECT COUNT(*) FROM besluit_agenda a"
                    + " WHERE a.vergadering_id = v.vergadering_id) AS agenda_items"
                    + " FROM besluit_vergadering v WHERE v.vergadering_id = :id")
            .param("id", id)
            .query((rs, n) -> vergadering(rs))
            .list();
    if (rows.isEmpty()) {
      throw new NotFoundException(
          "vergaderingId", "Er is geen vergadering met id " + id + " bekend.");
    }
    return named(rows).get(0);
  }

  private List<VergaderingItem> named(List<VergaderingItem> rows) {
    Map<String, String> names =
        GremiumNames.of(jdbc, rows.stream().map(VergaderingItem::gremiumId).toList());
    return rows.stream()
        .map(
            v ->
                new VergaderingItem(
                    v.vergaderingId(),
                    v.gremiumId(),
                    names.get(v.gremiumId()),
                    v.date(),
                    v.description(),
                    v.agendaItems()))
        .toList();
  }

  private static VergaderingItem vergadering(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new VergaderingItem(
        rs.getString("vergadering_id"),
        rs.getString("gremium_id"),
        null,
        rs.getObject("meeting_date", LocalDate.class),
        rs.getString("description"),
        rs.getInt("agenda_items"));
  }

  /** On a meeting's list a voorstel shows what happened at that meeting, not its later fate. */
  private BesluitSummary atMeeting(BesluitSummary b, String meeting) {
    record AtMeeting(String outcome, LocalDate date, Source source) {}
    AtMeeting at =
        jdbc.sql(
                "SELECT outcome, meeting_date, "
                    + SourceColumns.columns("decision_")
                    + " FROM besluit_agenda WHERE besluit_id = :id AND vergadering_id = :m")
            .param("id", b.besluitId())
            .param("m", meeting)
            .query(
                (rs, n) ->
                    new AtMeeting(
                        rs.getString("outcome"),
                        rs.getObject("meeting_date", LocalDate.class),
                        SourceColumns.read(rs, "decision_")))
            .single();
    boolean decidedHere = at.outcome() != null;
    return new BesluitSummary(
        b.besluitId(),
        b.subject(),
        b.besluitType(),
        b.submittedBy(),
        b.decidingGremiumId(),
        decidedHere ? at.outcome() : "GEAGENDEERD",
        decidedHere ? at.date() : null,
        decidedHere ? b.deciderGremiumId() : null,
        decidedHere ? b.deciderPerson() : null,
        meeting,
        at.date(),
        decidedHere ? b.mandaatId() : null,
        b.submissionSource(),
        decidedHere ? at.source() : null);
  }

  private static BesluitSummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new BesluitSummary(
        rs.getString("besluit_id"),
        rs.getString("subject"),
        BesluitType.valueOf(rs.getString("besluit_type")),
        rs.getString("submitted_by"),
        rs.getString("deciding_gremium_id"),
        rs.getString("status"),
        rs.getObject("decision_date", LocalDate.class),
        rs.getString("decider_gremium_id"),
        rs.getString("decider_person"),
        rs.getString("vergadering_id"),
        rs.getObject("meeting_date", LocalDate.class),
        rs.getString("mandaat_id"),
        SourceColumns.read(rs, ""),
        SourceColumns.read(rs, "decision_"));
  }
}
