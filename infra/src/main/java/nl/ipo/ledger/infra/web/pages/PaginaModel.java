package nl.ipo.ledger.infra.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Puts the page frame's context ({@code ctx}) into the model of every page. */
@ControllerAdvice(basePackageClasses = PaginaModel.class)
class PaginaModel {

  @ModelAttribute("ctx")
  PaginaContext ctx(HttpServletRequest request) {
    return context(request);
  }

  private static String melding(HttpServletRequest request) {
    Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
    return flash == null || !(flash.get(PaginaContext.MELDING) instanceof String text)
        ? null
        : text;
  }

  static PaginaContext context(HttpServletRequest request) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    return new PaginaContext(
        Gebruiker.of(authentication),
        request.getRequestURI(),
        csrf == null ? null : csrf.getParameterName(),
        csrf == null ? null : csrf.getToken(),
        melding(request));
  }
}
