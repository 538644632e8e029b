package nl.ipo.ledger.query.gremium;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitEffectCarriedOut;
import nl.ipo.ledger.kernel.besluit.Effect;
import nl.ipo.ledger.kernel.gremium.GremiumEvent;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.GremiumDissolved;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.GremiumEstablished;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.GremiumRenamed;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.MemberAppointed;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.MembershipEnded;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.FindStructure;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.GremiumView;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.MemberView;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.StructureView;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.query.history.SourceColumns;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The governance structure on any day: which gremia existed, under which name and parent, and who
 * sat in them. Every fact is stored with its valid-time interval, so one table answers every {@code
 * asOf} date. Handlers are idempotent (inserts ignore rows already there, updates set values), and
 * the processor stores its token in the same transaction as these rows, so a replay or a crash
 * never counts twice.
 */
@ProcessingGroup(StructureProjection.PROCESSING_GROUP)
public class StructureProjection {

  public static final String PROCESSING_GROUP = "structure";

  /**
   * The version of this projection's tables and of what it writes into them: raise it with every
   * change that needs the stored events projected again (a new table or column, a new way of
   * filling one), and the ledger rebuilds this read model once at its next start.
   */
  public static final int READ_MODEL_VERSION = 3;

  private final JdbcClient jdbc;

  public StructureProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(GremiumEstablished event, @SequenceNumber long sequence, MetaData metaData) {
    SourceColumns.bind(
            jdbc.sql(
                "INSERT INTO structure_gremium (id, type, parent_id, begin_date, planned_end_date, "
                    + SourceColumns.columns("")
                    + ") VALUES (:id, :type, :parent, :begin, :end, "
                    + SourceColumns.parameters("")
                    + ") ON CONFLICT DO NOTHING"),
            "",
            metaData)
        .param("id", event.gremiumId().toString())
        .param("type", event.type().name())
        .param("parent", event.parentId() == null ? null : event.parentId().toString())
        .param("begin", event.beginDate())
        .param("end", event.endDate())
        .update();
    insertName(event.gremiumId().toString(), sequence, event.beginDate(), event.name());
    change(event, sequence, "ESTABLISHED", event.beginDate())
        .param("name", event.name())
        .param("previous", null)
        .param("membership", null)
        .update();
  }

  @EventHandler
  void on(GremiumRenamed event, @SequenceNumber long sequence) {
    insertName(event.gremiumId().toString(), sequence, event.effectiveDate(), event.name());
    change(event, sequence, "RENAMED", event.effectiveDate())
        .param("name", event.name())
        .param("previous", event.previousName())
        .param("membership", null)
        .update();
  }

  @EventHandler
  void on(GremiumDissolved event, @SequenceNumber long sequence) {
    change(event, sequence, "DISSOLVED", event.effectiveDate())
        .param("name", null)
        .param("previous", null)
        .param("membership", null)
        .update();
    jdbc.sql("UPDATE structure_gremium SET dissolved_on = :day WHERE id = :id")
        .param("day", event.effectiveDate())
        .param("id", event.gremiumId().toString())
        .update();
    for (var successor : event.successors()) {
      jdbc.sql(
              """
              INSERT INTO structure_succession
                  (merged_id, successor_id, recorded_by, effective_date, besluit_id, tasks)
              VALUES (:merged, :successor, 'DISSOLUTION', :day, :besluit, :tasks)
              ON CONFLICT DO NOTHING""")
          .param("merged", event.gremiumId().toString())
          .param("successor", successor.gremiumId().toString())
          .param("day", event.effectiveDate())
          .param(
              "besluit",
              event.decision().besluitId() == null ? null : event.decision().besluitId().toString())
          .param("tasks", successor.tasks())
          .update();
    }
  }

  @EventHandler
  void on(MemberAppointed event, @SequenceNumber long sequence, MetaData metaData) {
    change(event, sequence, "APPOINTED", event.startDate())
        .param("name", null)
        .param("previous", null)
        .param("membership", event.membershipId().toString())
        .update();
    SourceColumns.bind(
            jdbc.sql(
                "INSERT INTO structure_membership (id, gremium_id, person_name, province, role,"
                    + " start_date, "
                    + SourceColumns.columns("")
                    + ") VALUES (:id, :gremium, :person, :province, :role, :start, "
                    + SourceColumns.parameters("")
                    + ") ON CONFLICT DO NOTHING"),
            "",
            metaData)
        .param("id", event.membershipId().toString())
        .param("gremium", event.gremiumId().toString())
        .param("person", event.personName())
        .param("province", event.province() == null ? null : event.province().name())
        .param("role", event.role().name())
        .param("start", event.startDate())
        .update();
  }

