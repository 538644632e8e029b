package nl.ipo.ledger.infra.web.pages.structuur;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ipo.ledger.infra.temporal.KnownAtQueries;
import nl.ipo.ledger.infra.web.pages.Correcties;
import nl.ipo.ledger.infra.web.pages.Tijdkeuze;
import nl.ipo.ledger.infra.web.pages.Weergave;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitTaken;
import nl.ipo.ledger.kernel.besluit.BesluitId;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.BesluitLifecycle;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.FindBesluitLifecycle;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.common.RecordedEvent;
import nl.ipo.ledger.kernel.common.Source;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import nl.ipo.ledger.kernel.error.LedgerException;
import nl.ipo.ledger.kernel.gremium.GremiumEvent;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.FindGremia;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.FindGremium;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.FindGremiumHistory;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.FindStructure;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.FindStructureChanges;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.GremiumDetail;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.GremiumHistory;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.GremiumPage;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.GremiumView;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.MemberView;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.StructureChanges;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.StructureView;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The structure pages: the IPO on a day (chart and list), what changed between two days, the list
 * of every gremium and one gremium's history. Everything is read through the query side; a "zoals
 * bekend op" moment replays the structure read model as the ledger knew it then.
 */
@Controller
public class StructuurPaginas {

  static final int PAGE_SIZE = 50;

  private final QueryGateway queries;
  private final Clock clock;
  private final KnownAtQueries known;

  private final Correcties correcties;

  StructuurPaginas(QueryGateway queries, Clock clock, KnownAtQueries known, Correcties correcties) {
    this.queries = queries;
    this.clock = clock;
    this.known = known;
    this.correcties = correcties;
  }

  /** One type's bodies in the list, under a Dutch heading. */
  public record Groep(String titel, String anker, List<GremiumView> gremia) {}

  /** A besluit behind changes, named as people know it. */
  public record Besluit(String tekst, String href) {}

  /**
   * One step in a gremium's history, as it now holds.
   *
   * @param eventIdentifier the recorded fact, for "Corrigeren" and "Intrekken"
   * @param correctie its latest correction or retraction, or null
   */
  public record Stap(
      LocalDate datum,
      String wat,
      Besluit besluit,
      Source bron,
      Instant vastgelegd,
      String door,
      String eventIdentifier,
      Correcties.Correctie correctie) {}

  @GetMapping("/structuur")
  String structuur(
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate datum,
      @RequestParam(required = false) String bekend,
      Model model) {
    Tijdkeuze tijd = Tijdkeuze.of(datum, bekend, clock, "/structuur");
    FindStructure query = new FindStructure(tijd.geldigOp());
    StructureView view;
    if (tijd.bekendOp() == null) {
      view = queries.query(query, StructureView.class).join();
    } else {
      var replayed = known.asKnownAt(tijd.bekendOp(), query, StructureView.class);
      view = replayed.answer();
      tijd = tijd.metWeggelaten(replayed.leftOut().size());
    }
    Map<GremiumType, List<GremiumView>> byType = new LinkedHashMap<>();
    for (GremiumType type : GremiumType.values()) {
      List<GremiumView> ofType = view.gremia().stream().filter(g -> g.type() == type).toList();
      if (!ofType.isEmpty()) {
        byType.put(type, ofType);
      }
    }
    List<Groep> groepen = new ArrayList<>();
    byType.forEach(
        (type, list) ->
            groepen.add(
                new Groep(
                    kop(type), "soort-" + type.name().toLowerCase(java.util.Locale.ROOT), list)));
    model.addAttribute("tijd", tijd);
    model.addAttribute("structuur", view);
    model.addAttribute("groepen", groepen);
    model.addAttribute("plaat", Organogram.van(view.gremia()));
    return "structuur/structuur";
  }

