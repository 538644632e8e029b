package nl.ipo.ledger.infra.web.pages.vastleggen;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.ipo.ledger.infra.web.pages.vastleggen.Formulier.Bouwer;
import nl.ipo.ledger.infra.web.pages.vastleggen.Formulier.Stemrij;
import nl.ipo.ledger.infra.web.pages.vastleggen.Formulier.Stemtabel;
import nl.ipo.ledger.infra.web.pages.vastleggen.Veld.Optie;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.DecideVoorstel;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.PlaceVoorstelOnAgenda;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.RecordAdvice;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.RecordDiscussion;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.SubmitVoorstel;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.WithdrawVoorstel;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelSubmitted;
import nl.ipo.ledger.kernel.besluit.BesluitId;
import nl.ipo.ledger.kernel.besluit.BesluitOutcome;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.BesluitLifecycle;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.FindBesluitLifecycle;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.besluit.Effect;
import nl.ipo.ledger.kernel.besluit.Vote;
import nl.ipo.ledger.kernel.besluit.VoteChoice;
import nl.ipo.ledger.kernel.besluit.VoteTally;
import nl.ipo.ledger.kernel.common.Province;
import nl.ipo.ledger.kernel.competentie.CompetenceQueries.Competent;
import nl.ipo.ledger.kernel.competentie.CompetenceQueries.FindCompetent;
import nl.ipo.ledger.kernel.competentie.VotingRule;
import nl.ipo.ledger.kernel.error.NotFoundException;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.FindGremium;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.GremiumDetail;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.MemberView;
import nl.ipo.ledger.kernel.gremium.MemberRole;
import nl.ipo.ledger.kernel.mandaat.MandaatId;
import nl.ipo.ledger.kernel.vergadering.VergaderingCommand.ScheduleVergadering;
import nl.ipo.ledger.kernel.vergadering.VergaderingId;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's forms from voorstel to besluit: a meeting, the voorstel with what it intends to
 * change, its agenda, discussion and advice, the besluit with a vote per seat, and the withdrawal.
 * Each leads to the besluit's dossier, where the step shows at once.
 */
@Controller
class BesluitFormulieren {

  /** How many empty rows for effects a new voorstel's form offers; "Nog een gevolg" adds one. */
  static final int EFFECT_ROWS = 2;

  /** The rows of the effects a besluit adopted with amendments changes instead. */
  static final String AMENDED = "amendedEffects";

  private final Vastleggen vastleggen;
  private final Keuzes keuzes;
  private final QueryGateway queries;
  private final Clock clock;

  BesluitFormulieren(Vastleggen vastleggen, Keuzes keuzes, QueryGateway queries, Clock clock) {
    this.vastleggen = vastleggen;
    this.keuzes = keuzes;
    this.queries = queries;
    this.clock = clock;
  }

  // ---- a meeting

  @GetMapping("/vastleggen/vergaderingen/nieuw")
  ModelAndView vergaderingFormulier(@RequestParam(required = false) String gremium) {
    Bouwer b =
        new Bouwer(gremium == null ? Map.of() : Map.of("gremiumId", List.of(gremium)), Map.of());
    return FormulierPagina.toon(vergadering(b, null));
  }

  @PostMapping("/vastleggen/vergaderingen/nieuw")
  ModelAndView vergadering(HttpServletRequest request, RedirectAttributes flash) {
    return vastleggen.formulier(
        request,
        flash,
        "De vergadering",
        i ->
            new ScheduleVergadering(
                VergaderingId.parse("formulierId", i.tekst("formulierId")),
                i.id("gremiumId", GremiumId::parse),
                i.datum("date"),
                i.tekst("description")),
        c -> "/vergaderingen/" + ((ScheduleVergadering) c).vergaderingId(),
        (b, formId) -> vergadering(b, formId));
  }

