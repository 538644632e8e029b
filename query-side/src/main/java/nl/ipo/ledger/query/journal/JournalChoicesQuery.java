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
    List<String> actors =
        jdbc.sql("SELECT DISTINCT actor FROM journal_entry WHERE actor IS NOT NULL ORDER BY actor")
            .query(String.class)
            .list();
    List<String> types =
        jdbc.sql("SELECT DISTINCT event_type FROM journal_entry ORDER BY event_type")
            .query(String.class)
            .list();
    List<NamedId> bodies =
        jdbc.sql(
                """
                SELECT b.body_id AS id, COALESCE(n.name, b.body_id) AS name
                FROM (SELECT DISTINCT body_id FROM journal_entry WHERE body_id IS NOT NULL) b
                LEFT JOIN structure_gremium_name n ON n.gremium_id = b.body_id
                    AND n.seq = (SELECT MAX(seq) FROM structure_gremium_name m
                                 WHERE m.gremium_id = b.body_id)
                ORDER BY name, id""")
            .query((rs, row) -> new NamedId(rs.getString("id"), rs.getString("name")))
            .list();
    List<NamedId> besluiten =
        jdbc.sql(
                """
                SELECT j.besluit_id AS id, COALESCE(v.subject, j.besluit_id) AS name
                FROM (SELECT DISTINCT besluit_id FROM journal_entry
                      WHERE besluit_id IS NOT NULL) j
                LEFT JOIN besluit_view v ON v.besluit_id = j.besluit_id
                ORDER BY v.submitted_on DESC, name, id""")
            .query((rs, row) -> new NamedId(rs.getString("id"), rs.getString("name")))
            .list();
    return new JournalChoices(actors, types, bodies, besluiten);
  }
}
