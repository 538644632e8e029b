package nl.ipo.ledger.infra.admin;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ipo.ledger.query.begroting.BegrotingProjection;
import nl.ipo.ledger.query.besluit.BesluitenlijstProjection;
import nl.ipo.ledger.query.competentie.CompetenceProjection;
import nl.ipo.ledger.query.gremium.StructureProjection;
import nl.ipo.ledger.query.journal.JournalProjection;
import nl.ipo.ledger.query.mandaat.MandaatProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps every read model in step with the code that projects it. Each projection declares a {@code
 * READ_MODEL_VERSION}; the database remembers the version it last projected. When a new release
 * raises a version (a new table, a new column, a new way of filling one), the ledger rebuilds that
 * read model from the event store once, at start-up, through the same rebuild the beheerder can
 * start ({@link ProjectionRebuilds}): the events are the truth, the tables only a view of them, so
 * no migration has to guess what old events would have written.
 *
 * <p>A database without any version recorded, but with events, predates the versions: its read
 * models are version 1. A fresh database starts at the current versions, with nothing to rebuild.
 */
@Component
public class ReadModelVersions {

  private static final Logger log = LoggerFactory.getLogger(ReadModelVersions.class);

  /** The version each projection's code declares. */
  public static final Map<String, Integer> DECLARED =
      Map.of(
          StructureProjection.PROCESSING_GROUP, StructureProjection.READ_MODEL_VERSION,
          BesluitenlijstProjection.PROCESSING_GROUP, BesluitenlijstProjection.READ_MODEL_VERSION,
          MandaatProjection.PROCESSING_GROUP, MandaatProjection.READ_MODEL_VERSION,
          CompetenceProjection.PROCESSING_GROUP, CompetenceProjection.READ_MODEL_VERSION,
          BegrotingProjection.PROCESSING_GROUP, BegrotingProjection.READ_MODEL_VERSION,
          JournalProjection.PROCESSING_GROUP, JournalProjection.READ_MODEL_VERSION);

  private final JdbcClient jdbc;
  private final ProjectionRebuilds rebuilds;
  private final Clock clock;

  ReadModelVersions(JdbcClient jdbc, ProjectionRebuilds rebuilds, Clock clock) {
    this.jdbc = jdbc;
    this.rebuilds = rebuilds;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void onStart() {
    List<String> rebuilt = upgrade();
    if (!rebuilt.isEmpty()) {
      log.info("Read models rebuilt for their new version: {}", rebuilt);
    }
  }

  /** Rebuilds every read model recorded at a lower version than its code's; returns their names. */
  public List<String> upgrade() {
    Map<String, Integer> recorded =
        jdbc
            .sql("SELECT processing_group, version FROM read_model_version")
            .query((rs, n) -> Map.entry(rs.getString("processing_group"), rs.getInt("version")))
            .list()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    boolean hasEvents =
        !jdbc.sql("SELECT global_index FROM domain_event_entry ORDER BY global_index LIMIT 1")
            .query(Long.class)
            .list()
            .isEmpty();
    List<String> stale = new ArrayList<>();
    for (String group : ProjectionRebuilds.PROJECTIONS) {
      int declared = DECLARED.get(group);
      int stored = recorded.getOrDefault(group, hasEvents ? 1 : declared);
      if (stored < declared) {
        log.info(
            "Read model {} was projected by version {}, the code is at version {}: rebuilding it",
            group,
            stored,
            declared);
        stale.add(group);
      }
    }
    if (!stale.isEmpty()) {
      rebuilds.start(stale);
    }
    for (String group : ProjectionRebuilds.PROJECTIONS) {
      int declared = DECLARED.get(group);
      if (!Integer.valueOf(declared).equals(recorded.get(group))) {
        record(group, declared, recorded.containsKey(group));
      }
    }
    return stale;
  }

  private void record(String group, int version, boolean exists) {
    Timestamp now = Timestamp.from(clock.instant());
    if (exists) {
      jdbc.sql(
              "UPDATE read_model_version SET version = :v, recorded_at = :t"
                  + " WHERE processing_group = :g")
          .param("v", version)
          .param("t", now)
          .param("g", group)
          .update();
    } else {
      jdbc.sql(
              "INSERT INTO read_model_version (processing_group, version, recorded_at)"
                  + " VALUES (:g, :v, :t)")
          .param("g", group)
          .param("v", version)
          .param("t", now)
          .update();
    }
  }
}