  private Formulier vergadering(Bouwer b, String formId) {
    b.keuze("gremiumId", "Orgaan", true, null, null, keuzes.gremia())
        .datum("date", "Datum", true, null, null)
        .tekst("description", "Omschrijving", false, "Bijvoorbeeld: AV van 27 juni 2023.", null);
    return b.bouw(
        "Vergadering vastleggen",
        "Een vergadering van een orgaan, zodat voorstellen erop geagendeerd, besproken en besloten kunnen worden.",
        "/vastleggen/vergaderingen/nieuw",
        formId,
        "/besluiten",
        "Vergadering vastleggen");
  }

  // ---- the voorstel

  @GetMapping("/vastleggen/voorstellen/nieuw")
  ModelAndView voorstelFormulier() {
    return FormulierPagina.toon(voorstel(Bouwer.leeg(), null, EFFECT_ROWS));
  }

  @PostMapping("/vastleggen/voorstellen/nieuw")
  ModelAndView voorstel(HttpServletRequest request, RedirectAttributes flash) {
    Invoer in = new Invoer(request.getParameterMap());
    int rows = Gevolgen.rijen(in, "effects", EFFECT_ROWS);
    if (Gevolgen.meer(in, "effects")) {
      // "Nog een gevolg toevoegen": the same form with one more row, nothing recorded
      int more = Math.min(Gevolgen.MAX_ROWS, rows + 1);
      return FormulierPagina.toon(
          voorstel(new Bouwer(in.waarden(), Map.of()), in.tekst("formulierId"), more));
    }
    var uitkomst =
        vastleggen.verwerk(
            in,
            i -> {
              String formId = i.tekst("formulierId");
              BesluitId id = BesluitId.parse("formulierId", formId);
              List<Effect> effects = Gevolgen.lees(i, "effects", formId, rows);
              return new SubmitVoorstel(
                  id,
                  i.tekst("subject"),
                  i.code("besluitType", BesluitType::parse),
                  FormulierPagina.partij(i, "submittedBy"),
                  i.id("decidingGremiumId", GremiumId::parse),
                  i.datum("submittedOn"),
                  effects,
                  i.id("mandaatId", MandaatId::parse));
            },
            c -> "/besluiten/" + ((SubmitVoorstel) c).besluitId(),
            "Het voorstel");
    return FormulierPagina.na(uitkomst, in, flash, b -> voorstel(b, in.tekst("formulierId"), rows));
  }

  private Formulier voorstel(Bouwer b, String formId, int rows) {
    List<Optie> gremia = keuzes.gremia();
    b.groep("Het voorstel", null)
        .tekst("subject", "Onderwerp", true, "Zoals het op de agenda staat.", null)
        .keuze(
            "besluitType",
            "Soort besluit",
            true,
            "Bepaalt welk orgaan bevoegd is en wie adviseert.",
            null,
            Keuzes.codes(BesluitType.class))
        .keuze("decidingGremiumId", "Ter besluitvorming aan", true, null, null, gremia)
        .keuze(
            "mandaatId",
            "Krachtens mandaat",
            false,
            "Alleen als het orgaan dit soort besluit niet zelf mag nemen, maar krachtens een"
                + " mandaat.",
            null,
            keuzes.mandaten())
        .datum("submittedOn", "Ingediend op", true, null, null)
        .groep("Ingediend door", null);
    FormulierPagina.partij(b, "submittedBy", "Ingediend door", gremia, null);
    Gevolgen.velden(
        b,
        "effects",
        rows,
        gremia,
        "Beoogd gevolg",
        "Wat het besluit in de structuur verandert. Het register voert het uit zodra het besluit is"
            + " genomen. Laat ‘Soort gevolg’ leeg als er niets (meer) is.");
    Formulier form =
        b.bouw(
            "Voorstel indienen",
            "Legt een voorstel vast met wat het beoogt. Agendering, bespreking, advies en besluit legt u daarna vast vanuit het dossier.",
            "/vastleggen/voorstellen/nieuw",
            formId,
            "/besluiten",
            "Voorstel vastleggen");
    return form;
  }

  // ---- steps on a voorstel

