package nl.ipo.ledger.infra.temporal;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
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
import nl.ipo.ledger.infra.rectificatie.Rectifications;
import nl.ipo.ledger.kernel.error.LedgerException;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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
 *
 * <p>A reading is kept for the next question about the same read models at the same moment (a user
 * moving through the pages "zoals bekend op" one moment asks many): before it answers again it
 * reads the events recorded since, from where it stopped (Axon's tracking token, so a late commit
 * below the head is not missed), and takes in those recorded by its moment, exactly as a fresh
 * replay would feed them. Only a correction recorded by its moment that it had not seen can change
 * facts it already read; then the reading starts over. A kept reading answers inside a savepoint
 * that is rolled back, so no question changes it. At most {@code ledger.known-at.kept-readings}
 * readings are kept (the least recently used goes), none longer than {@code
 * ledger.known-at.keep-for} unused.
 */
@Component
public class TemporalReplay {

  private static final Logger log = LoggerFactory.getLogger(TemporalReplay.class);

  /**
   * The read models a reading replays, under a name that tells kept readings apart: readings with
   * the same name and moment share one replay, so a name stands for one list of projections.
   */
  public record ReadModels(String name, List<Function<JdbcClient, ?>> projections) {
    public ReadModels {
      if (projections.isEmpty()) {
        throw new IllegalArgumentException("a replay needs at least one projection");
      }
      projections = List.copyOf(projections);
    }

    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only copied into an immutable list
    public static ReadModels of(String name, Function<JdbcClient, ?>... projections) {
      return new ReadModels(name, List.of(projections));
    }
  }

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

  /** How often a reading starts over for corrections recorded while it replayed, at most. */
  private static final int MAX_RESTARTS = 5;

  private final EventStorageEngine storage;
  private final Rectifications rectifications;
  private final Clock clock;
  private final int keptReadings;
  private final Duration keepFor;
  private final Object schemaLock = new Object();
  private volatile List<String> schema;

  /** The kept readings, least recently used first; guarded by itself. */
  private final LinkedHashMap<Key, Reading> kept = new LinkedHashMap<>(16, 0.75f, true);

  TemporalReplay(
      EventStorageEngine storage,
      Rectifications rectifications,
      Clock clock,
      @Value("${ledger.known-at.kept-readings:4}") int keptReadings,
      @Value("${ledger.known-at.keep-for:PT15M}") Duration keepFor) {
    this.storage = storage;
    this.rectifications = rectifications;
    this.clock = clock;
    this.keptReadings = keptReadings;
    this.keepFor = keepFor;
  }

  /**
   * Runs {@code query} on the read models built by {@code models} from the events recorded up to
   * {@code knownAt}, all in the one throw-away database: each event is fed to every projection that
   * handles it, in the store's order. Each projection leaves out its own unreadable events (and the
   * later events of the same record), as its live processor parks them independently; an event left
   * out by several projections is reported once.
   */
  public <R> Replayed<R> asKnownAt(
      Instant knownAt, ReadModels models, Function<JdbcClient, R> query) {
    Key key = new Key(models.name(), knownAt);
    while (true) {
      Reading reading = reading(key, models);
      synchronized (reading) {
        if (reading.closed) {
          continue; // evicted between lookup and lock: take or build another
        }
        try {
          reading.catchUp();
          return new Replayed<>(reading.ask(query), merged(reading.replays));
        } catch (LedgerException e) {
          throw e;
        } catch (Exception e) {
          forget(key, reading);
          throw new IllegalStateException(
              "replaying the ledger as known at " + knownAt + " failed", e);
        }
      }
    }
  }

