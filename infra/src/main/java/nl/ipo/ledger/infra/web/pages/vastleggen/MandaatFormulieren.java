package nl.ipo.ledger.infra.web.pages.vastleggen;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ipo.ledger.infra.web.pages.vastleggen.Formulier.Bouwer;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.mandaat.MandaatCommand.AmendMandaat;
import nl.ipo.ledger.kernel.mandaat.MandaatCommand.GrantMandaat;
import nl.ipo.ledger.kernel.mandaat.MandaatCommand.RevokeMandaat;
import nl.ipo.ledger.kernel.mandaat.MandaatId;
import nl.ipo.ledger.kernel.mandaat.MandaatScope;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's forms for mandates: grant a mandate or a sub-mandate, amend its terms from a
 * day on, revoke it. The rules are the command side's: the mandaatgever must be competent, a
 * sub-mandate stays within its parent.
 */
@Controller
class MandaatFormulieren {

  private final Vastleggen vastleggen;
  private final Keuzes keuzes;

  MandaatFormulieren(Vastleggen vastleggen, Keuzes keuzes) {
    this.vastleggen = vastleggen;
    this.keuzes = keuzes;
  }

  @GetMapping("/vastleggen/mandaten/nieuw")
  ModelAndView verlenenFormulier(@RequestParam(required = false) MandaatId onder) {
    Map<String, List<String>> start =
        onder == null ? Map.of() : Map.of("parentMandaatId", List.of(onder.toString()));
    return FormulierPagina.toon(verlenen(new Bouwer(start, Map.of()), null));
  }

  @PostMapping("/vastleggen/mandaten/nieuw")
  ModelAndView verlenen(HttpServletRequest request, RedirectAttributes flash) {
    return vastleggen.formulier(
        request,
        flash,
        "Het mandaat",
        i -> {
          MandaatId parent = i.id("parentMandaatId", MandaatId::parse);
          boolean giverGiven =
              i.tekst("mandaatgever.gremiumId") != null
                  || i.tekst("mandaatgever.personName") != null;
          return new GrantMandaat(
              MandaatId.parse("formulierId", i.tekst("formulierId")),
              parent != null && !giverGiven ? null : FormulierPagina.partij(i, "mandaatgever"),
              FormulierPagina.partij(i, "mandataris"),
              scope(i, true),
              i.bedrag("ceiling"),
              i.datum("startDate"),
              i.datum("endDate"),
              i.tekst("conditions"),
              parent,
              FormulierPagina.verwijzing(i));
        },
        c -> "/mandaten/" + ((GrantMandaat) c).mandaatId(),
        (b, formId) -> verlenen(b, formId));
  }

  private Formulier verlenen(Bouwer b, String formId) {
    var gremia = keuzes.gremia();
    b.groep("Ondermandaat", null)
        .keuze(
            "parentMandaatId",
            "Ondermandaat van",
            false,
            "Alleen bij een ondermandaat: het mandaat waarbinnen het blijft. De mandaatgever is dan de mandataris daarvan.",
            null,
            keuzes.mandaten())
        .groep(
            "Mandaatgever",
            "Het bevoegde orgaan dat het mandaat verleent (niet nodig bij een ondermandaat).");
    FormulierPagina.partij(b, "mandaatgever", "Mandaatgever", gremia, null);
    b.groep("Mandataris", "Wie namens de mandaatgever mag besluiten.");
    FormulierPagina.partij(b, "mandataris", "Mandataris", gremia, null);
    scopeVelden(
        b,
        "Het mandaat geldt voor deze soorten besluiten en/of onderwerpen; minstens één van beide.");
    b.groep("Grenzen en looptijd", null)
        .bedrag(
            "ceiling",
            "Plafond",
            false,
            "Het hoogste bedrag per besluit, in euro’s zoals 250.000.",
            null)
        .datum("startDate", "Geldig vanaf", true, null, null)
        .datum("endDate", "Geldig tot", false, "De eerste dag dat het niet meer geldt.", null)
        .tekstvak("conditions", "Voorwaarden", false, null, null)
        .groep("Grondslag", null);
    FormulierPagina.verwijzing(b, keuzes.besluiten());
    return b.bouw(
        "Mandaat verlenen",
        "Legt een mandaat of ondermandaat vast. Besluiten krachtens dit mandaat legt u vast bij het besluit, met ‘Krachtens mandaat’.",
        "/vastleggen/mandaten/nieuw",
        formId,
        "/mandaten",
        "Mandaat vastleggen");
  }

