package nl.ipo.ledger.infra.audit;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.ipo.ledger.kernel.error.LedgerException;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Reads a projection as the ledger knew it at a past moment (transaction time), without touching
 * the live read models: the very same projection class is run against a throw-away in-memory
 * database, fed every event the ledger had recorded by then, and asked the query.
 *
 * <p>An event the projection cannot read or handle does not spoil the answer, just as it does not
 * wedge the live projection (see {@code infra/deadletter}): its writes are rolled back to a
 * savepoint, it is left out, and so is every later event of the same record, which could only be
 * read in order after it (the live processors park those behind it in the same way). The answer
 * lists what it left out ({@link Replayed#leftOut()}), so no reader takes a partial reading for a
 * whole one; the technical cause goes to the log, for the beheerder.
 */
@Component
public class TemporalReplay {

  private static final Logger log = LoggerFactory.getLogger(TemporalReplay.class);

  /**
   * An event left out of a reading.
   *
   * @param eventType the kind of fact, when it can still be told
   * @param waitsForEarlierEvent true when the event itself may be fine, but an earlier event of the
   *     same record was left out
   * @param reason why, in Dutch, for the reader
   */
  public record LeftOut(
      String eventIdentifier,
      String eventType,
      String aggregateIdentifier,
      Long aggregateSequenceNumber,
      Long globalIndex,
      boolean waitsForEarlierEvent,
      String reason) {}

  /**
   * A reading as known at a moment: the answer's own fields, and {@code leftOut}, empty when every
   * recorded event could be read.
   */
  public record Replayed<R>(@JsonUnwrapped R answer, List<LeftOut> leftOut) {
    public Replayed {
      leftOut = List.copyOf(leftOut);
    }
  }

  private static final String UNREADABLE =
      "Dit feit kon niet worden gelezen of verwerkt en is weggelaten; de beheerder vindt de"
          + " oorzaak in het logboek en bij de geparkeerde events.";
  private static final String WAITING =
      "Een eerder feit van hetzelfde record is weggelaten; dit feit volgt daarop en is daarom ook"
          + " weggelaten.";

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
  public <R> Replayed<R> asKnownAt(
      Instant knownAt, Function<JdbcClient, ?> projection, Function<JdbcClient, R> query) {
    return asKnownAt(knownAt, List.of(projection), query);
  }

  /**
   * Runs {@code query} on the read models built by several {@code projections} at once, for a query
   * that joins them (the mandate register reads mandates, gremium names and the journal's sources):
   * each event is fed to every projection that handles it, in the store's order, all in the one
   * throw-away database. Each projection leaves out its own unreadable events (and the later events
   * of the same record), as its live processor parks them independently; an event left out by
   * several projections is reported once.
   */
  public <R> Replayed<R> asKnownAt(
      Instant knownAt, List<Function<JdbcClient, ?>> projections, Function<JdbcClient, R> query) {
    if (projections.isEmpty()) {
      throw new IllegalArgumentException("a replay needs at least one projection");
    }
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
      Connection connection = db.getConnection();
      connection.setAutoCommit(false);
      JdbcClient jdbc = JdbcClient.create(db);
      List<Replay> replays = new ArrayList<>();
      for (Function<JdbcClient, ?> projection : projections) {
        replays.add(
            new Replay(
                new AnnotationEventHandlerAdapter(projection.apply(jdbc)), connection, knownAt));
      }
      try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(null, false)) {
        events.forEach(event -> replays.forEach(replay -> replay.feed(event)));
      }
      return new Replayed<>(query.apply(jdbc), merged(replays));
    } catch (LedgerException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("replaying the ledger as known at " + knownAt + " failed", e);
    } finally {
      db.destroy();
    }
  }

  /**
   * The events the replays left out, each once, in the store's order of the first replay that left
   * it out; an event one projection could not read outweighs another's waiting for it.
   */
  private static List<LeftOut> merged(List<Replay> replays) {
    if (replays.size() == 1) {
      return replays.get(0).leftOut;
    }
    Map<String, LeftOut> byEvent = new LinkedHashMap<>();
    for (Replay replay : replays) {
      for (LeftOut entry : replay.leftOut) {
        byEvent.merge(
            entry.eventIdentifier(),
            entry,
            (kept, other) ->
                kept.waitsForEarlierEvent() && !other.waitsForEarlierEvent() ? other : kept);
      }
    }
    List<LeftOut> all = new ArrayList<>(byEvent.values());
    all.sort(
        Comparator.comparing(
            LeftOut::globalIndex, Comparator.nullsLast(Comparator.naturalOrder())));
    return all;
  }

  /** One replay: feeds the events in the store's order, each inside a savepoint. */
  private final class Replay {

    private final AnnotationEventHandlerAdapter handlers;
    private final Connection connection;
    private final Instant knownAt;
    private final Set<String> stopped = new HashSet<>();
    private final List<LeftOut> leftOut = new ArrayList<>();

    Replay(AnnotationEventHandlerAdapter handlers, Connection connection, Instant knownAt) {
      this.handlers = handlers;
      this.connection = connection;
      this.knownAt = knownAt;
    }

    void feed(TrackedEventMessage<?> event) {
      String record = record(event);
      Savepoint savepoint = savepoint();
      try {
        if (Rectifications.recordedAt(event).isAfter(knownAt) || !handlers.canHandle(event)) {
          connection.releaseSavepoint(savepoint);
          return;
        }
        if (stopped.contains(record)) {
          connection.releaseSavepoint(savepoint);
          leftOut.add(leftOut(event, true));
          return;
        }
        Optional<EventMessage<?>> effective = rectifications.effective(event, knownAt);
        if (effective.isPresent() && handlers.canHandle(effective.get())) {
          handlers.handle(effective.get());
        }
        connection.releaseSavepoint(savepoint);
      } catch (Exception e) {
        rollback(savepoint);
        stopped.add(record);
        leftOut.add(leftOut(event, false));
        log.warn(
            "Reading as known at {}: left out event {} of {} (and the later events of it)",
            knownAt,
            event.getIdentifier(),
            record,
            e);
      }
    }

    private Savepoint savepoint() {
      try {
        return connection.setSavepoint();
      } catch (SQLException e) {
        throw new IllegalStateException("the throw-away database refuses a savepoint", e);
      }
    }

    private void rollback(Savepoint savepoint) {
      try {
        connection.rollback(savepoint);
      } catch (SQLException e) {
        throw new IllegalStateException("the throw-away database refuses a rollback", e);
      }
    }
  }

  /** The record whose events are read in order: the aggregate, or the event alone. */
  private static String record(EventMessage<?> event) {
    return event instanceof DomainEventMessage<?> domain
        ? domain.getAggregateIdentifier()
        : event.getIdentifier();
  }

  private static LeftOut leftOut(TrackedEventMessage<?> event, boolean waiting) {
    Long position = null;
    if (event.trackingToken() != null && event.trackingToken().position().isPresent()) {
      position = event.trackingToken().position().getAsLong();
    }
    return new LeftOut(
        event.getIdentifier(),
        eventType(event),
        event instanceof DomainEventMessage<?> d ? d.getAggregateIdentifier() : null,
        event instanceof DomainEventMessage<?> d ? d.getSequenceNumber() : null,
        position,
        waiting,
        waiting ? WAITING : UNREADABLE);
  }

  /** The fact's kind as the journal names it; null when even that cannot be read. */
  private static String eventType(EventMessage<?> event) {
    try {
      return event.getPayloadType().getSimpleName();
    } catch (RuntimeException unreadable) {
      return null;
    }
  }
}