  @GetMapping("/vergelijk")
  String vergelijk(
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate van,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate tot,
      @RequestParam(required = false) String bekend,
      Model model) {
    Tijdkeuze tijd = Tijdkeuze.of(tot, bekend, clock, "/vergelijk");
    LocalDate until = tijd.geldigOp();
    LocalDate from = van == null ? until.minusYears(1) : van;
    if (until.isBefore(from)) {
      throw new InvalidValueException(
          "tot",
          "'Tot en met' ("
              + Weergave.datum(until)
              + ") mag niet vóór 'Van' ("
              + Weergave.datum(from)
              + ") liggen.");
    }
    FindStructureChanges query = new FindStructureChanges(from, until);
    StructureChanges changes = catalogue(query, StructureChanges.class, tijd.bekendOp());
    Set<String> besluitIds = new LinkedHashSet<>();
    changes.gremia().forEach(c -> addIfPresent(besluitIds, c.besluitId()));
    changes.memberships().forEach(c -> addIfPresent(besluitIds, c.besluitId()));
    Map<String, Besluit> besluiten = new LinkedHashMap<>();
    besluitIds.forEach(id -> besluiten.put(id, besluit(id)));
    String bekendQuery = tijd.bekendOp() == null ? "" : "&bekend=" + tijd.bekendVeld();
    model.addAttribute("tijd", tijd);
    model.addAttribute("van", from);
    model.addAttribute("tot", until);
    model.addAttribute("wijzigingen", changes);
    model.addAttribute("besluiten", besluiten);
    model.addAttribute("vanQuery", "datum=" + from + bekendQuery);
    model.addAttribute("totQuery", "datum=" + until + bekendQuery);
    model.addAttribute("plaat", Stroomplaat.van(changes.gremia()));
    return "structuur/vergelijk";
  }

