package nl.ipo.ledger.infra.web;

import static nl.ipo.ledger.infra.web.ProblemWriter.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.ipo.ledger.kernel.common.Codes;
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
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
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
  private static final String INVALID = "Ongeldige invoer";

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception exception, HttpServletRequest request) {
    Optional<ProblemDetail> known = translate(exception, request.getRequestURI());
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
    return translate(exception, path(request))
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

  /** A problem for an exception the ledger knows, found anywhere in its cause chain. */
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
                "Er is geen "
                    + noun(path)
                    + " met id "
                    + Codes.abbreviate(String.valueOf(notFound.getAggregateIdentifier()))
                    + " bekend.",
                noun(path) + "Id"));
      }
      if (t instanceof IncompatibleAggregateException) {
        return Optional.of(
            problem(
                HttpStatus.NOT_FOUND,
                "Onbekend",
                "Er is geen "
                    + noun(path)
                    + " bekend met dit id (het id hoort bij een ander soort record).",
                noun(path) + "Id"));
      }
      if (t instanceof ConcurrencyException) {
        return Optional.of(
            problem(
                HttpStatus.CONFLICT,
                "Gelijktijdige wijziging",
                "Iemand anders legde op hetzelfde moment iets vast over deze "
                    + noun(path)
                    + "; laad de gegevens opnieuw en probeer het nog eens.",
                null));
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
    } else if (text.startsWith("/api/rectificaties")) {
      return "rectificatie";
    }
    return "gremium";
  }

  private static ProblemDetail ledgerProblem(LedgerException exception) {
    if (exception instanceof InvalidValueException e) {
      return problem(HttpStatus.BAD_REQUEST, INVALID, e.getMessage(), e.field());
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

  private static String path(WebRequest request) {
    return request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : "";
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
    Optional<ProblemDetail> known = translate(ex, path(request));
    if (known.isPresent()) {
      return respondObject(known.get());
    }
    return respondObject(mismatch(ex.getPropertyName(), ex));
  }

  private static ProblemDetail mismatch(String name, TypeMismatchException ex) {
    return problem(
        HttpStatus.BAD_REQUEST,
        INVALID,
        "'"
            + name
            + "' moet "
            + ExpectedValue.of(ex.getRequiredType())
            + " zijn, maar is '"
            + Codes.abbreviate(shown(ex.getValue()))
            + "'.",
        name);
  }

  /**
   * A rejected value as the user typed it: a parameter given more than once arrives as an array,
   * whose {@code toString} would name a Java type ({@code [Ljava.lang.String;@…}).
   */
  static String shown(Object value) {
    if (value instanceof Object[] values) {
      return java.util.Arrays.stream(values)
          .map(String::valueOf)
          .collect(java.util.stream.Collectors.joining(", "));
    }
    if (value instanceof java.util.Collection<?> values) {
      return values.stream()
          .map(String::valueOf)
          .collect(java.util.stream.Collectors.joining(", "));
    }
    return String.valueOf(value);
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
    ProblemDetail problem = standardProblem(ex, status);
    return ResponseEntity.status(status)
        .headers(kept)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static ProblemDetail standardProblem(Exception ex, HttpStatus status) {
    if (ex instanceof HttpRequestMethodNotSupportedException m) {
      String allowed =
          m.getSupportedHttpMethods() == null
              ? ""
              : " Toegestaan: "
                  + m.getSupportedHttpMethods().stream()
                      .map(Object::toString)
                      .collect(Collectors.joining(", "))
                  + ".";
      return problem(
          status,
          "Methode niet toegestaan",
          "Dit adres kent de methode " + Codes.abbreviate(m.getMethod()) + " niet." + allowed,
          null);
    }
    if (ex instanceof HttpMediaTypeNotSupportedException) {
      return problem(
          status,
          "Soort inhoud niet ondersteund",
          "Stuur de inhoud als application/json (Content-Type: application/json).",
          "Content-Type");
    }
    if (ex instanceof HttpMediaTypeNotAcceptableException) {
      return problem(
          status,
          "Antwoordvorm niet beschikbaar",
          "Dit adres antwoordt in JSON (application/json); vraag daarom om application/json of"
              + " */* (Accept).",
          "Accept");
    }
    if (ex instanceof NoResourceFoundException) {
      return problem(status, "Niet gevonden", "Dit adres bestaat niet.", null);
    }
    if (ex instanceof MaxUploadSizeExceededException) {
      return problem(status, "Te groot", "Het bestand is te groot om te verwerken.", null);
    }
    return StatusProblems.of(status);
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
