package nl.ipo.ledger.infra.support;

import java.time.Duration;
import java.util.Collection;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits, bounded, until the ledger has nothing in flight: every streaming processor (read models,
 * the journal, the sealer, the besluit effects process) has processed the store up to its head, and
 * the head has not moved meanwhile (the effects process records events of its own). It reads the
 * processors' tokens, so a test waits exactly as long as the ledger needs rather than until an
 * event count happens to stop changing.
 */
public final class Settled {

  private Settled() {}

  public static void await(ApplicationContext context) {
    await(context, Duration.ofSeconds(60));
  }

  public static void await(ApplicationContext context, Duration atMost) {
    EventProcessingConfiguration processing = context.getBean(EventProcessingConfiguration.class);
    TokenStore tokens = context.getBean(TokenStore.class);
    JdbcClient jdbc = context.getBean(JdbcClient.class);
    long[] seen = {Long.MIN_VALUE};
    Awaitility.await()
        .atMost(atMost)
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              long head = head(jdbc);
              boolean settled = head == seen[0] && everyProcessorReached(processing, tokens, head);
              seen[0] = head;
              return settled;
            });
  }

  private static boolean everyProcessorReached(
      EventProcessingConfiguration processing, TokenStore tokens, long head) {
    for (StreamingEventProcessor processor :
        processing.eventProcessors().values().stream()
            .filter(StreamingEventProcessor.class::isInstance)
            .map(StreamingEventProcessor.class::cast)
            .toList()) {
      Collection<EventTrackerStatus> statuses = processor.processingStatus().values();
      if (statuses.size() != tokens.fetchSegments(processor.getName()).length) {
        return false;
      }
      for (EventTrackerStatus status : statuses) {
        if (status.getCurrentPosition().orElse(-1) < head) {
          return false;
        }
      }
    }
    return true;
  }

  private static long head(JdbcClient jdbc) {
    return jdbc.sql("SELECT COALESCE(MAX(global_index), -1) FROM domain_event_entry")
        .query(Long.class)
        .single();
  }
}
