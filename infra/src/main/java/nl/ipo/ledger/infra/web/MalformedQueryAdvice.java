package nl.ipo.ledger.infra.web;

import static nl.ipo.ledger.infra.web.ProblemWriter.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A query string the server cannot decode, such as {@code ?actor=%} (a bare percent sign, which a
 * browser's address bar sends as typed), is the caller's mistake: 400, not 500. Tomcat reports it
 * when the parameters are first read. Ordered before the application-wide advice, whose catch-all
 * would otherwise take it.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MalformedQueryAdvice {

  @ExceptionHandler(InvalidParameterException.class)
  ResponseEntity<ProblemDetail> malformed(HttpServletRequest request) {
    String field = malformedParameter(request.getQueryString());
    String reason =
        (field == null ? "Het webadres" : "'" + field + "'")
            + " is niet goed gecodeerd: schrijf een procentteken als %25 en andere bijzondere"
            + " tekens als UTF-8 met %-codes.";
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem(HttpStatus.BAD_REQUEST, "Ongeldige invoer", reason, field));
  }

  /**
   * The first parameter whose name or value does not decode. Tomcat's exception names it only
   * inside a localised message, so the raw query string is checked here instead.
   */
  static String malformedParameter(String query) {
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      if (!decodes(name) || !decodes(value)) {
        return decodes(name) ? decode(name) : name;
      }
    }
    return null;
  }

  /**
   * Whether {@code text} is valid form encoding: every {@code %} followed by two hex digits, and
   * the bytes valid UTF-8. {@code URLDecoder} is no help here: it replaces bad bytes silently.
   */
  private static boolean decodes(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int plain = 0;
    for (int i = text.indexOf('%'); i >= 0; i = text.indexOf('%', plain)) {
      bytes.writeBytes(text.substring(plain, i).getBytes(StandardCharsets.UTF_8));
      if (i + 2 >= text.length()
          || Character.digit(text.charAt(i + 1), 16) < 0
          || Character.digit(text.charAt(i + 2), 16) < 0) {
        return false;
      }
      bytes.write(Integer.parseInt(text, i + 1, i + 3, 16));
      plain = i + 3;
    }
    bytes.writeBytes(text.substring(plain).getBytes(StandardCharsets.UTF_8));
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray()));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
