package nl.ipo.ledger.command;

import java.util.List;
import nl.ipo.ledger.kernel.common.CommandOutcome;
import org.axonframework.modelling.command.AggregateLifecycle;

/** How every aggregate records what its decisions produced. */
public final class Outcomes {

  private Outcomes() {}

  /**
   * Rejects a command on a record that does not exist: Axon loads any stream by id, so an id of
   * another kind of record yields an empty state rather than "not found".
   */
  public static void requireExists(boolean exists, String field, String noun, Object id) {
    if (!exists) {
      throw new nl.ipo.ledger.kernel.error.NotFoundException(
          field, "Er is geen " + noun + " met id " + id + " bekend");
    }
  }

  /**
   * Applies the events in order; no events means the command repeated what is already recorded, an
   * explicit no-op.
   */
  public static CommandOutcome record(List<?> events) {
    events.forEach(AggregateLifecycle::apply);
    return events.isEmpty() ? CommandOutcome.UNCHANGED : CommandOutcome.RECORDED;
  }
}