  VoorstelSubmitted voorstel(BesluitId id) {
    BesluitLifecycle lifecycle =
        queries.query(new FindBesluitLifecycle(id), BesluitLifecycle.class).join();
    return lifecycle.events().stream()
        .map(e -> e.event())
        .filter(VoorstelSubmitted.class::isInstance)
        .map(VoorstelSubmitted.class::cast)
        .findFirst()
        .orElseThrow(
            () -> new NotFoundException("id", "Er is geen voorstel met dit kenmerk bekend."));
  }

  @GetMapping("/vastleggen/besluiten/{id}/agenda")
  ModelAndView agendaFormulier(@PathVariable BesluitId id) {
    VoorstelSubmitted v = voorstel(id);
    return FormulierPagina.toon(agenda(Bouwer.leeg(), v, null));
  }

  @PostMapping("/vastleggen/besluiten/{id}/agenda")
  ModelAndView agenda(
      @PathVariable BesluitId id, HttpServletRequest request, RedirectAttributes flash) {
    VoorstelSubmitted v = voorstel(id);
    return vastleggen.formulier(
        request,
        flash,
        "De agendering",
        i ->
            new PlaceVoorstelOnAgenda(
                v.besluitId(), i.id("vergaderingId", VergaderingId::parse), i.tekst("agendaItem")),
        c -> "/besluiten/" + id,
        (b, formId) -> agenda(b, v, formId));
  }

  private Formulier agenda(Bouwer b, VoorstelSubmitted v, String formId) {
    b.keuze(
            "vergaderingId",
            "Vergadering",
            true,
            "Staat de vergadering er niet bij? Leg haar eerst vast onder ‘Vergadering vastleggen’.",
            null,
            keuzes.vergaderingen())
        .tekst("agendaItem", "Agendapunt", false, "Bijvoorbeeld: 4 of 4b.", null);
    return b.bouw(
        "Agenderen: " + v.subject(),
        null,
        "/vastleggen/besluiten/" + v.besluitId() + "/agenda",
        formId,
        "/besluiten/" + v.besluitId(),
        "Agendering vastleggen");
  }

  @GetMapping("/vastleggen/besluiten/{id}/bespreking")
  ModelAndView besprekingFormulier(@PathVariable BesluitId id) {
    VoorstelSubmitted v = voorstel(id);
    return FormulierPagina.toon(bespreking(Bouwer.leeg(), v, null));
  }

  @PostMapping("/vastleggen/besluiten/{id}/bespreking")
  ModelAndView bespreking(
      @PathVariable BesluitId id, HttpServletRequest request, RedirectAttributes flash) {
    VoorstelSubmitted v = voorstel(id);
    return vastleggen.formulier(
        request,
        flash,
        "De bespreking",
        i ->
            new RecordDiscussion(
                v.besluitId(), i.id("vergaderingId", VergaderingId::parse), i.tekst("summary")),
        c -> "/besluiten/" + id,
        (b, formId) -> bespreking(b, v, formId));
  }

  private Formulier bespreking(Bouwer b, VoorstelSubmitted v, String formId) {
    b.keuze(
            "vergaderingId",
            "Vergadering",
            true,
            "De vergadering waarin het voorstel werd besproken; het moet daar geagendeerd zijn.",
            null,
            keuzes.vergaderingen())
        .tekstvak("summary", "Samenvatting van de bespreking", true, null, null);
    return b.bouw(
        "Bespreking vastleggen: " + v.subject(),
        null,
        "/vastleggen/besluiten/" + v.besluitId() + "/bespreking",
        formId,
        "/besluiten/" + v.besluitId(),
        "Bespreking vastleggen");
  }

  @GetMapping("/vastleggen/besluiten/{id}/advies")
  ModelAndView adviesFormulier(@PathVariable BesluitId id) {
    VoorstelSubmitted v = voorstel(id);
    return FormulierPagina.toon(advies(Bouwer.leeg(), v, null));
  }

  @PostMapping("/vastleggen/besluiten/{id}/advies")
  ModelAndView advies(
      @PathVariable BesluitId id, HttpServletRequest request, RedirectAttributes flash) {
    VoorstelSubmitted v = voorstel(id);
    return vastleggen.formulier(
        request,
        flash,
        "Het advies",
        i ->
            new RecordAdvice(
                v.besluitId(),
                i.id("advisingGremiumId", GremiumId::parse),
                i.datum("adviceDate"),
                i.id("vergaderingId", VergaderingId::parse),
                i.tekst("advice")),
        c -> "/besluiten/" + id,
        (b, formId) -> advies(b, v, formId));
  }

