package nl.ipo.ledger.query.mandaat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.common.Source;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.MemberView;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.kernel.mandaat.MandaatQueries.FindMandaatDossier;
import nl.ipo.ledger.kernel.mandaat.MandaatQueries.FindMandaatLineage;
import nl.ipo.ledger.kernel.mandaat.MandaatQueries.FindMandaten;
import nl.ipo.ledger.kernel.mandaat.MandaatQueries.MandaatDossier;
import nl.ipo.ledger.kernel.mandaat.MandaatQueries.MandaatEntry;
import nl.ipo.ledger.kernel.mandaat.MandaatQueries.MandaatNode;
import nl.ipo.ledger.kernel.mandaat.MandaatQueries.MandatenPage;
import nl.ipo.ledger.kernel.mandaat.MandaatQueries.PartyView;
import nl.ipo.ledger.kernel.mandaat.MandaatQueries.VersionSource;
import nl.ipo.ledger.kernel.mandaat.MandaatScope;
import nl.ipo.ledger.query.gremium.GremiumNameSql;
import nl.ipo.ledger.query.gremium.MembersOnADay;
import nl.ipo.ledger.query.history.SourceColumns;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The mandate register and the names and sources beside a lineage, read from the mandate read model
 * ({@link MandaatProjection}) with the names from the structure read model and the sources from the
 * journal, all owned by the query side. It only reads: it keeps no tables of its own.
 */
public class MandaatRegister {

  private final JdbcClient jdbc;
  private final MandaatProjection lineage;

  public MandaatRegister(JdbcClient jdbc, MandaatProjection lineage) {
    this.jdbc = jdbc;
    this.lineage = lineage;
  }

  private record Row(
      String id,
      String parent,
      Party gever,
      Party nemer,
      LocalDate start,
      LocalDate revokedFrom,
      LocalDate expiredOn) {}

  private record Version(
      String mandaatId,
      int version,
      LocalDate validFrom,
      MandaatScope scope,
      BigDecimal ceiling,
      LocalDate endDate,
      String conditions,
      String decision,
      Source source) {}

  /**
   * Every mandate, with its status on the day. The register is small (a handful of mandates a
   * year), so the status, which depends on the version in force, is worked out here and the page
   * cut from the sorted list, rather than in SQL.
   */
  @QueryHandler
  public MandatenPage handle(FindMandaten query) {
    LocalDate day = query.asOf();
    List<Row> rows = rows();
    Map<String, List<Version>> versions = versions();
    List<MandaatEntry> all = new ArrayList<>();
    Map<String, PartyView> parties = parties(partiesOf(rows), day);
    for (Row row : rows) {
      List<Version> own = versions.getOrDefault(row.id(), List.of());
      if (own.isEmpty()) {
        continue;
      }
      List<Version> inForce = own.stream().filter(v -> !v.validFrom().isAfter(day)).toList();
      Version shown = inForce.isEmpty() ? own.get(0) : inForce.get(inForce.size() - 1);
      String status =
          MandaatProjection.status(
              row.start(), row.revokedFrom(), row.expiredOn(), shown.endDate(), day);
      if (query.status() != null && !query.status().equals(status)) {
        continue;
      }
      all.add(
          new MandaatEntry(
              row.id(),
              row.parent(),
              parties.get(key(row.gever())),
              parties.get(key(row.nemer())),
              status,
              row.start(),
              shown.endDate(),
              row.revokedFrom(),
              row.expiredOn(),
              shown.scope(),
              shown.ceiling(),
              shown.conditions(),
              shown.decision(),
              Math.max(1, inForce.size()),
              shown.source()));
    }
    long from = (long) query.page() * query.size();
    List<MandaatEntry> page =
        from >= all.size()
            ? List.of()
            : all.subList((int) from, (int) Math.min(all.size(), from + query.size()));
    return new MandatenPage(day, query.status(), query.page(), query.size(), all.size(), page);
  }

  @QueryHandler
  public MandaatDossier handle(FindMandaatDossier query) {
    MandaatNode root = lineage.handle(new FindMandaatLineage(query.mandaatId(), query.asOf()));
    Set<Party> parties = new LinkedHashSet<>();
    List<String> ids = new ArrayList<>();
    collect(root, parties, ids);
    List<VersionSource> sources = new ArrayList<>();
    for (String id : ids) {
      sources.addAll(sources(id));
    }
    return new MandaatDossier(root, List.copyOf(parties(parties, query.asOf()).values()), sources);
  }

  private static void collect(MandaatNode node, Set<Party> parties, List<String> ids) {
    parties.add(node.mandaatgever());
    parties.add(node.mandataris());
    ids.add(node.mandaatId());
    node.subMandaten().forEach(child -> collect(child, parties, ids));
  }