  @EventHandler
  void on(MembershipEnded event, @SequenceNumber long sequence) {
    change(event, sequence, "ENDED", event.endDate())
        .param("name", null)
        .param("previous", null)
        .param("membership", event.membershipId().toString())
        .update();
    jdbc.sql("UPDATE structure_membership SET end_date = :day WHERE id = :id")
        .param("day", event.endDate())
        .param("id", event.membershipId().toString())
        .update();
  }

  /**
   * A dissolution recorded before dissolutions named their successors (an empty list) leaves the
   * merger's successor to the besluit's effect, so the lineage of those is read there; a
   * dissolution that names them came first and already wrote the same rows (with their parts).
   */
  @EventHandler
  void on(BesluitEffectCarriedOut event) {
    if (!(event.effect() instanceof Effect.MergeGremia merger)) {
      return;
    }
    for (var merged : merger.merged()) {
      jdbc.sql(
              """
              INSERT INTO structure_succession
                  (merged_id, successor_id, recorded_by, effective_date, besluit_id)
              VALUES (:merged, :successor, 'EFFECT', :day, :besluit) ON CONFLICT DO NOTHING""")
          .param("merged", merged.toString())
          .param("successor", merger.gremiumId().toString())
          .param("day", merger.effectiveDate())
          .param("besluit", event.besluitId().toString())
          .update();
    }
  }

  @ResetHandler
  void reset() {
    jdbc.sql("DELETE FROM structure_succession").update();
    jdbc.sql("DELETE FROM structure_change").update();
    jdbc.sql("DELETE FROM structure_membership").update();
    jdbc.sql("DELETE FROM structure_gremium_name").update();
    jdbc.sql("DELETE FROM structure_gremium").update();
  }

  @QueryHandler
  public StructureView handle(FindStructure query) {
    LocalDate day = query.asOf();
    Map<String, List<MemberView>> members = MembersOnADay.all(jdbc, day);
    List<GremiumView> gremia =
        jdbc.sql(
                "SELECT g.id, g.type, g.parent_id, g.begin_date, g.planned_end_date,"
                    + " g.dissolved_on, "
                    + SourceColumns.columns("g.")
                    + ", "
                    + GremiumNameSql.onDay("g.id", ":day")
                    + " AS name, "
                    + GremiumNameSql.onDay("g.parent_id", ":day")
                    + " AS parent_name FROM structure_gremium g WHERE "
                    + GremiaInForce.inForce("g", ":day"))
            .param("day", day)
            .query(
                (rs, row) ->
                    new GremiumView(
                        rs.getString("id"),
                        rs.getString("name"),
                        GremiumType.valueOf(rs.getString("type")),
                        rs.getString("parent_id"),
                        rs.getString("parent_name"),
                        rs.getObject("begin_date", LocalDate.class),
                        earliest(
                            rs.getObject("planned_end_date", LocalDate.class),
                            rs.getObject("dissolved_on", LocalDate.class)),
                        members.getOrDefault(rs.getString("id"), List.of()),
                        SourceColumns.read(rs, "")))
            .list();
    List<GremiumView> sorted = new ArrayList<>(gremia);
    sorted.sort(
        Comparator.comparing(GremiumView::type)
            .thenComparing(GremiumView::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(GremiumView::id));
    return new StructureView(day, sorted);
  }

  /** The statement for one change row; the caller binds name, previous and membership. */
  private JdbcClient.StatementSpec change(
      GremiumEvent event, long sequence, String kind, LocalDate day) {
    return jdbc.sql(
            """
            INSERT INTO structure_change (gremium_id, seq, kind, effective_date, name,
                previous_name, membership_id, decision_text, besluit_id)
            VALUES (:gremium, :seq, :kind, :day, :name, :previous, :membership, :decision,
                :besluit) ON CONFLICT DO NOTHING""")
        .param("gremium", event.gremiumId().toString())
        .param("seq", sequence)
        .param("kind", kind)
        .param("day", day)
        .param("decision", event.decision().text())
        .param(
            "besluit",
            event.decision().besluitId() == null ? null : event.decision().besluitId().toString());
  }

  private void insertName(String gremiumId, long sequence, LocalDate validFrom, String name) {
    jdbc.sql(
            """
            INSERT INTO structure_gremium_name (gremium_id, seq, valid_from, name)
            VALUES (:id, :seq, :from, :name) ON CONFLICT DO NOTHING""")
        .param("id", gremiumId)
        .param("seq", sequence)
        .param("from", validFrom)
        .param("name", name)
        .update();
  }

  private static LocalDate earliest(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }
}
