package nl.ipo.ledger.infra.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the RFC 9457 problems of the API. Every problem names, where it can, the {@code field} and
 * the {@code reason}, and for a broken rule the {@code rule}; the title speaks Dutch, the reason is
 * the precise message of the rule.
 */
@Component
public class ProblemWriter {

  private final JsonMapper json;

  public ProblemWriter(JsonMapper json) {
    this.json = json;
  }

  public static ProblemDetail problem(
      HttpStatus status, String title, String reason, String field) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, reason);
    problem.setTitle(title);
    problem.setType(URI.create("https://ipo.nl/ledger/problems/" + status.value()));
    problem.setProperty("reason", reason);
    if (field != null) {
      problem.setProperty("field", field);
    }
    return problem;
  }

  /** For errors raised outside Spring MVC (authentication, authorisation). */
  public void write(
      HttpServletResponse response, HttpStatus status, String title, String reason, String field)
      throws IOException {
    write(
        response,
        status,
        title,
        reason,
        field,
        status == HttpStatus.UNAUTHORIZED ? "Basic realm=\"IPO ledger\"" : null);
  }

  /** As above, with the {@code WWW-Authenticate} challenge given (or none). */
  public void write(
      HttpServletResponse response,
      HttpStatus status,
      String title,
      String reason,
      String field,
      String challenge)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    if (challenge != null) {
      response.setHeader("WWW-Authenticate", challenge);
    }
    json.writeValue(response.getOutputStream(), problem(status, title, reason, field));
  }
}
