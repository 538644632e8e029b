package nl.ipo.ledger.infra.audit;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.ipo.ledger.kernel.error.LedgerException;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Reads a projection as the ledger knew it at a past moment (transaction time), without touching
 * the live read models: the very same projection class is run against a throw-away in-memory
 * database, fed every event the ledger had recorded by then, and asked the query.
 */
@Component
public class TemporalReplay {

  private final EventStorageEngine storage;
  private final Rectifications rectifications;

  TemporalReplay(EventStorageEngine storage, Rectifications rectifications) {
    this.storage = storage;
    this.rectifications = rectifications;
  }

  /**
   * Runs {@code query} on a read model built by {@code projection} from the events recorded up to
   * {@code knownAt}. Both get the throw-away database.
   */
  public <R> R asKnownAt(
      Instant knownAt, Function<JdbcClient, ?> projection, Function<JdbcClient, R> query) {
    SingleConnectionDataSource db =
        new SingleConnectionDataSource(
            "jdbc:h2:mem:known-at-"
                + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "sa",
            "",
            true);
    try {
      Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
      JdbcClient jdbc = JdbcClient.create(db);
      Object instance = projection.apply(jdbc);
      AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(instance);
      try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(null, false)) {
        events
            .filter(event -> !recordedAt(event).isAfter(knownAt))
            .flatMap(event -> rectifications.effective(event, knownAt).stream())
            .filter(handlers::canHandle)
            .forEach(
                event -> {
                  try {
                    handlers.handle(event);
                  } catch (Exception e) {
                    throw new IllegalStateException(
                        "replaying event " + event.getIdentifier() + " failed", e);
                  }
                });
      }
      return query.apply(jdbc);
    } catch (LedgerException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("replaying the ledger as known at " + knownAt + " failed", e);
    } finally {
      db.destroy();
    }
  }

  private static Instant recordedAt(TrackedEventMessage<?> event) {
    return Rectifications.recordedAt(event);
  }
}
