package nl.ipo.ledger.query.mandaat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.error.NotFoundException;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent.MandaatAmended;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent.MandaatExpired;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent.MandaatGranted;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent.MandaatRevoked;
import nl.ipo.ledger.kernel.mandaat.MandaatQueries.FindMandaatLineage;
import nl.ipo.ledger.kernel.mandaat.MandaatQueries.MandaatNode;
import nl.ipo.ledger.kernel.mandaat.MandaatQueries.MandaatVersion;
import nl.ipo.ledger.kernel.mandaat.MandaatScope;
import nl.ipo.ledger.query.history.SourceColumns;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Mandates with every version of their terms, so that the lineage of a mandate and its sub-mandates
 * can be shown as it stood on any day.
 */
@ProcessingGroup(MandaatProjection.PROCESSING_GROUP)
public class MandaatProjection {

  public static final String PROCESSING_GROUP = "mandaten";

  /**
   * The version of this projection's tables and of what it writes into them: raise it with every
   * change that needs the stored events projected again (a new table or column, a new way of
   * filling one), and the ledger rebuilds this read model once at its next start.
   */
  public static final int READ_MODEL_VERSION = 2;

  private final JdbcClient jdbc;

  /** The columns of {@code mandaat_view} a {@code Row} is read from. */
  static final String VIEW_COLUMNS =
      "mandaat_id, parent_id, mandaatgever_gremium_id, mandaatgever_person, mandataris_gremium_id,"
          + " mandataris_person, start_date, revoked_from, expired_on";

  public MandaatProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(MandaatGranted event, MetaData metaData) {
    jdbc.sql(
            """
            INSERT INTO mandaat_view (mandaat_id, parent_id, mandaatgever_gremium_id,
                mandaatgever_person, mandataris_gremium_id, mandataris_person, start_date)
            VALUES (:id, :parent, :geverGremium, :geverPerson, :nemerGremium, :nemerPerson, :start)
            ON CONFLICT DO NOTHING""")
        .param("id", event.mandaatId().toString())
        .param(
            "parent", event.parentMandaatId() == null ? null : event.parentMandaatId().toString())
        .param("geverGremium", gremium(event.mandaatgever()))
        .param("geverPerson", event.mandaatgever().personName())
        .param("nemerGremium", gremium(event.mandataris()))
        .param("nemerPerson", event.mandataris().personName())
        .param("start", event.startDate())
        .update();
    version(
        event.mandaatId().toString(),
        0,
        event.startDate(),
        event.scope(),
        event.ceiling(),
        event.endDate(),
        event.conditions(),
        event.decision().text(),
        metaData);
  }

  @EventHandler
  void on(MandaatAmended event, @SequenceNumber long sequence, MetaData metaData) {
    version(
        event.mandaatId().toString(),
        (int) sequence,
        event.effectiveDate(),
        event.scope(),
        event.ceiling(),
        event.endDate(),
        event.conditions(),
        event.decision().text(),
        metaData);
  }

  @EventHandler
  void on(MandaatRevoked event) {
    jdbc.sql("UPDATE mandaat_view SET revoked_from = :day WHERE mandaat_id = :id")
        .param("day", event.effectiveDate())
        .param("id", event.mandaatId().toString())
        .update();
  }

  @EventHandler
  void on(MandaatExpired event) {
    jdbc.sql("UPDATE mandaat_view SET expired_on = :day WHERE mandaat_id = :id")
        .param("day", event.effectiveDate())
        .param("id", event.mandaatId().toString())
        .update();
  }

  @ResetHandler
  void reset() {
    jdbc.sql("DELETE FROM mandaat_version").update();
    jdbc.sql("DELETE FROM mandaat_view").update();
  }

  @QueryHandler
  public MandaatNode handle(FindMandaatLineage query) {
    Map<String, Row> rows = new LinkedHashMap<>();
    jdbc.sql("SELECT " + VIEW_COLUMNS + " FROM mandaat_view ORDER BY start_date, mandaat_id")
        .query(
            rs -> {
              rows.put(
                  rs.getString("mandaat_id"),
                  new Row(
                      rs.getString("mandaat_id"),
                      rs.getString("parent_id"),
                      party(
                          rs.getString("mandaatgever_gremium_id"),
                          rs.getString("mandaatgever_person")),
                      party(
                          rs.getString("mandataris_gremium_id"), rs.getString("mandataris_person")),
                      rs.getObject("start_date", LocalDate.class),
                      rs.getObject("revoked_from", LocalDate.class),
                      rs.getObject("expired_on", LocalDate.class)));
            });
    Row root = rows.get(query.mandaatId().toString());
    if (root == null || root.start().isAfter(query.asOf())) {
      throw new NotFoundException(
          "mandaatId",
          "Er is op " + query.asOf() + " geen mandaat met id " + query.mandaatId() + " bekend.");
    }
    return node(root, rows, query.asOf());
  }

