package nl.ipo.ledger.query.gremium;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.ipo.ledger.kernel.common.Province;
import nl.ipo.ledger.kernel.error.NotFoundException;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.ChangeKind;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.FindGremia;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.FindGremium;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.FindStructureChanges;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.GremiumChange;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.GremiumDetail;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.GremiumPage;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.GremiumRef;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.GremiumSummary;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.MemberView;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.MembershipChange;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.StructureChanges;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.kernel.gremium.MemberRole;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The structure read model seen over time rather than on one day: the list of every gremium, one
 * gremium's lifetime and lineage, and what changed between two days. Reads the tables {@link
 * StructureProjection} keeps; it never writes.
 */
public class StructureCatalogue {

  private static final String GREMIUM_COLUMNS =
      "g.id, g.type, g.parent_id, g.begin_date, g.planned_end_date, g.dissolved_on";

  /** Types in the order of the enum (AV, bestuur, BAC, …), as SQL. */
  private static final String TYPE_ORDER =
      Stream.of(GremiumType.values())
          .map(t -> "WHEN '" + t.name() + "' THEN " + t.ordinal())
          .collect(Collectors.joining(" ", "CASE type ", " END"));

  private final JdbcClient jdbc;

  public StructureCatalogue(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private static String latestName(String column) {
    return GremiumNameSql.latest(column);
  }

  private static String nameOn(String column, String day) {
    return GremiumNameSql.onDay(column, day);
  }

  @QueryHandler
  public GremiumPage handle(FindGremia query) {
    String where = query.type() == null ? "" : " WHERE g.type = :type";
    long total =
        jdbc.sql("SELECT COUNT(*) FROM structure_gremium g" + where)
            .params(typeParam(query.type()))
            .query(Long.class)
            .single();
    List<Row> rows =
        jdbc.sql(
                "SELECT x.id, x.type, x.parent_id, x.begin_date, x.planned_end_date,"
                    + " x.dissolved_on, x.name, x.parent_name FROM (SELECT "
                    + GREMIUM_COLUMNS
                    + ", "
                    + latestName("g.id")
                    + " AS name, "
                    + latestName("g.parent_id")
                    + " AS parent_name FROM structure_gremium g"
                    + where
                    + ") x ORDER BY "
                    + TYPE_ORDER
                    + ", LOWER(name), id LIMIT :size OFFSET :offset")
            .params(typeParam(query.type()))
            .param("size", query.size())
            .param("offset", (long) query.page() * query.size())
            .query(StructureCatalogue::row)
            .list();
    Lineage lineage = lineage(rows.stream().map(Row::id).toList());
    return new GremiumPage(
        query.page(), query.size(), total, rows.stream().map(r -> r.summary(lineage)).toList());
  }

  @QueryHandler
  public GremiumDetail handle(FindGremium query) {
    String id = query.gremiumId().toString();
    Row row =
        jdbc.sql(
                "SELECT "
                    + GREMIUM_COLUMNS
                    + ", "
                    + latestName("g.id")
                    + " AS name, "
                    + latestName("g.parent_id")
                    + " AS parent_name FROM structure_gremium g WHERE g.id = :id")
            .param("id", id)
            .query(StructureCatalogue::row)
            .optional()
            .orElseThrow(
                () -> new NotFoundException("gremiumId", "Er is geen gremium met id " + id + "."));
    List<GremiumRef> children =
        jdbc.sql(
                "SELECT x.id, x.type, x.name FROM (SELECT g.id, g.type, g.begin_date, "
                    + latestName("g.id")
                    + " AS name FROM structure_gremium g WHERE g.parent_id = :id)"
                    + " x ORDER BY begin_date, LOWER(name)")
            .param("id", id)
            .query(
                (rs, n) ->
                    new GremiumRef(
                        rs.getString("id"),
                        rs.getString("name"),
                        GremiumType.valueOf(rs.getString("type"))))
            .list();
    // the members the structure of that day lists for it: none unless it is in force then; read
    // for this gremium alone, not by filtering the whole structure of the day
    boolean inForce =
        jdbc.sql(
                    "SELECT COUNT(*) FROM structure_gremium g WHERE g.id = :id AND "
                        + GremiaInForce.inForce("g", ":day"))
                .param("id", id)
                .param("day", query.asOf())
                .query(Long.class)
                .single()
            > 0;
    List<MemberView> members = inForce ? MembersOnADay.of(jdbc, query.asOf(), id) : List.of();
    return new GremiumDetail(row.summary(lineage(List.of(id))), query.asOf(), children, members);
  }

  @QueryHandler
  public StructureChanges handle(FindStructureChanges query) {
    List<GremiumChange> gremia = new ArrayList<>();
    List<MembershipChange> memberships = new ArrayList<>();
    List<ChangeRow> rows =
        jdbc.sql(
                "SELECT c.gremium_id, c.kind, c.effective_date, c.name, c.previous_name,"
                    + " c.membership_id, c.decision_text, c.besluit_id, g.type, "
                    + nameOn("c.gremium_id", "c.effective_date")
                    + " AS name_then, "
                    + latestName("c.gremium_id")
                    + " AS name_latest, m.person_name, m.province, m.role"
                    + " FROM structure_change c JOIN structure_gremium g ON g.id = c.gremium_id"
                    + " LEFT JOIN structure_membership m ON m.id = c.membership_id"
                    + " WHERE c.effective_date > :from AND c.effective_date <= :to"
                    + " ORDER BY c.effective_date, "
                    + TYPE_ORDER
                    + ", c.gremium_id, c.seq")
            .param("from", query.from())
            .param("to", query.to())
            .query(
                (rs, n) ->
                    new ChangeRow(
                        rs.getString("gremium_id"),
                        rs.getString("kind"),
                        rs.getObject("effective_date", LocalDate.class),
                        GremiumType.valueOf(rs.getString("type")),
                        rs.getString("name"),
                        rs.getString("previous_name"),
                        first(rs.getString("name_then"), rs.getString("name_latest")),
                        rs.getString("membership_id"),
                        rs.getString("person_name"),
                        rs.getString("province"),
                        rs.getString("role"),
                        rs.getString("decision_text"),
                        rs.getString("besluit_id")))
            .list();
    Lineage lineage = lineage(rows.stream().map(ChangeRow::gremiumId).collect(Collectors.toSet()));
    for (ChangeRow c : rows) {
      switch (c.kind()) {
        case "ESTABLISHED" ->
            gremia.add(c.change(ChangeKind.ESTABLISHED, c.name(), null, lineage.predecessorsOf(c)));
        case "RENAMED" ->
            gremia.add(c.change(ChangeKind.RENAMED, c.name(), c.previousName(), List.of()));
        case "DISSOLVED" -> {
          List<GremiumRef> successors = lineage.successorsOf(c);
          gremia.add(
              c.change(
                  successors.isEmpty() ? ChangeKind.DISSOLVED : ChangeKind.MERGED,
                  c.nameThen(),
                  null,
                  successors));
        }
        default ->
            memberships.add(
                new MembershipChange(
                    "APPOINTED".equals(c.kind()),
                    c.date(),
                    c.membershipId(),
                    c.gremiumId(),
                    c.nameThen(),
                    c.personName(),
                    c.province() == null ? null : Province.valueOf(c.province()),
                    c.role() == null ? null : MemberRole.valueOf(c.role()),
                    c.decision(),
                    c.besluitId()));
      }
    }
    gremia.addAll(plannedEnds(query));
    gremia.sort(Comparator.comparing(GremiumChange::date));
    return new StructureChanges(query.from(), query.to(), gremia, memberships);
  }

  /** Temporary gremia whose term ended in the interval without an earlier dissolution. */
  private List<GremiumChange> plannedEnds(FindStructureChanges query) {
    return jdbc.sql(
            "SELECT g.id, g.type, g.planned_end_date, c.decision_text, c.besluit_id, "
                + latestName("g.id")
                + " AS name FROM structure_gremium g"
                + " JOIN structure_change c ON c.gremium_id = g.id AND c.kind = 'ESTABLISHED'"
                + " WHERE g.planned_end_date > :from AND g.planned_end_date <= :to"
                + " AND (g.dissolved_on IS NULL OR g.dissolved_on > g.planned_end_date)")
        .param("from", query.from())
        .param("to", query.to())
        .query(
            (rs, n) ->
                new GremiumChange(
                    ChangeKind.DISSOLVED,
                    rs.getObject("planned_end_date", LocalDate.class),
                    rs.getString("id"),
                    rs.getString("name"),
                    GremiumType.valueOf(rs.getString("type")),
                    null,
                    List.of(),
                    rs.getString("decision_text"),
                    rs.getString("besluit_id")))
        .list();
  }

  private static Map<String, Object> typeParam(GremiumType type) {
    return type == null ? Map.of() : Map.of("type", type.name());
  }

  /** Which gremia went into which, for the given ones in either direction. */
  private Lineage lineage(Collection<String> ids) {
    Map<String, List<GremiumRef>> successors = new LinkedHashMap<>();
    Map<String, List<GremiumRef>> predecessors = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return new Lineage(successors, predecessors);
    }
    Set<String> wanted = new TreeSet<>(ids);
    jdbc.sql(
            "SELECT s.merged_id, s.successor_id, s.tasks, gm.type AS merged_type,"
                + " gs.type AS successor_type, "
                + latestName("s.merged_id")
                + " AS merged_name, "
                + latestName("s.successor_id")
                + " AS successor_name FROM (SELECT merged_id, successor_id, MAX(tasks) AS tasks"
                + " FROM structure_succession WHERE merged_id IN (:ids) OR successor_id IN (:ids)"
                + " GROUP BY merged_id, successor_id) s"
                + " JOIN structure_gremium gm ON gm.id = s.merged_id"
                + " JOIN structure_gremium gs ON gs.id = s.successor_id")
        .param("ids", wanted)
        .query(
            rs -> {
              GremiumRef merged =
                  new GremiumRef(
                      rs.getString("merged_id"),
                      rs.getString("merged_name"),
                      GremiumType.valueOf(rs.getString("merged_type")),
                      rs.getString("tasks"));
              GremiumRef successor =
                  new GremiumRef(
                      rs.getString("successor_id"),
                      rs.getString("successor_name"),
                      GremiumType.valueOf(rs.getString("successor_type")),
                      rs.getString("tasks"));
              successors.computeIfAbsent(merged.id(), k -> new ArrayList<>()).add(successor);
              predecessors.computeIfAbsent(successor.id(), k -> new ArrayList<>()).add(merged);
            });
    Comparator<GremiumRef> byName =
        Comparator.comparing(GremiumRef::name, String.CASE_INSENSITIVE_ORDER);
    successors.values().forEach(list -> list.sort(byName));
    predecessors.values().forEach(list -> list.sort(byName));
    return new Lineage(successors, predecessors);
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }

