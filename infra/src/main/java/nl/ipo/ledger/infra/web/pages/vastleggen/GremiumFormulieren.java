package nl.ipo.ledger.infra.web.pages.vastleggen;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import nl.ipo.ledger.infra.web.pages.vastleggen.Formulier.Bouwer;
import nl.ipo.ledger.kernel.common.Province;
import nl.ipo.ledger.kernel.common.RecordedEvent;
import nl.ipo.ledger.kernel.error.NotFoundException;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.AppointMember;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.DissolveGremium;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.EndMembership;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.EstablishGremium;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.RenameGremium;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.MemberAppointed;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.FindGremium;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.FindGremiumHistory;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.GremiumDetail;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.GremiumHistory;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.kernel.gremium.MemberRole;
import nl.ipo.ledger.kernel.gremium.MembershipId;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's forms for the structure: establish, rename and dissolve a gremium, appoint a
 * member and end a membership. A merger (a body's successors) is an effect of a besluit, recorded
 * with the voorstel's form.
 */
@Controller
class GremiumFormulieren {

  private final Vastleggen vastleggen;
  private final Keuzes keuzes;
  private final QueryGateway queries;
  private final Clock clock;

  GremiumFormulieren(Vastleggen vastleggen, Keuzes keuzes, QueryGateway queries, Clock clock) {
    this.vastleggen = vastleggen;
    this.keuzes = keuzes;
    this.queries = queries;
    this.clock = clock;
  }

  // ---- establish

  @GetMapping("/vastleggen/gremia/nieuw")
  ModelAndView instellenFormulier() {
    return FormulierPagina.toon(instellen(Bouwer.leeg(), null));
  }

  @PostMapping("/vastleggen/gremia/nieuw")
  ModelAndView instellen(HttpServletRequest request, RedirectAttributes flash) {
    return vastleggen.formulier(
        request,
        flash,
        "Het gremium",
        i ->
            new EstablishGremium(
                GremiumId.parse("formulierId", i.tekst("formulierId")),
                i.tekst("name"),
                i.code("type", GremiumType::parse),
                i.id("parentId", GremiumId::parse),
                i.datum("beginDate"),
                i.datum("endDate"),
                FormulierPagina.verwijzing(i)),
        c -> "/gremia/" + ((EstablishGremium) c).gremiumId(),
        (b, formId) -> instellen(b, formId));
  }

  private Formulier instellen(Bouwer b, String formId) {
    b.groep("Het gremium", null)
        .tekst(
            "name",
            "Naam",
            true,
            "Zoals het in de stukken heet, met afkorting: BAC Mobiliteit.",
            null)
        .keuze("type", "Soort", true, null, null, Keuzes.codes(GremiumType.class))
        .keuze(
            "parentId",
            "Valt onder",
            false,
            "Het orgaan waaronder het valt, als dat er is.",
            null,
            keuzes.gremia())
        .datum("beginDate", "Ingesteld per", true, null, null)
        .datum(
            "endDate",
            "Ingesteld tot",
            false,
            "De eerste dag dat het niet meer bestaat; voor een tijdelijk gremium verplicht.",
            null)
        .groep("Grondslag", null);
    FormulierPagina.verwijzing(b, keuzes.besluiten());
    return b.bouw(
        "Gremium instellen",
        "Legt vast dat een gremium is ingesteld. Leden benoemt u daarna op de pagina van het gremium.",
        "/vastleggen/gremia/nieuw",
        formId,
        "/gremia",
        "Gremium vastleggen");
  }

  // ---- rename

  @GetMapping("/vastleggen/gremia/{id}/naam")
  ModelAndView hernoemenFormulier(@PathVariable GremiumId id) {
    GremiumId gremium = id;
    return FormulierPagina.toon(hernoemen(Bouwer.leeg(), gremium, null));
  }

  @PostMapping("/vastleggen/gremia/{id}/naam")
  ModelAndView hernoemen(
      @PathVariable GremiumId id, HttpServletRequest request, RedirectAttributes flash) {
    GremiumId gremium = id;
    return vastleggen.formulier(
        request,
        flash,
        "De nieuwe naam",
        i ->
            new RenameGremium(
                gremium, i.tekst("name"), i.datum("effectiveDate"), FormulierPagina.verwijzing(i)),
        c -> "/gremia/" + id + "?datum=" + ((RenameGremium) c).effectiveDate(),
        (b, formId) -> hernoemen(b, gremium, formId));
  }

  private Formulier hernoemen(Bouwer b, GremiumId gremium, String formId) {
    String naam = keuzes.gremiumNaam(gremium);
    b.groep("Nieuwe naam", null)
        .tekst("name", "Nieuwe naam", true, "Nu: " + naam + ".", null)
        .datum("effectiveDate", "Heet zo vanaf", true, null, null)
        .groep("Grondslag", null);
    FormulierPagina.verwijzing(b, keuzes.besluiten());
    return b.bouw(
        "Naam wijzigen: " + naam,
        "Een nieuwe naam vanaf een datum. Was de naam verkeerd vastgelegd? Gebruik dan ‘Corrigeren’ bij de instelling in de geschiedenis van het gremium.",
        "/vastleggen/gremia/" + gremium + "/naam",
        formId,
        "/gremia/" + gremium,
        "Naam vastleggen");
  }

  // ---- dissolve

  @GetMapping("/vastleggen/gremia/{id}/opheffen")
  ModelAndView opheffenFormulier(@PathVariable GremiumId id) {
    GremiumId gremium = id;
    return FormulierPagina.toon(opheffen(Bouwer.leeg(), gremium, null));
  }

  @PostMapping("/vastleggen/gremia/{id}/opheffen")
  ModelAndView opheffen(
      @PathVariable GremiumId id, HttpServletRequest request, RedirectAttributes flash) {
    GremiumId gremium = id;
    return vastleggen.formulier(
        request,
        flash,
        "De opheffing",
        i -> new DissolveGremium(gremium, i.datum("effectiveDate"), FormulierPagina.verwijzing(i)),
        c -> "/gremia/" + id,
        (b, formId) -> opheffen(b, gremium, formId));
  }

  private Formulier opheffen(Bouwer b, GremiumId gremium, String formId) {
    String naam = keuzes.gremiumNaam(gremium);
    b.groep("Opheffing", null)
        .datum(
            "effectiveDate",
            "Bestaat niet meer vanaf",
            true,
            "De eerste dag dat het gremium niet meer bestaat.",
            null)
        .groep("Grondslag", null);
    FormulierPagina.verwijzing(b, keuzes.besluiten());
    return b.bouw(
        "Opheffen: " + naam,
        "Gaat het gremium op in een ander? Leg dat vast als samenvoeging bij het voorstel, zodat de opvolger bekend is.",
        "/vastleggen/gremia/" + gremium + "/opheffen",
        formId,
        "/gremia/" + gremium,
        "Opheffing vastleggen");
  }

  // ---- appoint

  @GetMapping("/vastleggen/gremia/{id}/leden/nieuw")
  ModelAndView benoemenFormulier(@PathVariable GremiumId id) {
    GremiumId gremium = id;
    return FormulierPagina.toon(benoemen(Bouwer.leeg(), gremium, null));
  }

  @PostMapping("/vastleggen/gremia/{id}/leden/nieuw")
  ModelAndView benoemen(
      @PathVariable GremiumId id, HttpServletRequest request, RedirectAttributes flash) {
    GremiumId gremium = id;
    return vastleggen.formulier(
        request,
        flash,
        "De benoeming",
        i ->
            new AppointMember(
                gremium,
                MembershipId.parse("formulierId", i.tekst("formulierId")),
                i.tekst("personName"),
                i.code("province", Province::parse),
                i.code("role", MemberRole::parse),
                i.datum("startDate"),
                FormulierPagina.verwijzing(i)),
        c -> "/gremia/" + id + "?datum=" + ((AppointMember) c).startDate(),
        (b, formId) -> benoemen(b, gremium, formId));
  }

  private Formulier benoemen(Bouwer b, GremiumId gremium, String formId) {
    String naam = keuzes.gremiumNaam(gremium);
    b.groep("Het lid", null)
        .tekst("personName", "Naam", false, "Leeg laten als alleen de zetel bekend is.", null)
        .keuze(
            "province",
            "Provincie",
            false,
            "Voor welke provincie het lid zitting heeft.",
            null,
            Keuzes.codes(Province.class))
        .keuze("role", "Rol", true, null, "LID", Keuzes.codes(MemberRole.class))
        .datum("startDate", "Lid vanaf", true, null, null)
        .groep("Grondslag", null);
    FormulierPagina.verwijzing(b, keuzes.besluiten());
    return b.bouw(
        "Lid benoemen in " + naam,
        "Legt een benoeming vast. De regels van de statuten gelden: per provincie één lid en één plaatsvervanger in een BAC, AAC en het bestuur, twee Statenleden in de AV.",
        "/vastleggen/gremia/" + gremium + "/leden/nieuw",
        formId,
        "/gremia/" + gremium,
        "Benoeming vastleggen");
  }

  // ---- end a membership

  @GetMapping("/vastleggen/gremia/{id}/leden/{lid}/einde")
  ModelAndView eindeFormulier(@PathVariable GremiumId id, @PathVariable MembershipId lid) {
    GremiumId gremium = id;
    MembershipId membership = lid;
    return FormulierPagina.toon(einde(Bouwer.leeg(), gremium, membership, null));
  }

  @PostMapping("/vastleggen/gremia/{id}/leden/{lid}/einde")
  ModelAndView einde(
      @PathVariable GremiumId id,
      @PathVariable MembershipId lid,
      HttpServletRequest request,
      RedirectAttributes flash) {
    GremiumId gremium = id;
    MembershipId membership = lid;
    return vastleggen.formulier(
        request,
        flash,
        "Het einde van het lidmaatschap",
        i ->
            new EndMembership(
                gremium, membership, i.datum("endDate"), FormulierPagina.verwijzing(i)),
        c -> "/gremia/" + id + "?datum=" + ((EndMembership) c).endDate(),
        (b, formId) -> einde(b, gremium, membership, formId));
  }

  private Formulier einde(Bouwer b, GremiumId gremium, MembershipId membership, String formId) {
    GremiumDetail detail =
        queries.query(new FindGremium(gremium, LocalDate.now(clock)), GremiumDetail.class).join();
    // named from its appointment, whether or not it is in force today
    MemberAppointed member =
        queries
            .query(new FindGremiumHistory(gremium), GremiumHistory.class)
            .join()
            .events()
            .stream()
            .map(RecordedEvent::event)
            .filter(MemberAppointed.class::isInstance)
            .map(MemberAppointed.class::cast)
            .filter(m -> m.membershipId().equals(membership))
            .findFirst()
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "lid", "Dit lidmaatschap is bij dit gremium niet vastgelegd."));
    String wie =
        (member.personName() == null ? "de zetel" : member.personName())
            + " ("
            + member.role().label()
            + (member.province() == null ? "" : ", " + member.province().label())
            + ")";
    b.groep("Einde", null)
        .datum(
            "endDate",
            "Geen lid meer vanaf",
            true,
            "De eerste dag dat " + wie + " geen lid meer is.",
            null)
        .groep("Grondslag", null);
    FormulierPagina.verwijzing(b, keuzes.besluiten());
    return b.bouw(
        "Einde lidmaatschap: " + wie + " in " + detail.gremium().name(),
        null,
        "/vastleggen/gremia/" + gremium + "/leden/" + membership + "/einde",
        formId,
        "/gremia/" + gremium,
        "Einde vastleggen");
  }
}
