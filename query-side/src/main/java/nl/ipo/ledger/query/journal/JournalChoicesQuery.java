package nl.ipo.ledger.query.journal;

import java.util.List;
import nl.ipo.ledger.kernel.journal.JournalQueries.FindJournalChoices;
import nl.ipo.ledger.kernel.journal.JournalQueries.JournalChoices;
import nl.ipo.ledger.kernel.journal.JournalQueries.NamedId;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The journal's filter choices. Reads the journal's table for what occurs, and the structure's and
 * the besluitenlijst's tables for the names (read only): the journal keeps ids, the names live
 * where their events are projected. A body or besluit whose name is not (yet) projected is shown by
 * its id rather than left out, so every fact stays reachable.
 */
public class JournalChoicesQuery {

  private final JdbcClient jdbc;

  public JournalChoicesQuery(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @QueryHandler
  public JournalChoices handle(FindJournalChoices query) {
    List<String> actors = distinct("actor").list();
    List<String> types = distinct("event_type").list();
    List<NamedId> bodies =
        jdbc.sql(
                WALK.formatted("body_id")
                    + """
                    SELECT b.v AS id, COALESCE(n.name, b.v) AS name
                    FROM walk b
                    LEFT JOIN structure_gremium_name n ON n.gremium_id = b.v
                        AND n.seq = (SELECT MAX(seq) FROM structure_gremium_name m
                                     WHERE m.gremium_id = b.v)
                    WHERE b.v IS NOT NULL
                    ORDER BY name, id""")
            .query((rs, row) -> new NamedId(rs.getString("id"), rs.getString("name")))
            .list();
    List<NamedId> besluiten =
        jdbc.sql(
                WALK.formatted("besluit_id")
                    + """
                    SELECT j.v AS id, COALESCE(v.subject, j.v) AS name
                    FROM walk j
                    LEFT JOIN besluit_view v ON v.besluit_id = j.v
                    WHERE j.v IS NOT NULL
                    ORDER BY v.submitted_on DESC, name, id""")
            .query((rs, row) -> new NamedId(rs.getString("id"), rs.getString("name")))
            .list();
    return new JournalChoices(actors, types, bodies, besluiten);
  }

  /**
   * {@code walk (v)}: the distinct values of an indexed column of the journal, NULL last, by a walk
   * through its index (a "loose index scan"), one index probe per value, where {@code SELECT
   * DISTINCT} read every row of the journal on each view of the journal page. The statement that
   * follows it selects {@code FROM walk ... WHERE v IS NOT NULL}.
   */
  private static final String WALK =
      """
      WITH RECURSIVE walk (v) AS (
        SELECT (SELECT j.%1$s FROM journal_entry j WHERE j.%1$s IS NOT NULL
                ORDER BY j.%1$s LIMIT 1)
        UNION ALL
        SELECT (SELECT j.%1$s FROM journal_entry j WHERE j.%1$s > walk.v
                ORDER BY j.%1$s LIMIT 1)
        FROM walk WHERE walk.v IS NOT NULL)
      """;

  private JdbcClient.MappedQuerySpec<String> distinct(String column) {
    return jdbc.sql(WALK.formatted(column) + "SELECT v FROM walk WHERE v IS NOT NULL ORDER BY v")
        .query(String.class);
  }
}