  private Formulier advies(Bouwer b, VoorstelSubmitted v, String formId) {
    b.keuze(
            "advisingGremiumId",
            "Adviserend orgaan",
            true,
            "Alleen een orgaan dat voor dit soort besluit adviseert, kan advies geven.",
            null,
            keuzes.gremia())
        .datum("adviceDate", "Datum van het advies", true, null, null)
        .keuze("vergaderingId", "In de vergadering", false, null, null, keuzes.vergaderingen())
        .tekstvak("advice", "Het advies", true, null, null);
    return b.bouw(
        "Advies vastleggen: " + v.subject(),
        null,
        "/vastleggen/besluiten/" + v.besluitId() + "/advies",
        formId,
        "/besluiten/" + v.besluitId(),
        "Advies vastleggen");
  }

  // ---- the besluit

  @GetMapping("/vastleggen/besluiten/{id}/besluit")
  ModelAndView besluitFormulier(
      @PathVariable BesluitId id, @RequestParam(required = false) String datum) {
    VoorstelSubmitted v = voorstel(id);
    Map<String, List<String>> start =
        new java.util.LinkedHashMap<>(Gevolgen.waarden(AMENDED, v.effects()));
    start.put("decider.gremiumId", List.of(v.decidingGremiumId().toString()));
    start.put("decisionDate", List.of(datum == null ? "" : datum));
    return FormulierPagina.toon(
        besluit(new Bouwer(start, Map.of()), v, null, Math.max(1, v.effects().size())));
  }

  @PostMapping("/vastleggen/besluiten/{id}/besluit")
  ModelAndView besluit(
      @PathVariable BesluitId id, HttpServletRequest request, RedirectAttributes flash) {
    VoorstelSubmitted v = voorstel(id);
    Invoer in = new Invoer(request.getParameterMap());
    int rows = Gevolgen.rijen(in, AMENDED, Math.max(1, v.effects().size()));
    if (in.tekst("zetels") != null || Gevolgen.meer(in, AMENDED)) {
      // "Zetels op deze datum tonen" or "Nog een gevolg toevoegen": the same form again, its
      // vote table for the day typed or one more row; nothing recorded
      int shown = Gevolgen.meer(in, AMENDED) ? Math.min(Gevolgen.MAX_ROWS, rows + 1) : rows;
      return FormulierPagina.toon(
          besluit(new Bouwer(in.waarden(), Map.of()), v, in.tekst("formulierId"), shown));
    }
    return vastleggen.formulier(
        request,
        flash,
        "Het besluit",
        i -> {
          BesluitOutcome outcome = i.code("outcome", BesluitOutcome::parse);
          return new DecideVoorstel(
              v.besluitId(),
              FormulierPagina.partij(i, "decider"),
              i.datum("decisionDate"),
              i.id("vergaderingId", VergaderingId::parse),
              outcome,
              outcome == BesluitOutcome.ADOPTED_WITH_AMENDMENTS
                  ? Gevolgen.lees(i, AMENDED, i.tekst("formulierId"), rows)
                  : null,
              stemmen(i),
              i.id("mandaatId", MandaatId::parse),
              i.bedrag("amount"),
              i.tekst("summary"));
        },
        c -> "/besluiten/" + id,
        (b, formId) -> besluit(b, v, formId, rows));
  }

  /** The tally of the votes chosen so far, under the voting rule for this kind of besluit. */
  @PostMapping("/vastleggen/besluiten/{id}/telling")
  ModelAndView telling(@PathVariable BesluitId id, HttpServletRequest request) {
    VoorstelSubmitted v = voorstel(id);
    Invoer in = new Invoer(request.getParameterMap());
    LocalDate day = in.datum("decisionDate");
    List<Vote> votes = stemmen(in);
    ModelAndView fragment = new ModelAndView("vastleggen/telling");
    fragment.addObject(
        "telling", telling(votes, rule(v, day == null ? LocalDate.now(clock) : day)));
    return fragment;
  }

