package nl.ipo.ledger.infra.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page: every error that does not reach a controller (a filter's
 * exception, a status set by the container) is answered as problem+json too, in place of Spring
 * Boot's whitelabel page or its plain JSON. The content type is set, not negotiated: an error is
 * problem+json whatever the request's Accept header asks.
 */
@RestController
class ProblemErrorController implements ErrorController {

  private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

  @RequestMapping("${server.error.path:${error.path:/error}}")
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status =
        code instanceof Integer c && HttpStatus.resolve(c) != null
            ? HttpStatus.resolve(c)
            : HttpStatus.INTERNAL_SERVER_ERROR;
    Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    ProblemDetail problem =
        (thrown instanceof Throwable t ? LedgerProblems.of(t) : Optional.<ProblemDetail>empty())
            .orElseGet(() -> StatusProblems.of(status));
    if (HttpStatus.valueOf(problem.getStatus()).is5xxServerError()) {
      log.error(
          "Request to {} failed with {}", uri, status, thrown instanceof Throwable t ? t : null);
    }
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
