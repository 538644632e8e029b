package nl.ipo.ledger.infra.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The start page, the sign-in page and the page a role without access sees. */
@Controller
class StartPagina {

  private final Clock clock;

  StartPagina(Clock clock) {
    this.clock = clock;
  }

  @GetMapping("/")
  String start(Model model) {
    model.addAttribute("vandaag", LocalDate.now(clock.withZone(Weergave.AMSTERDAM)).toString());
    return "start";
  }

  @GetMapping("/aanmelden")
  String aanmelden(
      @RequestParam(required = false) String fout,
      @RequestParam(required = false) String geblokkeerd,
      @RequestParam(required = false) String afgemeld,
      Model model) {
    String melding = null;
    boolean isFout = true;
    if (geblokkeerd != null) {
      melding =
          "Er is te vaak een verkeerd wachtwoord gegeven. Probeer het over "
              + seconds(geblokkeerd)
              + " opnieuw.";
    } else if (fout != null) {
      melding = "De gebruikersnaam of het wachtwoord klopt niet.";
    } else if (afgemeld != null) {
      melding = "U bent afgemeld.";
      isFout = false;
    }
    model.addAttribute("melding", melding);
    model.addAttribute("fout", isFout);
    return "aanmelden";
  }

  /**
   * Where Spring Security forwards a refused request, whatever its method; a form without a valid
   * CSRF token is told so apart from a role without access.
   */
  @RequestMapping("/geen-toegang")
  String geenToegang(HttpServletRequest request, Model model) {
    model.addAttribute(
        "formulierVerlopen",
        request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException);
    return "geen-toegang";
  }

  /** The wait as a Dutch phrase; the parameter comes from our own redirect but may be edited. */
  private static String seconds(String raw) {
    try {
      long s = Long.parseLong(raw);
      if (s > 0 && s < 86_400) {
        return s == 1 ? "1 seconde" : s + " seconden";
      }
    } catch (NumberFormatException ignored) {
      // fall through: an edited URL gets the vague wording
    }
    return "enige tijd";
  }
}
