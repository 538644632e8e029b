package nl.ipo.ledger.infra.web;

import static nl.ipo.ledger.infra.web.ProblemWriter.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.ipo.ledger.kernel.error.ConflictException;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import nl.ipo.ledger.kernel.error.LedgerException;
import nl.ipo.ledger.kernel.error.NotFoundException;
import nl.ipo.ledger.kernel.error.RuleViolationException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every rejection into problem+json: 400 malformed, 404 unknown id, 409 duplicate or
 * concurrent change, 422 rule violated. Exceptions from command and query handlers may arrive
 * wrapped by Axon, so the cause chain is searched for the ledger's own exception.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception exception, HttpServletRequest request) {
    Optional<ProblemDetail> known = translate(exception, request.getRequestURI());
    if (known.isPresent()) {
      return ResponseEntity.status(known.get().getStatus()).body(known.get());
    }
    log.error("Unexpected error while handling a request", exception);
    ProblemDetail problem =
        problem(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "Interne fout",
            "the ledger could not handle the request; nothing was recorded",
            null);
    return ResponseEntity.internalServerError().body(problem);
  }

  static Optional<ProblemDetail> translate(Throwable thrown, String path) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof LedgerException ledger) {
        return Optional.of(ledgerProblem(ledger));
      }
      if (t instanceof AggregateNotFoundException notFound) {
        return Optional.of(
            problem(
                HttpStatus.NOT_FOUND,
                "Onbekend",
                "no " + noun(path) + " with id " + notFound.getAggregateIdentifier() + " is known",
                noun(path) + "Id"));
      }
      if (t instanceof IncompatibleAggregateException) {
        // the id names a record of another kind: for this endpoint it is unknown
        return Optional.of(
            problem(
                HttpStatus.NOT_FOUND,
                "Onbekend",
                "no " + noun(path) + " with this id is known (the id names another kind of record)",
                noun(path) + "Id"));
      }
      if (t instanceof ConcurrencyException) {
        return Optional.of(
            problem(
                HttpStatus.CONFLICT,
                "Gelijktijdige wijziging",
                "the gremium was changed by someone else at the same moment; reload and retry",
                "gremiumId"));
      }
    }
    return Optional.empty();
  }

  /** The kind of record the request's path names, for a command on an unknown id. */
  private static String noun(String path) {
    String text = path == null ? "" : path;
    if (text.startsWith("/api/besluiten")) {
      return "besluit";
    } else if (text.startsWith("/api/mandaten")) {
      return "mandaat";
    } else if (text.startsWith("/api/vergaderingen")) {
      return "vergadering";
    } else if (text.startsWith("/api/begrotingen")) {
      return "begroting";
    }
    return "gremium";
  }

  private static ProblemDetail ledgerProblem(LedgerException exception) {
    if (exception instanceof InvalidValueException e) {
      return problem(HttpStatus.BAD_REQUEST, "Ongeldige invoer", e.getMessage(), e.field());
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

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Optional<ProblemDetail> known = translate(ex, path(request));
    if (known.isPresent()) {
      return ResponseEntity.status(known.get().getStatus()).body(known.get());
    }
    String field = null;
    String reason = "the request body is not valid JSON for this request";
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof JacksonException jackson) {
        field =
            jackson.getPath().stream()
                .map(
                    r ->
                        r.getPropertyName() != null
                            ? r.getPropertyName()
                            : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
        reason = readableReason(jackson);
        if (field.isEmpty()) {
          field = null;
          reason = "the request body is not valid JSON: " + jackson.getOriginalMessage();
        }
        break;
      }
    }
    return ResponseEntity.badRequest()
        .body(problem(HttpStatus.BAD_REQUEST, "Ongeldige invoer", reason, field));
  }

  private static String path(WebRequest request) {
    return request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : "";
  }

  private static String readableReason(JacksonException exception) {
    if (exception instanceof MismatchedInputException mismatch
        && mismatch.getTargetType() != null) {
      Class<?> target = mismatch.getTargetType();
      return target == LocalDate.class
          ? "is not a valid date (use YYYY-MM-DD)"
          : "is not a valid " + target.getSimpleName();
    }
    return "cannot be read: " + exception.getOriginalMessage().replaceAll("\\s+", " ");
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return ResponseEntity.badRequest()
        .body(
            problem(
                HttpStatus.BAD_REQUEST, "Ongeldige invoer", "is required", ex.getParameterName()));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(
      MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
    Optional<ProblemDetail> known = translate(ex, request.getRequestURI());
    if (known.isPresent()) {
      return ResponseEntity.status(known.get().getStatus()).body(known.get());
    }
    String expected =
        ex.getRequiredType() == null ? "a valid value" : ex.getRequiredType().getSimpleName();
    return ResponseEntity.badRequest()
        .body(
            problem(
                HttpStatus.BAD_REQUEST,
                "Ongeldige invoer",
                "'"
                    + ex.getValue()
                    + "' is not a valid "
                    + expected
                    + ("LocalDate".equals(expected) ? " (use YYYY-MM-DD)" : ""),
                ex.getName()));
  }
}
