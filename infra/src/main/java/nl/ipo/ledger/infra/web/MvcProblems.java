package nl.ipo.ledger.infra.web;

import static nl.ipo.ledger.infra.web.ProblemWriter.problem;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;
import nl.ipo.ledger.kernel.common.Codes;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Spring MVC's own rejections (wrong method or media type, unknown path, a parameter of the wrong
 * kind, an upload too large) as problems with a Dutch reason; the status stays Spring's.
 */
final class MvcProblems {

  private MvcProblems() {}

  static ProblemDetail of(Exception ex, HttpStatus status) {
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

  static ProblemDetail mismatch(String name, TypeMismatchException ex) {
    return problem(
        HttpStatus.BAD_REQUEST,
        ProblemAdvice.INVALID,
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
      return Arrays.stream(values).map(String::valueOf).collect(Collectors.joining(", "));
    }
    if (value instanceof Collection<?> values) {
      return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
    return String.valueOf(value);
  }
}
