package nl.ipo.ledger.infra.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.ipo.ledger.query.begroting.BegrotingProjection;
import nl.ipo.ledger.query.besluit.BesluitenlijstProjection;
import nl.ipo.ledger.query.competentie.CompetenceProjection;
import nl.ipo.ledger.query.gremium.StructureProjection;
import nl.ipo.ledger.query.journal.JournalProjection;
import nl.ipo.ledger.query.mandaat.MandaatProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rebuilds every read model from the event store: each projection's processor is stopped, its
 * tokens reset (its reset handler empties its tables) and started again, replaying every event. The
 * effects process and the sealer are never replayed: they act, they do not project.
 *
 * <p>The reset also clears each projection's parked events (its dead letters, see {@code
 * DeadLetterConfiguration}) in the same transaction: the replay handles every event again, and one
 * that still fails is parked again.
 */
@Component
public class ProjectionRebuilds {

  public static final List<String> PROJECTIONS =
      List.of(
          StructureProjection.PROCESSING_GROUP,
          BesluitenlijstProjection.PROCESSING_GROUP,
          MandaatProjection.PROCESSING_GROUP,
          CompetenceProjection.PROCESSING_GROUP,
          BegrotingProjection.PROCESSING_GROUP,
          JournalProjection.PROCESSING_GROUP);

  /** The processor that rebuilds the read models after a correction ({@code CorrectionRebuild}). */
  public static final String CORRECTION_REBUILD = "rectificatie-herbouw";

  /** How far one projection is. */
  public record Progress(
      String projection, boolean replaying, long position, long head, int percent) {}

  public record Status(boolean done, List<Progress> projections) {}

  private final EventProcessingConfiguration processing;
  private final JdbcClient jdbc;
  private final TokenStore tokenStore;

  ProjectionRebuilds(
      EventProcessingConfiguration processing, JdbcClient jdbc, TokenStore tokenStore) {
    this.processing = processing;
    this.jdbc = jdbc;
    this.tokenStore = tokenStore;
  }

  public Status start() {
    return start(PROJECTIONS);
  }

  /**
   * Rebuilds the named projections only (each one of {@link #PROJECTIONS}). One rebuild at a time:
   * a beheerder's and one after a correction may be asked at once, and a processor started again by
   * one must not be reset by the other.
   */
  public Status start(java.util.Collection<String> names) {
    for (String name : names) {
      if (!PROJECTIONS.contains(name)) {
        throw new IllegalArgumentException("not a projection: " + name);
      }
    }
    replay(names);
    return status();
  }

  /**
   * Stops the named streaming processors, resets their tokens (each one's reset handlers run) and
   * starts them again, so they handle every stored event again. Package-private for the bench's
   * no-op processor ({@link NoOpProcessor}), which is measured through the same steps.
   */
  synchronized void replay(java.util.Collection<String> names) {
    List<StreamingEventProcessor> processors = new ArrayList<>();
    for (String name : names) {
      processors.add(processor(name));
    }
    // all stopped at once: each takes a few hundred milliseconds to release its segments, which
    // one after another made the stop, not the replay, most of a small store's rebuild
    CompletableFuture.allOf(
            processors.stream()
                .map(StreamingEventProcessor::shutdownAsync)
                .toArray(CompletableFuture[]::new))
        .join();
    for (StreamingEventProcessor processor : processors) {
      processor.resetTokens();
      processor.start();
    }
  }

  /** The global index of the newest event in the store; -1 for an empty store. */
  public long head() {
    return jdbc.sql("SELECT COALESCE(MAX(global_index), -1) FROM domain_event_entry")
        .query(Long.class)
        .single();
  }

  /**
   * Whether every read model has processed the events up to and including {@code index}, a
   * correction among them having been rebuilt into every read model (the rebuild processor, {@code
   * CorrectionRebuild}, has passed it too).
   */
  public boolean caughtUpWith(long index) {
    return position(CORRECTION_REBUILD) >= index && status(index).done();
  }

  public Status status() {
    return status(head());
  }

  private Status status(long head) {
    List<Progress> progress =
        PROJECTIONS.stream()
            .map(
                name -> {
                  boolean replaying =
                      processor(name).processingStatus().values().stream()
                          .anyMatch(EventTrackerStatus::isReplaying);
                  long position = position(name);
                  int percent =
                      head <= 0 ? 100 : (int) Math.max(0, Math.min(100, position * 100 / head));
                  // a replay token stays a replay token until an event beyond the reset point
                  // arrives, so "caught up with the head" is what tells the rebuild is done
                  return new Progress(name, replaying && position < head, position, head, percent);
                })
            .toList();
    boolean done = progress.stream().allMatch(p -> p.position() >= p.head());
    return new Status(done, progress);
  }

  /**
   * The global index up to which a streaming processor has processed the store: the lowest position
   * of its segments; -1 while a segment is not claimed yet or has no position (it has not started).
   */
  public long position(String processorName) {
    var statuses = processor(processorName).processingStatus().values();
    if (statuses.size() != tokenStore.fetchSegments(processorName).length) {
      return -1;
    }
    return statuses.stream()
        .map(EventTrackerStatus::getCurrentPosition)
        .mapToLong(p -> p.orElse(-1))
        .min()
        .orElse(-1);
  }

  StreamingEventProcessor processor(String name) {
    return processing
        .eventProcessor(name, StreamingEventProcessor.class)
        .orElseThrow(() -> new IllegalStateException("no streaming processor " + name));
  }
}
