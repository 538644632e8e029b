package nl.ipo.ledger.infra.web.pages.vastleggen;

import java.time.Duration;
import nl.ipo.ledger.infra.admin.ProjectionRebuilds;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Read your own writes: after a form recorded its command, waits (bounded) until every read model
 * has processed the events stored so far, so the page the secretary lands on shows what was just
 * recorded. The read models are tracking processors; their tokens say how far each one is.
 */
@Component
class Bijwerken {

  private static final Duration POLL = Duration.ofMillis(20);

  private final ProjectionRebuilds projections;
  private final Duration limit;

  Bijwerken(
      ProjectionRebuilds projections,
      @Value("${ledger.web.read-your-writes-wait:PT5S}") Duration limit) {
    this.projections = projections;
    this.limit = limit;
  }

  /**
   * Waits until the read models have caught up with the store as it is now; false when they did not
   * within the limit (the page then says so).
   */
  boolean wacht() {
    long head = projections.head();
    long deadline = System.nanoTime() + limit.toNanos();
    while (!projections.caughtUpWith(head)) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }
}
