package nl.ipo.ledger.command;

import java.util.Optional;
import nl.ipo.ledger.kernel.error.RuleViolationException;

/**
 * Why a policy refuses a command: the rule's stable code, the field it judged and a reason a
 * secretary can act on.
 */
public record Rejection(String rule, String field, String reason) {

  public RuleViolationException toException() {
    return new RuleViolationException(rule, field, reason);
  }

  /** Throws the first rejection found; policies are checked in the order given. */
  @SafeVarargs
  public static void throwFirst(Optional<Rejection>... outcomes) {
    for (Optional<Rejection> outcome : outcomes) {
      if (outcome.isPresent()) {
        throw outcome.get().toException();
      }
    }
  }
}
