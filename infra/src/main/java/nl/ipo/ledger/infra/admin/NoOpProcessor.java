package nl.ipo.ledger.infra.admin;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For the benchmark only ({@code ledger.bench.noop-processor=true}, which bin/bench sets; never in
 * production): a processor whose one handler takes every event and does nothing, so a replay of it
 * measures what the processors cost before any projection's work: reading the store, deserializing
 * each payload, the unit of work, the metrics and a token update per batch. It has no dead-letter
 * queue, no savepoints and no corrections (those belong to the handlers of the read models). It is
 * stopped once the ledger is ready, so it adds nothing to the other workloads, and replayed on the
 * beheerder's {@code POST /api/admin/rebuild/bench-noop} through the same steps as a rebuild
 * ({@link ProjectionRebuilds#replay}); {@code GET} tells how far it is.
 */
@RestController
@RequestMapping("/api/admin/rebuild/" + NoOpProcessor.PROCESSING_GROUP)
@ProcessingGroup(NoOpProcessor.PROCESSING_GROUP)
@ConditionalOnProperty(name = "ledger.bench.noop-processor", havingValue = "true")
class NoOpProcessor {

  static final String PROCESSING_GROUP = "bench-noop";

  /** How far the no-op processor is: done once its position has reached the store's head. */
  record Status(boolean done, long position, long head) {}

  private final ProjectionRebuilds rebuilds;

  NoOpProcessor(ProjectionRebuilds rebuilds) {
    this.rebuilds = rebuilds;
  }

  @EventHandler
  void on(Object event) {
    // nothing: the payload is deserialized to be handed here, and that is all
  }

  @EventListener(ApplicationReadyEvent.class)
  void stopUntilAsked() {
    rebuilds.processor(PROCESSING_GROUP).shutDown();
  }

  @PostMapping
  ResponseEntity<Status> replay() {
    rebuilds.replay(java.util.List.of(PROCESSING_GROUP));
    return ResponseEntity.accepted().body(status());
  }

  @GetMapping
  Status status() {
    long head = rebuilds.head();
    long position = rebuilds.position(PROCESSING_GROUP);
    return new Status(position >= head, position, head);
  }
}
