package nl.ipo.ledger.query.besluit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.kernel.zoeken.ZoekQueries.FindNamen;
import nl.ipo.ledger.kernel.zoeken.ZoekQueries.GremiumHit;
import nl.ipo.ledger.kernel.zoeken.ZoekQueries.MandaatHit;
import nl.ipo.ledger.kernel.zoeken.ZoekQueries.Namen;
import nl.ipo.ledger.kernel.zoeken.ZoekQueries.Zoek;
import nl.ipo.ledger.kernel.zoeken.ZoekQueries.Zoekresultaat;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The search across names and subjects, and the names behind ids, read from the structure's, the
 * besluitenlijst's and the mandates' read models. Every word must occur, in any case.
 */
public class BesluitSearch {

  private final JdbcClient jdbc;
  private final BesluitenlijstProjection besluiten;

  public BesluitSearch(JdbcClient jdbc, BesluitenlijstProjection besluiten) {
    this.jdbc = jdbc;
    this.besluiten = besluiten;
  }

  @QueryHandler
  public Zoekresultaat handle(Zoek query) {
    List<String> words = GremiumNames.words(query.q());
    return new Zoekresultaat(
        query.q(),
        gremia(words, query.limit()),
        besluiten.items(besluiten.matching(query.q(), query.limit())),
        mandaten(words, query.limit()));
  }

  @QueryHandler
  public Namen handle(FindNamen query) {
    return new Namen(GremiumNames.of(jdbc, query.gremiumIds()));
  }

  private List<GremiumHit> gremia(List<String> words, int limit) {
    StringBuilder name = new StringBuilder("1 = 1");
    Map<String, Object> params = new LinkedHashMap<>();
    for (int i = 0; i < words.size(); i++) {
      name.append(" AND LOWER(n.name) LIKE :w").append(i).append(" ESCAPE '\\'");
      params.put("w" + i, words.get(i));
    }
    record Found(String id, GremiumType type, java.time.LocalDate begin, java.time.LocalDate end) {}
    List<Found> found =
        jdbc.sql(
                "SELECT g.id, g.type, g.begin_date,"
                    + " COALESCE(g.dissolved_on, g.planned_end_date) AS end_date"
                    + " FROM structure_gremium g WHERE EXISTS (SELECT 1 FROM"
                    + " structure_gremium_name n WHERE n.gremium_id = g.id AND "
                    + name
                    + ") ORDER BY g.begin_date DESC, g.id LIMIT :limit")
            .params(params)
            .param("limit", limit)
            .query(
                (rs, n) ->
                    new Found(
                        rs.getString("id"),
                        GremiumType.valueOf(rs.getString("type")),
                        rs.getObject("begin_date", java.time.LocalDate.class),
                        rs.getObject("end_date", java.time.LocalDate.class)))
            .list();
    Map<String, String> names = GremiumNames.of(jdbc, found.stream().map(Found::id).toList());
    return found.stream()
        .map(f -> new GremiumHit(f.id(), names.get(f.id()), f.type(), f.begin(), f.end()))
        .sorted(java.util.Comparator.comparing(GremiumHit::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  private List<MandaatHit> mandaten(List<String> words, int limit) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> params = new LinkedHashMap<>();
    for (int i = 0; i < words.size(); i++) {
      String w = ":w" + i;
      where
          .append(" AND (LOWER(COALESCE(m.mandataris_person, '')) LIKE ")
          .append(w)
          .append(" ESCAPE '\\' OR LOWER(COALESCE(m.mandaatgever_person, '')) LIKE ")
          .append(w)
          .append(" ESCAPE '\\' OR EXISTS (SELECT 1 FROM structure_gremium_name n")
          .append(" WHERE n.gremium_id IN (m.mandataris_gremium_id, m.mandaatgever_gremium_id)")
          .append(" AND LOWER(n.name) LIKE ")
          .append(w)
          .append(" ESCAPE '\\'))");
      params.put("w" + i, words.get(i));
    }
    record Found(
        String id,
        String geverGremium,
        String geverPerson,
        String nemerGremium,
        String nemerPerson,
        java.time.LocalDate start) {}
    List<Found> found =
        jdbc.sql(
                "SELECT m.mandaat_id, m.mandaatgever_gremium_id, m.mandaatgever_person,"
                    + " m.mandataris_gremium_id, m.mandataris_person, m.start_date FROM mandaat_view m"
                    + where
                    + " ORDER BY m.start_date DESC, m.mandaat_id LIMIT :limit")
            .params(params)
            .param("limit", limit)
            .query(
                (rs, n) ->
                    new Found(
                        rs.getString("mandaat_id"),
                        rs.getString("mandaatgever_gremium_id"),
                        rs.getString("mandaatgever_person"),
                        rs.getString("mandataris_gremium_id"),
                        rs.getString("mandataris_person"),
                        rs.getObject("start_date", java.time.LocalDate.class)))
            .list();
    List<String> ids = new ArrayList<>();
    found.forEach(
        f -> {
          ids.add(f.geverGremium());
          ids.add(f.nemerGremium());
        });
    Map<String, String> names = GremiumNames.of(jdbc, ids);
    return found.stream()
        .map(
            f ->
                new MandaatHit(
                    f.id(),
                    f.geverGremium() != null ? names.get(f.geverGremium()) : f.geverPerson(),
                    f.nemerGremium() != null ? names.get(f.nemerGremium()) : f.nemerPerson(),
                    f.start()))
        .toList();
  }
}
