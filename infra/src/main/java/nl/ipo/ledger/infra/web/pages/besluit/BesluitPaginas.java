package nl.ipo.ledger.infra.web.pages.besluit;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ipo.ledger.infra.web.KnownAt;
import nl.ipo.ledger.infra.web.besluit.BesluitLijstController;
import nl.ipo.ledger.infra.web.pages.Correcties;
import nl.ipo.ledger.infra.web.pages.Tijdkeuze;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitTaken;
import nl.ipo.ledger.kernel.besluit.BesluitId;
import nl.ipo.ledger.kernel.besluit.BesluitQueries;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.BesluitCorrections;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.BesluitGremia;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.BesluitLifecycle;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.BesluitenPage;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.Besluitenlijst;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.FindBesluitCorrections;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.FindBesluitGremia;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.FindBesluitLifecycle;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.FindBesluitenlijst;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.FindVergadering;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.VergaderingItem;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.common.RecordedEvent;
import nl.ipo.ledger.kernel.competentie.CompetenceQueries.Competent;
import nl.ipo.ledger.kernel.competentie.CompetenceQueries.FindCompetent;
import nl.ipo.ledger.kernel.vergadering.VergaderingId;
import nl.ipo.ledger.kernel.zoeken.ZoekQueries.FindNamen;
import nl.ipo.ledger.kernel.zoeken.ZoekQueries.Namen;
import nl.ipo.ledger.kernel.zoeken.ZoekQueries.Zoek;
import nl.ipo.ledger.kernel.zoeken.ZoekQueries.Zoekresultaat;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The besluiten pages: the list with filters and search, the dossier of one besluit, a meeting's
 * besluitenlijst and the search across names and subjects. Everything is read through the query
 * side; the list updates in place with htmx, and the same URL renders the whole page without it.
 */
@Controller
public class BesluitPaginas {

  static final int PAGINA = 20;

  private final QueryGateway queries;
  private final Clock clock;

  private final Correcties rectificaties;

  BesluitPaginas(QueryGateway queries, Clock clock, Correcties correcties) {
    this.queries = queries;
    this.clock = clock;
    this.rectificaties = correcties;
  }

  /** The list's filters as the form holds them, for its fields and the paging links. */
  public record Filters(String gremium, String type, String jaar, String status, String q) {
    public String query(int page) {
      StringBuilder out = new StringBuilder();
      add(out, "gremium", gremium);
      add(out, "type", type);
      add(out, "jaar", jaar);
      add(out, "status", status);
      add(out, "q", q);
      add(out, "page", page == 0 ? null : Integer.toString(page));
      return out.isEmpty() ? "/besluiten" : "/besluiten?" + out;
    }

