package nl.ipo.ledger.infra.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's error report for what it rejects before the application sees the request (an encoded
 * slash or NUL in the path, headers over the size limit): problem+json, like every other error of
 * the ledger, instead of Tomcat's HTML page that names its version.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

  private final JsonMapper json;

  /** Used when Tomcat instantiates the valve by its class name. */
  public ProblemErrorReportValve() {
    this(JsonMapper.builder().build());
  }

  ProblemErrorReportValve(JsonMapper json) {
    this.json = json;
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int code = response.getStatus();
    if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    HttpStatus status = HttpStatus.resolve(code);
    try {
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(
            json.writeValueAsString(
                StatusProblems.of(status == null ? HttpStatus.BAD_REQUEST : status)));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the client is gone or the response is already committed: nothing more can be said
    }
  }
}
