package nl.ipo.ledger.query.gremium;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The gremia of some kinds in force on a day, with their name that day, read from the structure
 * read model for the read models that join it (the competence answer lists the bodies of the
 * competent kinds): begun on or before the day, neither dissolved nor past their planned end by
 * then, by kind, then name, then id.
 */
public final class GremiaInForce {

  /** One gremium in force, as another read model names it. */
  public record InForce(String id, String name, GremiumType type) {}

  private GremiaInForce() {}

  /**
   * The SQL condition that the gremium row {@code alias} is in force on the day in {@code day} (a
   * bind parameter such as {@code :day}): begun by then, and neither dissolved nor past its planned
   * end (end dates are exclusive). The structure's own answer and this class both use it, so the
   * rule has one source.
   */
  public static String inForce(String alias, String day) {
    return alias
        + ".begin_date <= "
        + day
        + " AND ("
        + alias
        + ".dissolved_on IS NULL OR "
        + alias
        + ".dissolved_on > "
        + day
        + ") AND ("
        + alias
        + ".planned_end_date IS NULL OR "
        + alias
        + ".planned_end_date > "
        + day
        + ")";
  }

  public static List<InForce> ofTypes(
      JdbcClient jdbc, Collection<GremiumType> types, LocalDate day) {
    if (types.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT g.id, g.type, "
                + GremiumNameSql.onDay("g.id", ":day")
                + " AS name FROM structure_gremium g WHERE g.type IN (:types) AND "
                + inForce("g", ":day")
                + " ORDER BY g.type, name, g.id")
        .param("types", types.stream().map(Enum::name).toList())
        .param("day", day)
        .query(
            (rs, n) ->
                new InForce(
                    rs.getString("id"),
                    rs.getString("name"),
                    GremiumType.valueOf(rs.getString("type"))))
        .list();
  }
}