  /** Valid mandates on a day, for the competence query. */
  public List<MandaatNode> validOn(LocalDate day) {
    return jdbc
        .sql(
            """
            SELECT mandaat_id, parent_id, mandaatgever_gremium_id, mandaatgever_person,
                   mandataris_gremium_id, mandataris_person, start_date, revoked_from, expired_on
              FROM mandaat_view
             WHERE start_date <= :day
               AND (revoked_from IS NULL OR revoked_from > :day)
               AND (expired_on IS NULL OR expired_on > :day)
             ORDER BY start_date, mandaat_id""")
        .param("day", day)
        .query(
            (rs, n) ->
                new Row(
                    rs.getString("mandaat_id"),
                    rs.getString("parent_id"),
                    party(
                        rs.getString("mandaatgever_gremium_id"),
                        rs.getString("mandaatgever_person")),
                    party(rs.getString("mandataris_gremium_id"), rs.getString("mandataris_person")),
                    rs.getObject("start_date", LocalDate.class),
                    rs.getObject("revoked_from", LocalDate.class),
                    rs.getObject("expired_on", LocalDate.class)))
        .list()
        .stream()
        .map(row -> node(row, Map.of(), day))
        .filter(node -> node.status().equals("GELDIG"))
        .toList();
  }

  private MandaatNode node(Row row, Map<String, Row> all, LocalDate day) {
    List<MandaatVersion> versions = versions(row.id(), day);
    List<MandaatNode> children = new ArrayList<>();
    for (Row candidate : all.values()) {
      if (row.id().equals(candidate.parent()) && !candidate.start().isAfter(day)) {
        children.add(node(candidate, all, day));
      }
    }
    return new MandaatNode(
        row.id(), row.gever(), row.nemer(), status(row, versions, day), versions, children);
  }

  private static String status(Row row, List<MandaatVersion> versions, LocalDate day) {
    LocalDate end = versions.isEmpty() ? null : versions.get(versions.size() - 1).endDate();
    return status(row.start(), row.revokedFrom(), row.expiredOn(), end, day);
  }

  /**
   * A mandate's status on a day, from its start, revocation, recorded expiry and the end date of
   * the version in force. One rule for the lineage and the register.
   */
  static String status(
      LocalDate start, LocalDate revokedFrom, LocalDate expiredOn, LocalDate end, LocalDate day) {
    if (start.isAfter(day)) {
      return "NOG_NIET";
    }
    if (revokedFrom != null && !revokedFrom.isAfter(day)) {
      return "INGETROKKEN";
    }
    if ((expiredOn != null && !expiredOn.isAfter(day)) || (end != null && !end.isAfter(day))) {
      return "VERLOPEN";
    }
    return "GELDIG";
  }

  private List<MandaatVersion> versions(String id, LocalDate day) {
    return jdbc.sql(
            """
            SELECT version, valid_from, scope_types, scope_subjects, ceiling, end_date, conditions,
                   decision_text
              FROM mandaat_version WHERE mandaat_id = :id AND valid_from <= :day
             ORDER BY version""")
        .param("id", id)
        .param("day", day)
        .query(
            (rs, n) ->
                new MandaatVersion(
                    rs.getInt("version"),
                    rs.getObject("valid_from", LocalDate.class),
                    new MandaatScope(
                        lines(rs.getString("scope_types")).stream()
                            .map(BesluitType::valueOf)
                            .collect(Collectors.toSet()),
                        lines(rs.getString("scope_subjects"))),
                    rs.getBigDecimal("ceiling"),
                    rs.getObject("end_date", LocalDate.class),
                    rs.getString("conditions"),
                    rs.getString("decision_text")))
        .list();
  }

  private void version(
      String id,
      int version,
      LocalDate from,
      MandaatScope scope,
      BigDecimal ceiling,
      LocalDate end,
      String conditions,
      String decision,
      MetaData metaData) {
    SourceColumns.bind(
            jdbc.sql(
                """
            INSERT INTO mandaat_version (mandaat_id, version, valid_from, scope_types,
                scope_subjects, ceiling, end_date, conditions, decision_text,\s"""
                    + SourceColumns.columns("")
                    + """
                )
            VALUES (:id, :version, :from, :types, :subjects, :ceiling, :end, :conditions,
                :decision,\s"""
                    + SourceColumns.parameters("")
                    + ") ON CONFLICT DO NOTHING"),
            "",
            metaData)
        .param("id", id)
        .param("version", version)
        .param("from", from)
        .param(
            "types",
            scope.besluitTypes().stream()
                .map(Enum::name)
                .sorted()
                .collect(Collectors.joining("\n")))
        .param("subjects", String.join("\n", scope.subjects()))
        .param("ceiling", ceiling)
        .param("end", end)
        .param("conditions", conditions)
        .param("decision", decision)
        .update();
  }

  private static List<String> lines(String text) {
    return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
  }

  private static String gremium(Party party) {
    return party.gremiumId() == null ? null : party.gremiumId().toString();
  }

  static Party party(String gremiumId, String person) {
    return new Party(gremiumId == null ? null : GremiumId.parse("gremiumId", gremiumId), person);
  }

  private record Row(
      String id,
      String parent,
      Party gever,
      Party nemer,
      LocalDate start,
      LocalDate revokedFrom,
      LocalDate expiredOn) {}
}