  private static List<Vote> stemmen(Invoer in) {
    List<Vote> votes = new ArrayList<>();
    for (int n = 0; n < 500; n++) {
      String p = "votes[" + n + "].";
      String voter = in.tekst(p + "voter");
      if (voter == null) {
        break;
      }
      VoteChoice choice = in.code(p + "choice", VoteChoice::parse);
      if (choice == null) {
        continue;
      }
      Province province = in.code(p + "province", Province::parse);
      Vote vote = in.lees("votes", () -> new Vote(voter, province, choice));
      if (vote != null) {
        votes.add(vote);
      }
    }
    return votes;
  }

  private VotingRule rule(VoorstelSubmitted v, LocalDate day) {
    try {
      VotingRule rule =
          queries
              .query(new FindCompetent(v.besluitType(), day), Competent.class)
              .join()
              .votingRule();
      return rule == null ? VotingRule.MAJORITY_OF_VOTES_CAST : rule;
    } catch (RuntimeException noCompetenceKnown) {
      return VotingRule.MAJORITY_OF_VOTES_CAST;
    }
  }

  static String telling(List<Vote> votes, VotingRule rule) {
    if (votes.isEmpty()) {
      return "nog geen stemmen gekozen; zonder stemmen legt het register alleen de uitkomst vast.";
    }
    VoteTally tally = VoteTally.of(votes);
    return (rule.adopts(tally) ? "aangenomen" : "verworpen")
        + " — "
        + tally.inWords()
        + " ("
        + rule.label()
        + ")";
  }

  private Formulier besluit(Bouwer b, VoorstelSubmitted v, String formId, int amendedRows) {
    List<Optie> gremia = keuzes.gremia();
    LocalDate day =
        NederlandseNotatie.datum(b.waarde("decisionDate", "")).orElse(LocalDate.now(clock));
    b.groep("Het besluit", null)
        .datum(
            "decisionDate",
            "Datum van het besluit",
            true,
            "Na het kiezen van de datum: ‘Zetels op deze datum tonen’ vult de stemtabel met de zetels van die dag.",
            null)
        .keuze("outcome", "Uitkomst", true, null, null, Keuzes.codes(BesluitOutcome.class))
        .keuze("vergaderingId", "In de vergadering", false, null, null, keuzes.vergaderingen())
        .tekstvak("summary", "Toelichting", false, null, null)
        .groep("Besloten door", "Het orgaan dat besluit, of wie krachtens mandaat besluit.");
    FormulierPagina.partij(b, "decider", "Besloten door", gremia, null);
    b.groep("Bij een besluit krachtens mandaat of met een bedrag", null)
        .keuze("mandaatId", "Krachtens mandaat", false, null, null, keuzes.mandaten())
        .bedrag("amount", "Bedrag", false, null, null);
    Gevolgen.velden(
        b,
        AMENDED,
        amendedRows,
        gremia,
        "Gewijzigd gevolg",
        "Alleen bij ‘aangenomen met amendementen’: de gevolgen zoals ze na de amendementen"
            + " luiden (ingevuld met die van het voorstel). Bij een andere uitkomst gelden de"
            + " gevolgen van het voorstel en wordt dit deel niet gebruikt.");
    b.knop("zetels", "Zetels op deze datum tonen");
    List<Vote> chosen = stemmen(new Invoer(flat(b)));
    VotingRule rule = rule(v, day);
    b.stemtabel(
        new Stemtabel(
            rule.label(),
            telling(chosen, rule),
            "/vastleggen/besluiten/" + v.besluitId() + "/telling",
            seats(v.decidingGremiumId(), day, b)));
    return b.bouw(
        "Besluit vastleggen: " + v.subject(),
        "Ter besluitvorming aan "
            + keuzes.gremiumNaam(v.decidingGremiumId())
            + ". De uitkomst moet kloppen met de stemmen volgens de stemregel.",
        "/vastleggen/besluiten/" + v.besluitId() + "/besluit",
        formId,
        "/besluiten/" + v.besluitId(),
        "Besluit vastleggen");
  }