  private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Row(
        rs.getString("id"),
        rs.getString("name"),
        GremiumType.valueOf(rs.getString("type")),
        rs.getString("parent_id"),
        rs.getString("parent_name"),
        rs.getObject("begin_date", LocalDate.class),
        earliest(
            rs.getObject("planned_end_date", LocalDate.class),
            rs.getObject("dissolved_on", LocalDate.class)));
  }

  private static LocalDate earliest(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }

  private record Lineage(
      Map<String, List<GremiumRef>> successors, Map<String, List<GremiumRef>> predecessors) {
    List<GremiumRef> successorsOf(ChangeRow c) {
      return successors.getOrDefault(c.gremiumId(), List.of());
    }

    List<GremiumRef> predecessorsOf(ChangeRow c) {
      return predecessors.getOrDefault(c.gremiumId(), List.of());
    }
  }

  private record Row(
      String id,
      String name,
      GremiumType type,
      String parentId,
      String parentName,
      LocalDate beginDate,
      LocalDate endDate) {
    GremiumSummary summary(Lineage lineage) {
      return new GremiumSummary(
          id,
          name,
          type,
          parentId,
          parentName,
          beginDate,
          endDate,
          lineage.predecessors().getOrDefault(id, List.of()),
          lineage.successors().getOrDefault(id, List.of()));
    }
  }

  private record ChangeRow(
      String gremiumId,
      String kind,
      LocalDate date,
      GremiumType type,
      String name,
      String previousName,
      String nameThen,
      String membershipId,
      String personName,
      String province,
      String role,
      String decision,
      String besluitId) {
    GremiumChange change(
        ChangeKind kind, String shownName, String previous, List<GremiumRef> related) {
      return new GremiumChange(
          kind,
          date,
          gremiumId,
          shownName == null ? nameThen : shownName,
          type,
          previous,
          related,
          decision,
          besluitId);
    }
  }
}
