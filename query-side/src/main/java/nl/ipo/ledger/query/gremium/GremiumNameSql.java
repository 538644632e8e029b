package nl.ipo.ledger.query.gremium;

/**
 * The gremium read model's names as SQL, written once for every query that names a body: the name
 * in force on a day is the one with the latest {@code valid_from} on or before it, of two on the
 * same day the one recorded last. Read models that name bodies read {@code structure_gremium_name}
 * through these fragments, so the rule has one source.
 */
public final class GremiumNameSql {

  private GremiumNameSql() {}

  /**
   * The name the gremium in {@code idColumn} carries on the day in {@code day} (a bind parameter
   * such as {@code :day}); NULL before its first name.
   */
  public static String onDay(String idColumn, String day) {
    return "(SELECT n.name FROM structure_gremium_name n WHERE n.gremium_id = "
        + idColumn
        + " AND n.valid_from <= "
        + day
        + " ORDER BY n.valid_from DESC, n.seq DESC LIMIT 1)";
  }

  /** The gremium's latest name, whatever day it takes effect. */
  public static String latest(String idColumn) {
    return "(SELECT n.name FROM structure_gremium_name n WHERE n.gremium_id = "
        + idColumn
        + " ORDER BY n.valid_from DESC, n.seq DESC LIMIT 1)";
  }

  /** The gremium's first name. */
  public static String first(String idColumn) {
    return "(SELECT n.name FROM structure_gremium_name n WHERE n.gremium_id = "
        + idColumn
        + " ORDER BY n.valid_from, n.seq LIMIT 1)";
  }
}
