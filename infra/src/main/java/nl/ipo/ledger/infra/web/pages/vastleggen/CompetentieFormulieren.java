package nl.ipo.ledger.infra.web.pages.vastleggen;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.ipo.ledger.infra.web.pages.vastleggen.Formulier.Bouwer;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.competentie.CompetenceCommand.AssignCompetence;
import nl.ipo.ledger.kernel.competentie.VotingRule;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's form for a change of the statutes' competences: from a day on, which kinds of
 * body decide a kind of besluit, which advise, and by which voting rule.
 */
@Controller
class CompetentieFormulieren {

  private final Vastleggen vastleggen;
  private final Keuzes keuzes;

  CompetentieFormulieren(Vastleggen vastleggen, Keuzes keuzes) {
    this.vastleggen = vastleggen;
    this.keuzes = keuzes;
  }

  @GetMapping("/vastleggen/bevoegdheden/nieuw")
  ModelAndView formulier() {
    return FormulierPagina.toon(bevoegdheid(Bouwer.leeg(), null));
  }

  @PostMapping("/vastleggen/bevoegdheden/nieuw")
  ModelAndView vastleggen(HttpServletRequest request, RedirectAttributes flash) {
    return vastleggen.formulier(
        request,
        flash,
        "De bevoegdheid",
        i ->
            new AssignCompetence(
                i.code("besluitType", BesluitType::parse),
                soorten(i, "deciders"),
                soorten(i, "advisers"),
                i.code("votingRule", VotingRule::parse),
                i.datum("effectiveFrom"),
                FormulierPagina.verwijzing(i)),
        c -> "/bevoegdheden?datum=" + ((AssignCompetence) c).effectiveFrom(),
        this::bevoegdheid);
  }

  private static Set<GremiumType> soorten(Invoer in, String field) {
    Set<GremiumType> types = new LinkedHashSet<>();
    for (String code : in.lijst(field)) {
      GremiumType type = in.code(field, (f, raw) -> GremiumType.parse(f, code));
      if (type != null) {
        types.add(type);
      }
    }
    return types;
  }

  private Formulier bevoegdheid(Bouwer b, String formId) {
    List<Veld.Optie> soorten = Keuzes.codes(GremiumType.class);
    b.keuze("besluitType", "Soort besluit", true, null, null, Keuzes.codes(BesluitType.class))
        .meerkeuze("deciders", "Besluit door", "Houd Ctrl ingedrukt om er meer te kiezen.", soorten)
        .meerkeuze("advisers", "Advies door", "Niet verplicht.", soorten)
        .keuze(
            "votingRule",
            "Stemregel",
            true,
            null,
            VotingRule.MAJORITY_OF_VOTES_CAST.name(),
            Keuzes.codes(VotingRule.class))
        .datum("effectiveFrom", "Geldt vanaf", true, null, null);
    FormulierPagina.verwijzing(b, keuzes.besluiten());
    return b.bouw(
        "Bevoegdheid vastleggen",
        "Een wijziging van de statuten: vanaf een datum geldt voor dit soort besluit een nieuwe"
            + " verdeling. Wat eerder gold, blijft voor eerdere datums gelden.",
        "/vastleggen/bevoegdheden/nieuw",
        formId,
        "/bevoegdheden",
        "Bevoegdheid vastleggen");
  }
}
