package nl.ipo.ledger.infra.web.pages.begroting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import nl.ipo.ledger.infra.temporal.KnownAtQueries;
import nl.ipo.ledger.infra.temporal.TemporalReplay.Replayed;
import nl.ipo.ledger.infra.web.pages.Tijdkeuze;
import nl.ipo.ledger.infra.web.pages.Weergave;
import nl.ipo.ledger.kernel.begroting.BegrotingId;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.BegrotingView;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.BegrotingenPage;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.ConsistencyReport;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.FindBegroting;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.FindBegrotingen;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.FindConsistencyReport;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.FindLineHistory;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.FindWasWordt;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.LineHistory;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.WasWordt;
import nl.ipo.ledger.kernel.begroting.CostLine;
import nl.ipo.ledger.kernel.error.NotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The begrotingen, one begroting as a tree with its printed and computed figures and its
 * consistency findings, and the history of one cost line. One begroting can also be read "zoals
 * bekend op" a moment: its budget read model replayed up to then.
 */
@Controller
class BegrotingPagina {

  static final int PER_PAGINA = 25;

  private final QueryGateway queries;
  private final Clock clock;
  private final KnownAtQueries known;

  BegrotingPagina(QueryGateway queries, Clock clock, KnownAtQueries known) {
    this.queries = queries;
    this.clock = clock;
    this.known = known;
  }

  /** What the begroting page shows, read together. */
  private record Lezing(BegrotingView view, ConsistencyReport rapport, WasWordt wasWordt) {}

  @GetMapping("/begrotingen")
  String lijst(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate datum,
      @RequestParam(defaultValue = "0") int pagina,
      Model model) {
    Tijdkeuze tijd = Tijdkeuze.of(datum, null, clock, "/begrotingen");
    BegrotingenPage page =
        queries
            .query(new FindBegrotingen(tijd.geldigOp(), pagina, PER_PAGINA), BegrotingenPage.class)
            .join();
    model.addAttribute("tijd", tijd);
    model.addAttribute("lijst", page);
    model.addAttribute("laatstePagina", Math.max(0, (page.total() - 1) / PER_PAGINA));
    return "begroting/lijst";
  }

  @GetMapping("/begrotingen/{id}")
  String begroting(
      @PathVariable BegrotingId id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate datum,
      @RequestParam(required = false) String bekend,
      Model model) {
    Tijdkeuze tijd = Tijdkeuze.of(datum, bekend, clock, "/begrotingen/" + id);
    FindBegroting query = new FindBegroting(id, tijd.geldigOp());
    Lezing lezing;
    if (tijd.bekendOp() == null) {
      lezing =
          new Lezing(
              queries.query(query, BegrotingView.class).join(),
              queries.query(new FindConsistencyReport(id), ConsistencyReport.class).join(),
              queries.query(new FindWasWordt(id), WasWordt.class).join());
    } else {
      Instant bekendOp = tijd.bekendOp();
      Replayed<BegrotingView> view =
          notYetKnown(
              tijd, "deze begroting", () -> known.asKnownAt(bekendOp, query, BegrotingView.class));
      // the same moment's reading is kept, so the next two are answered without a new replay
      lezing =
          new Lezing(
              view.answer(),
              known
                  .asKnownAt(bekendOp, new FindConsistencyReport(id), ConsistencyReport.class)
                  .answer(),
              known.asKnownAt(bekendOp, new FindWasWordt(id), WasWordt.class).answer());
      tijd = tijd.metWeggelaten(view.leftOut().size());
    }
    model.addAttribute("tijd", tijd);
    model.addAttribute("view", lezing.view());
    model.addAttribute("rapport", lezing.rapport());
    model.addAttribute("wasWordt", lezing.wasWordt());
    return "begroting/begroting";
  }

  /**
   * A reading as known at a moment before the begroting was recorded finds none: said so, with the
   * moment, rather than as an unknown id.
   */
  static <T> T notYetKnown(Tijdkeuze tijd, String wat, java.util.function.Supplier<T> reading) {
    try {
      return reading.get();
    } catch (NotFoundException e) {
      throw new NotFoundException(
          "bekend",
          "Op "
              + Weergave.moment(tijd.bekendOp())
              + " was "
              + wat
              + " nog niet in het register bekend; kies een later moment bij 'Zoals bekend op'.");
    }
  }

  @GetMapping("/begrotingen/{id}/regels/{code}/{regel}")
  String regel(
      @PathVariable BegrotingId id,
      @PathVariable String code,
      @PathVariable String regel,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate datum,
      Model model) {
    Tijdkeuze tijd = Tijdkeuze.of(datum, null, clock, "/begrotingen/" + id);
    LineHistory history =
        queries
            .query(new FindLineHistory(id, code, CostLine.parse("regel", regel)), LineHistory.class)
            .join();
    model.addAttribute("tijd", tijd);
    model.addAttribute("geschiedenis", history);
    model.addAttribute(
        "view", queries.query(new FindBegroting(id, tijd.geldigOp()), BegrotingView.class).join());
    return "begroting/regel";
  }
}