  /** The kept reading for the key, or a new (still empty) one, kept from now on. */
  private Reading reading(Key key, ReadModels models) {
    List<Reading> gone = new ArrayList<>();
    Reading reading;
    synchronized (kept) {
      Instant now = clock.instant();
      kept.values()
          .removeIf(
              r -> {
                boolean idle = r.lastUsed.plus(keepFor).isBefore(now);
                if (idle) {
                  gone.add(r);
                }
                return idle;
              });
      reading = kept.get(key);
      if (reading == null) {
        reading = new Reading(key, models);
        kept.put(key, reading);
        while (kept.size() > Math.max(1, keptReadings)) {
          var eldest = kept.entrySet().iterator();
          gone.add(eldest.next().getValue());
          eldest.remove();
        }
      }
      reading.lastUsed = now;
    }
    gone.forEach(Reading::closeWhenFree);
    return reading;
  }

  private void forget(Key key, Reading reading) {
    synchronized (kept) {
      kept.remove(key, reading);
    }
    reading.close();
  }

  /** How many readings are kept now, for the tests and the logs. */
  int keptReadings() {
    synchronized (kept) {
      return kept.size();
    }
  }

  private record Key(String models, Instant knownAt) {}

  /**
   * One reading: a throw-away database, the projections' replays into it, and where in the store it
   * stopped reading. Guarded by its own monitor.
   */
  private final class Reading {

    private final Key key;
    private final ReadModels models;
    private SingleConnectionDataSource db;
    private Connection connection;
    private JdbcClient jdbc;
    private List<Replay> replays = List.of();
    private Rectifications.Known corrections;
    private TrackingToken position;
    private volatile Instant lastUsed;
    private boolean closed;

    Reading(Key key, ReadModels models) {
      this.key = key;
      this.models = models;
    }

    /** Takes in the events recorded since it last read, or replays the store from the start. */
    void catchUp() throws SQLException {
      for (int attempt = 0; attempt <= MAX_RESTARTS; attempt++) {
        if (db == null) {
          open();
        }
        if (feedFromPosition()) {
          return;
        }
        log.info(
            "Reading as known at {} starts over: a correction recorded by then came in",
            key.knownAt());
        dropDatabase();
      }
      throw new IllegalStateException(
          "corrections kept coming in while the ledger was replayed as known at " + key.knownAt());
    }

    private void open() throws SQLException {
      db =
          new SingleConnectionDataSource(
              "jdbc:h2:mem:known-at-"
                  + UUID.randomUUID()
                  + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
              "sa",
              "",
              true);
      connection = db.getConnection();
      createSchema(connection);
      connection.setAutoCommit(false);
      jdbc = JdbcClient.create(db);
      corrections = rectifications.known();
      position = null;
      List<Replay> fresh = new ArrayList<>();
      for (Function<JdbcClient, ?> projection : models.projections()) {
        fresh.add(new Replay(new AnnotationEventHandlerAdapter(projection.apply(jdbc)), this));
      }
      replays = fresh;
    }

    /**
     * Feeds the events after {@link #position}; false when one of them is a correction recorded by
     * the reading's moment that was not in the store when the reading began, which may change a
     * fact already fed.
     */
    private boolean feedFromPosition() {
      try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(position, false)) {
        var iterator = events.iterator();
        while (iterator.hasNext()) {
          TrackedEventMessage<?> event = iterator.next();
          Instant recordedAt = recordedAtOrNull(event);
          boolean known = recordedAt == null || !recordedAt.isAfter(key.knownAt());
          if (known
              && Rectifications.isCorrection(event)
              && !corrections.corrections().contains(event.getIdentifier())) {
            return false;
          }
          for (Replay replay : replays) {
            replay.feed(event, known);
          }
          position = event.trackingToken();
        }
      }
      return true;
    }

    /** Runs the query inside a savepoint that is rolled back: the kept reading stays as it was. */
    <R> R ask(Function<JdbcClient, R> query) throws SQLException {
      Savepoint untouched = connection.setSavepoint();
      try {
        return query.apply(jdbc);
      } finally {
        connection.rollback(untouched);
        connection.releaseSavepoint(untouched);
      }
    }

    boolean corrected(EventMessage<?> event) {
      return corrections.facts().contains(event.getIdentifier());
    }

    void closeWhenFree() {
      synchronized (this) {
        close();
      }
    }

