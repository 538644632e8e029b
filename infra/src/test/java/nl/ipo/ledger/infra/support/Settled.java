package nl.ipo.ledger.infra.support;

import java.time.Duration;
import java.util.List;
import nl.ipo.ledger.infra.admin.ProjectionRebuilds;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.context.ApplicationContext;

/**
 * Waits, bounded, until the ledger has nothing in flight: every streaming processor (read models,
 * the journal, the sealer, the besluit effects process) has processed the store up to its head, and
 * the head has not moved meanwhile (the effects process records events of its own). It reads the
 * processors' tokens through the ledger's own {@link ProjectionRebuilds#position}, so a test waits
 * exactly as long as the ledger needs rather than until an event count happens to stop changing.
 */
public final class Settled {

  private Settled() {}

  public static void await(ApplicationContext context) {
    await(context, Duration.ofSeconds(60));
  }

  public static void await(ApplicationContext context, Duration atMost) {
    ProjectionRebuilds rebuilds = context.getBean(ProjectionRebuilds.class);
    List<String> processors =
        context.getBean(EventProcessingConfiguration.class).eventProcessors().values().stream()
            .filter(StreamingEventProcessor.class::isInstance)
            .map(p -> p.getName())
            .toList();
    long[] seen = {Long.MIN_VALUE};
    Awaitility.await()
        .atMost(atMost)
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              long head = rebuilds.head();
              boolean settled =
                  head == seen[0]
                      && processors.stream().allMatch(name -> rebuilds.position(name) >= head);
              seen[0] = head;
              return settled;
            });
  }
}
