package nl.ipo.ledger.query.besluit;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The names people read instead of ids: the latest name of each gremium, from the structure's read
 * model, and a party as the besluitenlijst stores it ({@code Party.toString()}: "gremium <id>" or a
 * person's name) as a name.
 */
public final class GremiumNames {

  private static final Pattern GREMIUM_PARTY =
      Pattern.compile(
          "gremium ([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})");

  /** Ids per query: well below every database's limit on bound parameters. */
  private static final int CHUNK = 500;

  private GremiumNames() {}

  /** The latest name of each known gremium among {@code ids}. */
  public static Map<String, String> of(JdbcClient jdbc, Collection<String> ids) {
    Map<String, String> names = new HashMap<>();
    List<String> distinct = ids.stream().filter(id -> id != null).distinct().toList();
    for (int from = 0; from < distinct.size(); from += CHUNK) {
      jdbc.sql(
              """
              SELECT n.gremium_id, n.name FROM structure_gremium_name n
               WHERE n.gremium_id IN (:ids)
                 AND NOT EXISTS (SELECT 1 FROM structure_gremium_name m
                                  WHERE m.gremium_id = n.gremium_id
                                    AND (m.valid_from > n.valid_from
                                         OR (m.valid_from = n.valid_from AND m.seq > n.seq)))""")
          .param("ids", distinct.subList(from, Math.min(distinct.size(), from + CHUNK)))
          .query((rs, n) -> Map.entry(rs.getString("gremium_id"), rs.getString("name")))
          .list()
          .forEach(e -> names.put(e.getKey(), e.getValue()));
    }
    return names;
  }

  /** The gremium id a stored party names, or null for a person. */
  public static String gremiumOf(String party) {
    if (party == null) {
      return null;
    }
    var matcher = GREMIUM_PARTY.matcher(party);
    return matcher.matches() ? matcher.group(1) : null;
  }

  /** A stored party as a reader sees it: the gremium's name, or the person's. */
  public static String party(String party, Map<String, String> names) {
    String gremium = gremiumOf(party);
    return gremium == null ? party : names.getOrDefault(gremium, "onbekend gremium");
  }

  /** {@code LIKE} patterns, one per word of a search text, lower case, wildcards escaped. */
  public static List<String> words(String q) {
    if (q == null) {
      return List.of();
    }
    return java.util.Arrays.stream(q.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+"))
        .filter(w -> !w.isEmpty())
        .distinct()
        .limit(10)
        .map(w -> "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        .toList();
  }
}
