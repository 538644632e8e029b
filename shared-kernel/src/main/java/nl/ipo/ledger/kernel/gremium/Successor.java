package nl.ipo.ledger.kernel.gremium;

import java.util.List;
import nl.ipo.ledger.kernel.common.Bounds;
import nl.ipo.ledger.kernel.error.InvalidValueException;

/**
 * A body that takes over tasks of a dissolved gremium, with the part of the tasks it takes in
 * words. A dissolved body may hand its tasks to several successors (the 2023 reform sends the water
 * part of BAC ROWW to Klimaat &amp; Leefomgeving and the rest to Wonen &amp; Bereikbaarheid).
 *
 * @param gremiumId the successor
 * @param tasks the part of the tasks it takes over; null when it takes all of them
 */
public record Successor(GremiumId gremiumId, String tasks) {

  public static final int MAX_TASKS_LENGTH = 500;

  public Successor {
    InvalidValueException.required("successors.gremiumId", gremiumId);
    tasks =
        tasks == null || tasks.isBlank()
            ? null
            : Bounds.name("successors.tasks", tasks.strip(), MAX_TASKS_LENGTH);
  }

  /** Whether it takes over the whole of the dissolved body's tasks. */
  public boolean takesAll() {
    return tasks == null;
  }

  /** A list as stored: absent (an event recorded before successors were known) reads as empty. */
  public static List<Successor> list(String field, List<Successor> successors) {
    return successors == null ? List.of() : Bounds.list(field, successors, 50);
  }
}
