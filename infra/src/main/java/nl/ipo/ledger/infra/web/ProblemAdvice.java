package nl.ipo.ledger.infra.web;

import static nl.ipo.ledger.infra.web.ProblemWriter.problem;

import java.util.Optional;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Turns every rejection into problem+json: 400 malformed, 404 unknown id, 409 duplicate or
 * concurrent change, 422 rule violated, and Spring MVC's own rejections (405, 406, 415, …) too.
 * Exceptions from command and query handlers may arrive wrapped by Axon, so the cause chain is
 * searched for the ledger's own exception. Every {@code reason} is Dutch and names no Java type: it
 * is read by the person who sent the request.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);
  static final String INVALID = "Ongeldige invoer";

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception exception) {
    Optional<ProblemDetail> known = LedgerProblems.of(exception);
    if (known.isPresent()) {
      return respond(known.get());
    }
    log.error("Unexpected error while handling a request", exception);
    return respond(internalError());
  }

  /**
   * The problem any exception is answered with, for callers that show it in another form (the web
   * pages render it as HTML): Spring MVC's rejections, the ledger's own exceptions, or an internal
   * error (logged here).
   */
  public ProblemDetail describe(Exception exception, WebRequest request) {
    try {
      ResponseEntity<Object> standard = handleException(exception, request);
      if (standard != null && standard.getBody() instanceof ProblemDetail problem) {
        return problem;
      }
    } catch (Exception notStandard) {
      // not one of Spring MVC's own exceptions: the ledger's, or unexpected
    }
    return LedgerProblems.of(exception)
        .orElseGet(
            () -> {
              log.error("Unexpected error while rendering a page", exception);
              return internalError();
            });
  }

  static ProblemDetail internalError() {
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Interne fout",
        "Het grootboek kon de aanvraag niet afhandelen door een fout aan onze kant; er is niets"
            + " vastgelegd. Probeer het later opnieuw of meld het aan de beheerder.",
        null);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Optional<ProblemDetail> known = LedgerProblems.of(ex);
    if (known.isPresent()) {
      return respondObject(known.get());
    }
    JacksonException jackson = null;
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof JacksonException j) {
        jackson = j;
        break;
      }
    }
    if (jackson == null) {
      return respondObject(
          problem(
              HttpStatus.BAD_REQUEST,
              INVALID,
              "De aanvraag heeft geen leesbare inhoud; stuur een JSON-object.",
              null));
    }
    InvalidValueException invalid = JsonProblems.invalid(null, jackson);
    return respondObject(
        problem(HttpStatus.BAD_REQUEST, INVALID, invalid.getMessage(), invalid.field()));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String name = ex.getParameterName();
    return respondObject(
        problem(
            HttpStatus.BAD_REQUEST, INVALID, "De parameter '" + name + "' is verplicht.", name));
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    Optional<ProblemDetail> known = LedgerProblems.of(ex);
    if (known.isPresent()) {
      return respondObject(known.get());
    }
    return respondObject(MvcProblems.mismatch(ex.getPropertyName(), ex));
  }

  /**
   * Spring MVC's own rejections (wrong method, media type, unknown path, …) with a Dutch reason;
   * the status stays Spring's.
   */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception ex,
      Object body,
      HttpHeaders headers,
      HttpStatusCode statusCode,
      WebRequest request) {
    HttpStatus status = HttpStatus.resolve(statusCode.value());
    if (status == null) {
      status = HttpStatus.BAD_REQUEST;
    }
    if (status.is5xxServerError()) {
      log.error("Request could not be handled", ex);
    }
    HttpHeaders kept = new HttpHeaders();
    if (headers != null && headers.getAllow() != null && !headers.getAllow().isEmpty()) {
      kept.setAllow(headers.getAllow());
    }
    ProblemDetail problem = MvcProblems.of(ex, status);
    return ResponseEntity.status(status)
        .headers(kept)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static ResponseEntity<Object> respondObject(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