  /** What the form was sent, as a parameter map again (to read the votes chosen so far). */
  private static Map<String, String[]> flat(Bouwer b) {
    Map<String, String[]> map = new java.util.LinkedHashMap<>();
    for (int n = 0; n < 500; n++) {
      String p = "votes[" + n + "].";
      String voter = b.waarde(p + "voter", null);
      if (voter.isEmpty()) {
        break;
      }
      map.put(p + "voter", new String[] {voter});
      map.put(p + "province", new String[] {b.waarde(p + "province", "")});
      map.put(p + "choice", new String[] {b.waarde(p + "choice", "")});
    }
    return map;
  }

  /**
   * The seats of the deciding body on the day, one row each, per province: its members holding a
   * province's seat (a lid; a plaatsvervanger where the province has no lid), or the province
   * itself where the register names nobody.
   */
  private List<Stemrij> seats(GremiumId body, LocalDate day, Bouwer sent) {
    GremiumDetail detail = queries.query(new FindGremium(body, day), GremiumDetail.class).join();
    List<Stemrij> rows = new ArrayList<>();
    int n = 0;
    for (Province province : Province.values()) {
      List<MemberView> seated =
          detail.members().stream()
              .filter(m -> m.province() == province && m.role() == MemberRole.LID)
              .sorted(Comparator.comparing(m -> m.personName() == null ? "" : m.personName()))
              .toList();
      if (seated.isEmpty()) {
        seated =
            detail.members().stream()
                .filter(m -> m.province() == province && m.role() == MemberRole.PLAATSVERVANGER)
                .limit(1)
                .toList();
      }
      if (seated.isEmpty() || seated.stream().allMatch(m -> m.personName() == null)) {
        rows.add(row(n++, province.label(), province, sent));
      } else {
        for (MemberView m : seated) {
          rows.add(
              row(n++, m.personName() == null ? province.label() : m.personName(), province, sent));
        }
      }
    }
    return rows;
  }

  private static Stemrij row(int n, String voter, Province province, Bouwer sent) {
    String p = "votes[" + n + "].";
    String sentVoter = sent.waarde(p + "voter", "");
    String choice = sentVoter.equals(voter) ? sent.waarde(p + "choice", "") : "";
    return new Stemrij(n, voter, province.name(), province.label(), choice);
  }

  // ---- withdrawal

  @GetMapping("/vastleggen/besluiten/{id}/intrekken")
  ModelAndView intrekkenFormulier(@PathVariable BesluitId id) {
    VoorstelSubmitted v = voorstel(id);
    return FormulierPagina.toon(intrekken(Bouwer.leeg(), v, null));
  }

  @PostMapping("/vastleggen/besluiten/{id}/intrekken")
  ModelAndView intrekken(
      @PathVariable BesluitId id, HttpServletRequest request, RedirectAttributes flash) {
    VoorstelSubmitted v = voorstel(id);
    return vastleggen.formulier(
        request,
        flash,
        "De intrekking van het voorstel",
        i ->
            new WithdrawVoorstel(
                v.besluitId(),
                FormulierPagina.partij(i, "withdrawnBy"),
                i.datum("withdrawnOn"),
                i.tekst("reason")),
        c -> "/besluiten/" + id,
        (b, formId) -> intrekken(b, v, formId));
  }

  private Formulier intrekken(Bouwer b, VoorstelSubmitted v, String formId) {
    b.datum("withdrawnOn", "Ingetrokken op", true, null, null)
        .tekstvak("reason", "Reden", false, null, null)
        .groep("Ingetrokken door", "Alleen wie het voorstel indiende, kan het intrekken.");
    FormulierPagina.partij(b, "withdrawnBy", "Ingetrokken door", keuzes.gremia(), null);
    return b.bouw(
        "Voorstel intrekken: " + v.subject(),
        null,
        "/vastleggen/besluiten/" + v.besluitId() + "/intrekken",
        formId,
        "/besluiten/" + v.besluitId(),
        "Intrekking vastleggen");
  }
}