  private static void scopeVelden(Bouwer b, String help) {
    b.groep("Reikwijdte", help)
        .meerkeuze(
            "scope.besluitTypes",
            "Soorten besluiten",
            "Houd Ctrl ingedrukt om er meer te kiezen.",
            Keuzes.codes(BesluitType.class))
        .tekstvak(
            "scope.subjects",
            "Onderwerpen",
            false,
            "Eén onderwerp per regel, bijvoorbeeld: Interprovinciaal Bestuursprogramma.",
            null);
  }

  /** The scope as typed; none at all is null (an amendment that keeps the scope). */
  private static MandaatScope scope(Invoer i, boolean required) {
    Set<BesluitType> types = new LinkedHashSet<>();
    for (String code : i.lijst("scope.besluitTypes")) {
      BesluitType type =
          i.lees("scope.besluitTypes", () -> BesluitType.parse("scope.besluitTypes", code));
      if (type != null) {
        types.add(type);
      }
    }
    String text = i.tekst("scope.subjects");
    List<String> subjects =
        text == null
            ? List.of()
            : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    if (!required && types.isEmpty() && subjects.isEmpty()) {
      return null;
    }
    return i.lees("scope.besluitTypes", () -> new MandaatScope(types, subjects));
  }

  @GetMapping("/vastleggen/mandaten/{id}/wijzigen")
  ModelAndView wijzigenFormulier(@PathVariable MandaatId id) {
    MandaatId mandaat = id;
    return FormulierPagina.toon(wijzigen(Bouwer.leeg(), mandaat, null));
  }

  @PostMapping("/vastleggen/mandaten/{id}/wijzigen")
  ModelAndView wijzigen(
      @PathVariable MandaatId id, HttpServletRequest request, RedirectAttributes flash) {
    MandaatId mandaat = id;
    return vastleggen.formulier(
        request,
        flash,
        "De wijziging van het mandaat",
        i ->
            new AmendMandaat(
                mandaat,
                i.datum("effectiveDate"),
                scope(i, false),
                i.bedrag("ceiling"),
                i.datum("endDate"),
                i.tekst("conditions"),
                FormulierPagina.verwijzing(i)),
        c -> "/mandaten/" + id,
        (b, formId) -> wijzigen(b, mandaat, formId));
  }

  private Formulier wijzigen(Bouwer b, MandaatId mandaat, String formId) {
    b.groep("Vanaf", null).datum("effectiveDate", "Gewijzigd vanaf", true, null, null);
    scopeVelden(b, "Leeg laten: de reikwijdte blijft zoals ze was.");
    b.groep("Nieuwe grenzen", "Wat u leeg laat, blijft zoals het was.")
        .bedrag("ceiling", "Plafond", false, null, null)
        .datum("endDate", "Geldig tot", false, null, null)
        .tekstvak("conditions", "Voorwaarden", false, null, null)
        .groep("Grondslag", null);
    FormulierPagina.verwijzing(b, keuzes.besluiten());
    return b.bouw(
        "Mandaat wijzigen",
        null,
        "/vastleggen/mandaten/" + mandaat + "/wijzigen",
        formId,
        "/mandaten/" + mandaat,
        "Wijziging vastleggen");
  }

  @GetMapping("/vastleggen/mandaten/{id}/intrekken")
  ModelAndView intrekkenFormulier(@PathVariable MandaatId id) {
    MandaatId mandaat = id;
    return FormulierPagina.toon(intrekken(Bouwer.leeg(), mandaat, null));
  }

  @PostMapping("/vastleggen/mandaten/{id}/intrekken")
  ModelAndView intrekken(
      @PathVariable MandaatId id, HttpServletRequest request, RedirectAttributes flash) {
    MandaatId mandaat = id;
    return vastleggen.formulier(
        request,
        flash,
        "De intrekking van het mandaat",
        i -> new RevokeMandaat(mandaat, i.datum("effectiveDate"), FormulierPagina.verwijzing(i)),
        c -> "/mandaten/" + id,
        (b, formId) -> intrekken(b, mandaat, formId));
  }

  private Formulier intrekken(Bouwer b, MandaatId mandaat, String formId) {
    b.datum(
        "effectiveDate",
        "Geldt niet meer vanaf",
        true,
        "Ook de ondermandaten vervallen dan.",
        null);
    FormulierPagina.verwijzing(b, keuzes.besluiten());
    return b.bouw(
        "Mandaat intrekken",
        null,
        "/vastleggen/mandaten/" + mandaat + "/intrekken",
        formId,
        "/mandaten/" + mandaat,
        "Intrekking vastleggen");
  }
}