    void close() {
      closed = true;
      dropDatabase();
    }

    private void dropDatabase() {
      if (db != null) {
        db.destroy();
      }
      db = null;
      connection = null;
      jdbc = null;
      replays = List.of();
    }
  }

  /**
   * Creates the read models' tables in a throw-away database. Flyway migrates one template database
   * once; each reading then runs the template's own {@code SCRIPT} (H2's dump of its schema and
   * rows), which takes a few milliseconds where a migration (scanning the class path, validating,
   * locking, writing its history) takes tens.
   */
  private void createSchema(Connection target) throws SQLException {
    List<String> statements = schema;
    if (statements == null) {
      synchronized (schemaLock) {
        if (schema == null) {
          schema = templateSchema();
        }
        statements = schema;
      }
    }
    try (Statement statement = target.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  private static List<String> templateSchema() throws SQLException {
    SingleConnectionDataSource template =
        new SingleConnectionDataSource(
            "jdbc:h2:mem:known-at-template-"
                + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "sa",
            "",
            true);
    try {
      Flyway.configure().dataSource(template).locations("classpath:db/migration").load().migrate();
      List<String> statements = new ArrayList<>();
      try (Statement statement = template.getConnection().createStatement();
          ResultSet script = statement.executeQuery("SCRIPT NOPASSWORDS NOSETTINGS")) {
        while (script.next()) {
          String sql = script.getString(1);
          // the template's own user exists in every new database already
          if (!sql.startsWith("CREATE USER")) {
            statements.add(sql);
          }
        }
      }
      return List.copyOf(statements);
    } finally {
      template.destroy();
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

  /** One projection's replay: fed the events in the store's order, each inside a savepoint. */
  private final class Replay {

    private final AnnotationEventHandlerAdapter handlers;
    private final Reading reading;
    private final Set<String> stopped = new HashSet<>();
    private final List<LeftOut> leftOut = new ArrayList<>();

    Replay(AnnotationEventHandlerAdapter handlers, Reading reading) {
      this.handlers = handlers;
      this.reading = reading;
    }

    /**
     * @param known whether the event was recorded by the reading's moment (an event whose recording
     *     time cannot be read is fed, and left out as unreadable by the projection)
     */
    void feed(TrackedEventMessage<?> event, boolean known) {
      if (!known) {
        return;
      }
      String record = record(event);
      Savepoint savepoint = null;
      try {
        if (!handlers.canHandle(event)) {
          return;
        }
        if (stopped.contains(record)) {
          leftOut.add(leftOut(event, true));
          return;
        }
        savepoint = savepoint();
        Optional<EventMessage<?>> effective =
            reading.corrected(event)
                ? rectifications.effective(event, reading.key.knownAt())
                : Optional.of(event);
        if (effective.isPresent() && handlers.canHandle(effective.get())) {
          handlers.handle(effective.get());
        }
        reading.connection.releaseSavepoint(savepoint);
      } catch (Exception e) {
        if (savepoint != null) {
          rollback(savepoint);
        }
        stopped.add(record);
        leftOut.add(leftOut(event, false));
        log.warn(
            "Reading as known at {}: left out event {} of {} (and the later events of it)",
            reading.key.knownAt(),
            event.getIdentifier(),
            record,
            e);
      }
    }

    private Savepoint savepoint() {
      try {
        return reading.connection.setSavepoint();
      } catch (SQLException e) {
        throw new IllegalStateException("the throw-away database refuses a savepoint", e);
      }
    }

    private void rollback(Savepoint savepoint) {
      try {
        reading.connection.rollback(savepoint);
      } catch (SQLException e) {
        throw new IllegalStateException("the throw-away database refuses a rollback", e);
      }
    }
  }

  /** The event's recording time, or null when its metadata cannot be read. */
  private static Instant recordedAtOrNull(EventMessage<?> event) {
    try {
      return Rectifications.recordedAt(event);
    } catch (RuntimeException unreadable) {
      return null;
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
