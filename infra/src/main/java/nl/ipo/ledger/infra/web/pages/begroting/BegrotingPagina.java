package nl.ipo.ledger.infra.web.pages.begroting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import nl.ipo.ledger.infra.temporal.TemporalReplay;
import nl.ipo.ledger.infra.temporal.TemporalReplay.Replayed;
import nl.ipo.ledger.infra.web.KnownAtReadModels;
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
import nl.ipo.ledger.query.begroting.BegrotingQueryHandlers;
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
  private final TemporalReplay temporal;

  BegrotingPagina(QueryGateway queries, Clock clock, TemporalReplay temporal) {
    this.queries = queries;
    this.clock = clock;
    this.temporal = temporal;
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
    BegrotingId begroting = id;
    Tijdkeuze tijd = Tijdkeuze.of(datum, bekend, clock, "/begrotingen/" + begroting);
    FindBegroting query = new FindBegroting(begroting, tijd.geldigOp());
    Lezing lezing;
    if (tijd.bekendOp() == null) {
      lezing =
          new Lezing(
              queries.query(query, BegrotingView.class).join(),
              queries.query(new FindConsistencyReport(begroting), ConsistencyReport.class).join(),
              queries.query(new FindWasWordt(begroting), WasWordt.class).join());
    } else {
      Instant bekendOp = tijd.bekendOp();
      Replayed<Lezing> replayed =
          notYetKnown(
              tijd,
              "deze begroting",
              () ->
                  temporal.asKnownAt(
                      bekendOp,
                      KnownAtReadModels.BEGROTING,
                      jdbc -> {
                        BegrotingQueryHandlers handlers = new BegrotingQueryHandlers(jdbc);
                        return new Lezing(
                            handlers.handle(query),
                            handlers.handle(new FindConsistencyReport(begroting)),
                            handlers.handle(new FindWasWordt(begroting)));
                      }));
      lezing = replayed.answer();
      tijd = tijd.metWeggelaten(replayed.leftOut().size());
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
    BegrotingId begroting = id;
    Tijdkeuze tijd = Tijdkeuze.of(datum, null, clock, "/begrotingen/" + begroting);
    LineHistory history =
        queries
            .query(
                new FindLineHistory(begroting, code, CostLine.parse("regel", regel)),
                LineHistory.class)
            .join();
    model.addAttribute("tijd", tijd);
    model.addAttribute("geschiedenis", history);
    model.addAttribute(
        "view",
        queries.query(new FindBegroting(begroting, tijd.geldigOp()), BegrotingView.class).join());
    return "begroting/regel";
  }
}