  @GetMapping("/gremia")
  String gremia(
      @RequestParam(required = false) String soort,
      @RequestParam(defaultValue = "1") int pagina,
      @RequestParam(required = false) String bekend,
      Model model) {
    GremiumType type = soort == null || soort.isBlank() ? null : GremiumType.parse("soort", soort);
    Tijdkeuze tijd = Tijdkeuze.of(null, bekend, clock, "/gremia");
    if (pagina < 1) {
      throw new InvalidValueException(
          "pagina", "'pagina' moet 1 of hoger zijn, maar is " + pagina + ".");
    }
    FindGremia query = new FindGremia(type, pagina - 1, PAGE_SIZE);
    GremiumPage page = catalogue(query, GremiumPage.class, tijd.bekendOp());
    long pages = Math.max(1, (page.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    model.addAttribute("tijd", tijd);
    model.addAttribute("soort", type);
    model.addAttribute("soorten", GremiumType.values());
    model.addAttribute("lijst", page);
    model.addAttribute("pagina", pagina);
    model.addAttribute("paginas", pages);
    model.addAttribute(
        "filterQuery",
        (type == null ? "" : "soort=" + type.name() + "&")
            + (tijd.bekendOp() == null ? "" : "bekend=" + tijd.bekendVeld() + "&"));
    return "structuur/gremia";
  }

  @GetMapping("/gremia/{id}")
  String gremium(
      @PathVariable GremiumId id,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate datum,
      @RequestParam(required = false) String bekend,
      Model model) {
    GremiumId gremiumId = id;
    Tijdkeuze tijd = Tijdkeuze.of(datum, bekend, clock, "/gremia/" + gremiumId);
    GremiumDetail detail = detail(gremiumId, tijd);
    LocalDate end = detail.gremium().endDate();
    if (datum == null && end != null && !end.isAfter(tijd.geldigOp())) {
      // a body that no longer exists is shown on its last day, with the members it had then
      tijd = Tijdkeuze.of(end.minusDays(1), bekend, clock, "/gremia/" + gremiumId);
      detail = detail(gremiumId, tijd);
    }
    GremiumHistory history =
        queries.query(new FindGremiumHistory(gremiumId), GremiumHistory.class).join();
    List<Stap> stappen = new ArrayList<>();
    Map<String, GremiumEvent.MemberAppointed> appointments = new HashMap<>();
    Map<String, Besluit> besluiten = new HashMap<>();
    Map<String, Correcties.Correctie> corrected = correcties.van(history.events(), tijd.bekendOp());
    for (RecordedEvent recorded : history.events()) {
      if (tijd.bekendOp() != null && recorded.recordedAt().isAfter(tijd.bekendOp())) {
        continue;
      }
      Correcties.Correctie correctie = corrected.get(recorded.eventIdentifier());
      Object event =
          correctie == null || correctie.ingetrokken() ? recorded.event() : correctie.nu();
      if (event instanceof GremiumEvent.MemberAppointed a) {
        appointments.put(a.membershipId().toString(), a);
      }
      DecisionReference ref = recorded.decisionReference();
      Besluit besluit =
          ref == null
              ? null
              : ref.besluitId() == null
                  ? new Besluit(ref.text(), null)
                  : besluiten.computeIfAbsent(ref.besluitId().toString(), this::besluit);
      stappen.add(
          new Stap(
              event instanceof nl.ipo.ledger.kernel.common.LedgerEvent fact
                  ? fact.effectiveDate()
                  : recorded.effectiveDate(),
              StapTekst.van(event, appointments, detail),
              besluit,
              recorded.source(),
              recorded.recordedAt(),
              recorded.actor(),
              recorded.eventIdentifier(),
              correctie));
    }
    stappen.sort(Comparator.comparing(Stap::datum));
    model.addAttribute("tijd", tijd);
    model.addAttribute("detail", detail);
    model.addAttribute("stappen", stappen);
    return "structuur/gremium";
  }

  private GremiumDetail detail(GremiumId gremiumId, Tijdkeuze tijd) {
    FindGremium query = new FindGremium(gremiumId, tijd.geldigOp());
    return catalogue(query, GremiumDetail.class, tijd.bekendOp());
  }

  /** The besluit named by its date and subject, as its dossier is titled. */
  private Besluit besluit(String id) {
    String href = "/besluiten/" + id;
    try {
      BesluitLifecycle lifecycle =
          queries
              .query(
                  new FindBesluitLifecycle(BesluitId.parse("besluitId", id)),
                  BesluitLifecycle.class)
              .join();
      for (RecordedEvent e : lifecycle.events()) {
        if (e.event() instanceof BesluitTaken taken) {
          return new Besluit(
              "Besluit van " + Weergave.datum(taken.decisionDate()) + ": " + taken.subject(), href);
        }
      }
    } catch (LedgerException | java.util.concurrent.CompletionException e) {
      // the change cites a besluit the ledger cannot show: link it by its reference only
    }
    return new Besluit("Besluit in het register", href);
  }

  /**
   * The live catalogue, or one replayed up to {@code knownAt}; events the replay had to leave out
   * are named on the pages that show them through the banner of the structure page.
   */
  private <R> R catalogue(Object query, Class<R> type, Instant knownAt) {
    return knownAt == null
        ? queries.query(query, type).join()
        : known.asKnownAt(knownAt, query, type).answer();
  }

  private static void addIfPresent(Set<String> ids, String id) {
    if (id != null) {
      ids.add(id);
    }
  }

  /** Members ordered as the IPO lists them: by province, then by role. */
  public static List<MemberView> perProvincie(List<MemberView> members) {
    return members.stream()
        .sorted(
            Comparator.comparing(
                    MemberView::province, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(MemberView::role)
                .thenComparing(MemberView::since))
        .toList();
  }

  public static String kop(GremiumType type) {
    return switch (type) {
      case AV -> "Algemene Vergadering";
      case BESTUUR -> "Bestuur";
      case BAC -> "Bestuurlijke adviescommissies (BAC's)";
      case AAC -> "Ambtelijke adviescommissies (AAC's)";
      case BC -> "Bestuurlijke commissies";
      case AC -> "Ambtelijke commissies";
      case KOPGROEP -> "Kopgroepen";
      case BOD -> "Bestuurlijk overleg";
      case KPS -> "Kring van provinciesecretarissen";
      case TIJDELIJK_GREMIUM -> "Tijdelijke gremia";
      case WERKGROEP -> "Werkgroepen";
      case UITVOERINGSORGANISATIE -> "Uitvoeringsorganisaties";
      case BUREAU -> "Bureaus";
      case FUNCTIE -> "Functies";
    };
  }
}
