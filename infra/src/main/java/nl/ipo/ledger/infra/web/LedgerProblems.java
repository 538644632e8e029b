package nl.ipo.ledger.infra.web;

import static nl.ipo.ledger.infra.web.ProblemWriter.problem;

import java.util.Optional;
import nl.ipo.ledger.kernel.error.ConflictException;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import nl.ipo.ledger.kernel.error.LedgerException;
import nl.ipo.ledger.kernel.error.NotFoundException;
import nl.ipo.ledger.kernel.error.RuleViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The ledger's own exceptions as problems: 400 for a malformed value, 404 for an unknown record,
 * 409 for a duplicate or a concurrent change, 422 for a rule the command breaks (with the rule's
 * code). Handlers' exceptions may arrive wrapped by Axon or the servlet container, so the cause
 * chain is searched.
 */
final class LedgerProblems {

  private LedgerProblems() {}

  /** A problem for an exception the ledger knows, found anywhere in its cause chain. */
  static Optional<ProblemDetail> of(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof LedgerException ledger) {
        return Optional.of(ledgerProblem(ledger));
      }
    }
    return Optional.empty();
  }

  private static ProblemDetail ledgerProblem(LedgerException exception) {
    if (exception instanceof InvalidValueException e) {
      return problem(HttpStatus.BAD_REQUEST, ProblemAdvice.INVALID, e.getMessage(), e.field());
    }
    if (exception instanceof NotFoundException e) {
      return problem(HttpStatus.NOT_FOUND, "Onbekend", e.getMessage(), e.field());
    }
    if (exception instanceof ConflictException e) {
      return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage(), e.field());
    }
    RuleViolationException e = (RuleViolationException) exception;
    ProblemDetail problem =
        problem(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "Regel geschonden: " + e.rule(),
            e.getMessage(),
            e.field());
    problem.setProperty("rule", e.rule());
    return problem;
  }
}
