package nl.ipo.ledger.infra.web.pages.vastleggen;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Where the secretariat starts recording: what can be recorded, and where each step starts. */
@Controller
class VastleggenOverzicht {

  @GetMapping("/vastleggen")
  String overzicht() {
    return "vastleggen/overzicht";
  }
}
