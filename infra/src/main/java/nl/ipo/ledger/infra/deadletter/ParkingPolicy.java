package nl.ipo.ledger.infra.deadletter;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;

/**
 * Parks every event a handler fails on, with its cause, and never drops one: an event cannot be
 * removed from the ledger, so a read model may lag behind a fact but never silently lack it. Like
 * Axon's default policy it parks at the first failure (a failure of the database connection itself
 * cannot park and stops the processor, which retries); unlike it, it counts in the letter's
 * diagnostics how many retries failed again.
 */
final class ParkingPolicy implements EnqueuePolicy<EventMessage<?>> {

  static final String RETRIES = "retries";

  @Override
  public EnqueueDecision<EventMessage<?>> decide(
      DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
    return Decisions.enqueue(
        ThrowableCause.truncated(cause), l -> l.diagnostics().and(RETRIES, retriesAfter(l)));
  }

  /** How many retries of this letter failed. */
  static long retries(DeadLetter<?> letter) {
    return letter.diagnostics().get(RETRIES) instanceof Number n ? n.longValue() : 0;
  }

  private static long retriesAfter(DeadLetter<?> failed) {
    if (failed.diagnostics().containsKey(RETRIES)) {
      return retries(failed) + 1;
    }
    // A live handler's failure comes with its cause and no count: parked for the first time. A
    // letter without a cause waited behind an earlier one and has now failed its first retry.
    return failed.cause().isPresent() ? 0 : 1;
  }
}
