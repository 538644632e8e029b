package nl.ipo.ledger.query.gremium;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ipo.ledger.kernel.common.Province;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.MemberView;
import nl.ipo.ledger.kernel.gremium.MemberRole;
import nl.ipo.ledger.query.history.SourceColumns;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The members of gremia on a day, read from the structure read model's memberships: those that
 * began on or before the day and had not ended by it (end dates are exclusive), per gremium, in the
 * order the IPO lists them. The structure's own answers and every other read model that lists
 * members (the mandate register names a mandated body's members) read them here, so the rule and
 * the order have one source.
 */
public final class MembersOnADay {

  /**
   * By role, then province, then since when; seats alike in all else by id, the same everywhere.
   */
  public static final Comparator<MemberView> ORDER =
      Comparator.comparing(MemberView::role)
          // a chair, adviser or post holder without a province comes before the provinces' seats
          .thenComparing(MemberView::province, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(MemberView::since)
          .thenComparing(MemberView::personName, Comparator.nullsLast(Comparator.naturalOrder()))
          // seats alike in all else (a province's seats whose holders the sources do not name):
          // the id, so the order is the same on every database and after every rebuild
          .thenComparing(MemberView::membershipId);

  private MembersOnADay() {}

  /** Every gremium's members on {@code day}. */
  public static Map<String, List<MemberView>> all(JdbcClient jdbc, LocalDate day) {
    return read(jdbc.sql(SELECT + IN_FORCE).param("day", day));
  }

  /** One gremium's members on {@code day}. */
  public static List<MemberView> of(JdbcClient jdbc, LocalDate day, String gremium) {
    return read(jdbc.sql(SELECT + IN_FORCE + " AND gremium_id = :id")
            .param("day", day)
            .param("id", gremium))
        .getOrDefault(gremium, List.of());
  }

  /** The named members (seats whose holder the sources name) of {@code gremia} on {@code day}. */
  public static Map<String, List<MemberView>> named(
      JdbcClient jdbc, LocalDate day, Collection<String> gremia) {
    if (gremia.isEmpty()) {
      return Map.of();
    }
    return read(
        jdbc.sql(SELECT + IN_FORCE + " AND gremium_id IN (:ids) AND person_name IS NOT NULL")
            .param("day", day)
            .param("ids", gremia));
  }

  private static final String SELECT =
      "SELECT id, gremium_id, person_name, province, role, start_date, end_date, "
          + SourceColumns.columns("")
          + " FROM structure_membership";
  private static final String IN_FORCE =
      " WHERE start_date <= :day AND (end_date IS NULL OR end_date > :day)";

  private static Map<String, List<MemberView>> read(JdbcClient.StatementSpec statement) {
    Map<String, List<MemberView>> byGremium = new LinkedHashMap<>();
    statement.query(
        rs -> {
          byGremium
              .computeIfAbsent(rs.getString("gremium_id"), k -> new ArrayList<>())
              .add(
                  new MemberView(
                      rs.getString("id"),
                      rs.getString("person_name"),
                      rs.getString("province") == null
                          ? null
                          : Province.valueOf(rs.getString("province")),
                      MemberRole.valueOf(rs.getString("role")),
                      rs.getObject("start_date", LocalDate.class),
                      rs.getObject("end_date", LocalDate.class),
                      SourceColumns.read(rs, "")));
        });
    byGremium.values().forEach(list -> list.sort(ORDER));
    return byGremium;
  }
}
