package nl.ipo.ledger.infra.web.pages.vastleggen;

import java.util.List;
import java.util.function.Function;
import nl.ipo.ledger.infra.web.pages.PaginaContext;
import nl.ipo.ledger.infra.web.pages.vastleggen.Formulier.Bouwer;
import nl.ipo.ledger.infra.web.pages.vastleggen.Vastleggen.Geweigerd;
import nl.ipo.ledger.infra.web.pages.vastleggen.Vastleggen.Uitkomst;
import nl.ipo.ledger.infra.web.pages.vastleggen.Vastleggen.Vastgelegd;
import nl.ipo.ledger.infra.web.pages.vastleggen.Veld.Optie;
import nl.ipo.ledger.kernel.besluit.BesluitId;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Shows a form, and turns what came of posting it into the next page. */
final class FormulierPagina {

  private FormulierPagina() {}

  static ModelAndView toon(Formulier formulier) {
    ModelAndView page = new ModelAndView("vastleggen/formulier");
    page.addObject("formulier", formulier);
    return page;
  }

  /**
   * After a post: to the recorded result with its message (post/redirect/get, so a reload does not
   * post again), or the same form again with what was typed and what was wrong.
   */
  static ModelAndView na(
      Uitkomst uitkomst,
      Invoer invoer,
      RedirectAttributes flash,
      Function<Bouwer, Formulier> form) {
    if (uitkomst instanceof Vastgelegd done) {
      flash.addFlashAttribute(PaginaContext.MELDING, done.melding());
      return new ModelAndView("redirect:" + done.pad());
    }
    Geweigerd refused = (Geweigerd) uitkomst;
    Bouwer filled = new Bouwer(invoer.waarden(), refused.fouten()).regel(refused.regel());
    ModelAndView page = toon(form.apply(filled));
    page.setStatus(
        refused.regel() != null ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST);
    return page;
  }

  /**
   * A party (who submits, decides, withdraws, grants): a body from the picker, or a person or
   * officer by name.
   */
  static void partij(Bouwer b, String name, String label, List<Optie> gremia, String help) {
    b.keuze(
        name + ".gremiumId",
        label + ": een orgaan",
        false,
        help == null ? "Kies een orgaan, of vul hieronder een persoon in." : help,
        null,
        gremia);
    b.tekst(
        name + ".personName",
        label + ": of een persoon of functionaris",
        false,
        "Bijvoorbeeld: Algemeen Directeur. Laat leeg als u een orgaan koos.",
        null);
  }

  /** The decision behind a change: cited as the secretariat does, and linked to a besluit. */
  static void verwijzing(Bouwer b, List<Optie> besluiten) {
    verwijzing(b, besluiten, "decisionReference");
  }

  static void verwijzing(Bouwer b, List<Optie> besluiten, String name) {
    b.tekst(
        name,
        "Besluit waarop dit berust",
        true,
        "Zoals het secretariaat het aanhaalt, bijvoorbeeld: Bestuur 6 juli 2023, agendapunt 4.",
        null);
    b.keuze(
        name + ".besluitId",
        "Het besluit in het register",
        false,
        "Kies het besluit als het in het register staat; dan is de wijziging ernaar te herleiden.",
        null,
        besluiten);
  }

  static DecisionReference verwijzing(Invoer invoer) {
    return verwijzing(invoer, "decisionReference");
  }

  static DecisionReference verwijzing(Invoer invoer, String name) {
    BesluitId besluit = invoer.id(name + ".besluitId", BesluitId::parse);
    String text = invoer.tekst(name);
    if (text == null) {
      invoer.fout(name, "Noem het besluit waarop dit berust (wie besloot het, wanneer).");
      return null;
    }
    return invoer.lees(name, () -> new DecisionReference(text, besluit));
  }

  static Party partij(Invoer invoer, String name) {
    GremiumId gremium = invoer.id(name + ".gremiumId", GremiumId::parse);
    String person = invoer.tekst(name + ".personName");
    if (gremium == null && person == null) {
      if (!invoer.fouten().containsKey(name + ".gremiumId")) {
        invoer.fout(name + ".gremiumId", "Kies een orgaan of vul de naam van een persoon in.");
      }
      return null;
    }
    if (gremium != null && person != null) {
      invoer.fout(name + ".personName", "Kies een orgaan óf vul een persoon in, niet allebei.");
      return null;
    }
    return invoer.lees(name + ".personName", () -> new Party(gremium, person));
  }
}