    private static void add(StringBuilder out, String name, String value) {
      if (value != null && !value.isBlank()) {
        out.append(out.isEmpty() ? "" : "&")
            .append(name)
            .append('=')
            .append(
                java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
  }

  public record Keuze(String waarde, String tekst) {}

  @GetMapping("/besluiten")
  String besluiten(
      @RequestParam(required = false) String gremium,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String jaar,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model) {
    Integer year = jaar(jaar);
    BesluitenPage result =
        queries
            .query(
                BesluitLijstController.find(gremium, type, year, status, q, page, PAGINA),
                BesluitenPage.class)
            .join();
    Filters filters = new Filters(gremium, type, jaar, status, q);
    model.addAttribute("resultaat", result);
    model.addAttribute("filters", filters);
    if (htmx != null) {
      return "besluit/resultaten";
    }
    BesluitGremia gremia = queries.query(new FindBesluitGremia(), BesluitGremia.class).join();
    model.addAttribute(
        "gremia", gremia.gremia().stream().map(g -> new Keuze(g.gremiumId(), g.name())).toList());
    model.addAttribute(
        "soorten",
        java.util.Arrays.stream(BesluitType.values())
            .map(t -> new Keuze(t.name(), t.label()))
            .toList());
    model.addAttribute(
        "statussen",
        BesluitQueries.STATUSES.stream().map(s -> new Keuze(s, statusTekst(s))).toList());
    return "besluit/besluiten";
  }

  /**
   * The year field: blank is none; anything else must be a whole number (the query checks the
   * range).
   */
  private static Integer jaar(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(raw.strip());
    } catch (NumberFormatException e) {
      throw new nl.ipo.ledger.kernel.error.InvalidValueException(
          "jaar", "'jaar' moet een jaartal zijn, zoals 2023.");
    }
  }

  /** A status code in Dutch words. */
  public static String statusTekst(String status) {
    return status == null ? "" : status.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  @GetMapping("/besluiten/{id}")
  String dossier(
      @PathVariable BesluitId id, @RequestParam(required = false) String bekend, Model model) {
    Tijdkeuze tijd = Tijdkeuze.of(null, bekend, clock, "/besluiten/" + id);
    BesluitId besluitId = id;
    List<RecordedEvent> facts =
        queries.query(new FindBesluitLifecycle(besluitId), BesluitLifecycle.class).join().events();
    // the corrections' streams are read only when one of the facts has any (nearly none has)
    List<RecordedEvent> correcties =
        rectificaties.enigeGecorrigeerd(facts)
            ? queries
                .query(new FindBesluitCorrections(besluitId), BesluitCorrections.class)
                .join()
                .corrections()
            : List.of();
    if (tijd.bekendOp() != null) {
      facts = KnownAt.filter(facts, tijd.bekendOp(), "besluitId", id.toString());
      correcties =
          correcties.stream().filter(c -> !c.recordedAt().isAfter(tijd.bekendOp())).toList();
    }
    Map<String, Correcties.Correctie> gecorrigeerd = rectificaties.van(facts, tijd.bekendOp());
    facts = DossierOpbouw.zoalsNu(facts, gecorrigeerd);
    Map<String, String> namen =
        queries.query(new FindNamen(DossierOpbouw.gremia(facts)), Namen.class).join().gremia();
    Map<String, String> vergaderingen = new HashMap<>();
    for (String meeting : DossierOpbouw.vergaderingIds(facts)) {
      VergaderingItem v =
          queries
              .query(
                  new FindVergadering(VergaderingId.parse("vergaderingId", meeting)),
                  VergaderingItem.class)
              .join();
      if (v.description() != null) {
        vergaderingen.put(meeting, v.description());
      }
    }
    String stemregel =
        facts.stream()
            .map(RecordedEvent::event)
            .filter(BesluitTaken.class::isInstance)
            .map(BesluitTaken.class::cast)
            .reduce((a, b) -> b)
            .map(
                t ->
                    queries
                        .query(
                            new FindCompetent(t.besluitType(), t.decisionDate()), Competent.class)
                        .join()
                        .votingRule())
            .map(r -> r == null ? null : r.label())
            .orElse(null);
    Dossier dossier =
        new DossierOpbouw(namen, vergaderingen, gecorrigeerd)
            .bouw(id.toString(), facts, correcties, stemregel);
    model.addAttribute("dossier", dossier);
    model.addAttribute("tijd", tijd);
    return "besluit/dossier";
  }

  @GetMapping("/vergaderingen/{id}")
  String vergadering(@PathVariable VergaderingId id, Model model) {
    VergaderingId vergaderingId = id;
    VergaderingItem vergadering =
        queries.query(new FindVergadering(vergaderingId), VergaderingItem.class).join();
    Besluitenlijst lijst =
        queries.query(new FindBesluitenlijst(null, vergaderingId), Besluitenlijst.class).join();
    model.addAttribute("vergadering", vergadering);
    model.addAttribute("lijst", lijst.besluiten());
    return "besluit/vergadering";
  }

  @GetMapping("/zoeken")
  String zoeken(@RequestParam(required = false) String q, Model model) {
    String term = BesluitQueries.search("q", q);
    model.addAttribute("q", term == null ? "" : term);
    model.addAttribute(
        "resultaat",
        term == null ? null : queries.query(new Zoek(term, 20), Zoekresultaat.class).join());
    return "besluit/zoeken";
  }
}
