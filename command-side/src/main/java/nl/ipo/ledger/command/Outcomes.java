package nl.ipo.ledger.command;

import java.util.List;
import nl.ipo.ledger.kernel.common.CommandOutcome;
import org.axonframework.modelling.command.AggregateLifecycle;

/** How every aggregate records what its decisions produced. */
public final class Outcomes {

  private Outcomes() {}

  /**
   * Applies the events in order; no events means the command repeated what is already recorded, an
   * explicit no-op.
   */
  public static CommandOutcome record(List<?> events) {
    events.forEach(AggregateLifecycle::apply);
    return events.isEmpty() ? CommandOutcome.UNCHANGED : CommandOutcome.RECORDED;
  }
}