  /**
   * The journal entries of a mandate's recorded facts: the grant (0), each amendment and its end
   * (revoked, or expired when the ledger's deadline fired).
   */
  private List<VersionSource> sources(String mandaatId) {
    return jdbc.sql(
            "SELECT sequence_number, event_type, besluit_id, recorded_at, actor, actor_role, "
                + SourceColumns.columns("")
                + " FROM journal_entry WHERE aggregate_id = :id AND event_type IN"
                + " ('MandaatGranted', 'MandaatAmended', 'MandaatRevoked', 'MandaatExpired')"
                + " ORDER BY sequence_number")
        .param("id", mandaatId)
        .query(
            (rs, n) ->
                new VersionSource(
                    mandaatId,
                    rs.getInt("sequence_number"),
                    rs.getString("event_type"),
                    rs.getString("besluit_id"),
                    rs.getTimestamp("recorded_at").toInstant(),
                    rs.getString("actor"),
                    rs.getString("actor_role"),
                    SourceColumns.read(rs, "")))
        .list();
  }

  private static Set<Party> partiesOf(List<Row> rows) {
    Set<Party> parties = new LinkedHashSet<>();
    rows.forEach(
        row -> {
          parties.add(row.gever());
          parties.add(row.nemer());
        });
    return parties;
  }

  /** Each party by name: gremia with their name on the day and their named members that day. */
  private Map<String, PartyView> parties(Set<Party> parties, LocalDate day) {
    Set<String> gremia =
        parties.stream()
            .filter(Party::namesGremium)
            .map(p -> p.gremiumId().toString())
            .collect(Collectors.toCollection(LinkedHashSet::new));
    Map<String, String> names = new HashMap<>();
    Map<String, GremiumType> types = new HashMap<>();
    Map<String, List<MemberView>> members = Map.of();
    if (!gremia.isEmpty()) {
      jdbc.sql(
              "SELECT g.id, g.type, COALESCE("
                  + GremiumNameSql.onDay("g.id", ":day")
                  + ", "
                  + GremiumNameSql.first("g.id")
                  + ") AS name FROM structure_gremium g WHERE g.id IN (:ids)")
          .param("day", day)
          .param("ids", gremia)
          .query(
              rs -> {
                names.put(rs.getString("id"), rs.getString("name"));
                types.put(rs.getString("id"), GremiumType.valueOf(rs.getString("type")));
              });
      members = MembersOnADay.named(jdbc, day, gremia);
    }
    Map<String, PartyView> views = new LinkedHashMap<>();
    for (Party party : parties) {
      if (party.namesGremium()) {
        String id = party.gremiumId().toString();
        views.put(
            key(party),
            new PartyView(
                id,
                null,
                names.getOrDefault(id, "onbekend gremium"),
                types.get(id),
                members.getOrDefault(id, List.of())));
      } else {
        views.put(
            key(party),
            new PartyView(null, party.personName(), party.personName(), null, List.of()));
      }
    }
    return views;
  }

  private static String key(Party party) {
    return party.namesGremium() ? "g:" + party.gremiumId() : "p:" + party.personName();
  }

  private List<Row> rows() {
    return jdbc.sql(
            "SELECT "
                + MandaatProjection.VIEW_COLUMNS
                + " FROM mandaat_view ORDER BY start_date, mandaat_id")
        .query(
            (rs, n) ->
                new Row(
                    rs.getString("mandaat_id"),
                    rs.getString("parent_id"),
                    MandaatProjection.party(
                        rs.getString("mandaatgever_gremium_id"),
                        rs.getString("mandaatgever_person")),
                    MandaatProjection.party(
                        rs.getString("mandataris_gremium_id"), rs.getString("mandataris_person")),
                    rs.getObject("start_date", LocalDate.class),
                    rs.getObject("revoked_from", LocalDate.class),
                    rs.getObject("expired_on", LocalDate.class)))
        .list();
  }

  private Map<String, List<Version>> versions() {
    Map<String, List<Version>> byMandaat = new HashMap<>();
    jdbc.sql(
            "SELECT mandaat_id, version, valid_from, scope_types, scope_subjects, ceiling,"
                + " end_date, conditions, decision_text, "
                + SourceColumns.columns("")
                + " FROM mandaat_version"
                + " ORDER BY mandaat_id, version")
        .query(
            rs -> {
              byMandaat
                  .computeIfAbsent(rs.getString("mandaat_id"), k -> new ArrayList<>())
                  .add(
                      new Version(
                          rs.getString("mandaat_id"),
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
                          rs.getString("decision_text"),
                          SourceColumns.read(rs, "")));
            });
    return byMandaat;
  }

  private static List<String> lines(String text) {
    return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
  }
}
