package nl.ipo.ledger.infra.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.ipo.ledger.infra.web.ProblemAdvice;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page that fails shows an HTML page in Dutch, with the same status and the same sentence the
 * API's problem+json would give ({@link ProblemAdvice#describe}), instead of JSON in the browser.
 */
@ControllerAdvice(basePackageClasses = PaginaFouten.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PaginaFouten {

  private final ProblemAdvice problems;

  PaginaFouten(ProblemAdvice problems) {
    this.problems = problems;
  }

  @ExceptionHandler(Exception.class)
  ModelAndView fout(
      Exception exception,
      HttpServletRequest request,
      HttpServletResponse response,
      WebRequest web) {
    ProblemDetail problem = problems.describe(exception, web);
    HttpStatus status = HttpStatus.resolve(problem.getStatus());
    if (status == null) {
      status = HttpStatus.INTERNAL_SERVER_ERROR;
    }
    ModelAndView page = new ModelAndView("fout");
    page.setStatus(status);
    page.addObject("ctx", PaginaModel.context(request));
    page.addObject("titel", titel(status));
    page.addObject(
        "uitleg", problem.getDetail() == null ? "Er ging iets mis." : problem.getDetail());
    return page;
  }

  private static String titel(HttpStatus status) {
    return switch (status) {
      case NOT_FOUND -> "Niet gevonden";
      case BAD_REQUEST -> "Ongeldige invoer";
      case FORBIDDEN -> "Geen toegang";
      case UNPROCESSABLE_CONTENT -> "Niet toegestaan volgens de regels";
      case INTERNAL_SERVER_ERROR -> "Er ging iets mis";
      default -> status.is4xxClientError() ? "De pagina kan dit niet tonen" : "Er ging iets mis";
    };
  }
}
