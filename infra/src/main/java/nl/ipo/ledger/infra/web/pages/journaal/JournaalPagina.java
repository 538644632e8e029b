package nl.ipo.ledger.infra.web.pages.journaal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ipo.ledger.infra.web.JournalCsv;
import nl.ipo.ledger.infra.web.JournalCsv.Dialect;
import nl.ipo.ledger.infra.web.pages.Correcties;
import nl.ipo.ledger.infra.web.pages.Weergave;
import nl.ipo.ledger.infra.web.pages.journaal.JournaalModel.Regel;
import nl.ipo.ledger.kernel.journal.JournalQueries.FindJournalChoices;
import nl.ipo.ledger.kernel.journal.JournalQueries.JournalChoices;
import nl.ipo.ledger.kernel.journal.JournalQueries.JournalEntry;
import nl.ipo.ledger.kernel.journal.JournalQueries.JournalPage;
import nl.ipo.ledger.kernel.journal.JournalQueries.NamedId;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The journal page: every recorded fact in the order it was recorded, filtered on both time axes,
 * actor, type, body and besluit (picked by name), in pages, with the CSV downloads of the same
 * filter under the page's own path (the page's session, not the API's basic sign-in).
 */
@Controller
class JournaalPagina {

  private final QueryGateway queries;
  private final int batchSize;
  private final Correcties correcties;

  JournaalPagina(
      QueryGateway queries,
      @Value("${ledger.journal.export-batch-size:500}") int batchSize,
      Correcties correcties) {
    this.queries = queries;
    this.batchSize = batchSize;
    this.correcties = correcties;
  }

  @GetMapping("/journaal")
  String journaal(
      @RequestParam(required = false) String geldigVan,
      @RequestParam(required = false) String geldigTot,
      @RequestParam(required = false) String vastgelegdVan,
      @RequestParam(required = false) String vastgelegdTot,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String soort,
      @RequestParam(required = false) String gremium,
      @RequestParam(required = false) String besluit,
      @RequestParam(required = false) String pagina,
      Model model) {
    JournaalFilter filter =
        JournaalFilter.of(
            geldigVan,
            geldigTot,
            vastgelegdVan,
            vastgelegdTot,
            actor,
            soort,
            gremium,
            besluit,
            pagina);
    JournalPage page = queries.query(filter.query(), JournalPage.class).join();
    JournalChoices choices = queries.query(new FindJournalChoices(), JournalChoices.class).join();
    Map<String, String> bodies = names(choices.bodies());
    Map<String, String> besluiten = names(choices.besluiten());
    List<Regel> regels =
        page.entries().stream()
            .map(
                e ->
                    regel(
                        e,
                        bodies,
                        besluiten,
                        e.eventType().startsWith("Fact")
                            ? correcties.vanCorrectie(e.eventIdentifier()).orElse(null)
                            : null))
            .toList();
    long pages =
        Math.max(1, (page.total() + JournaalFilter.PER_PAGINA - 1) / JournaalFilter.PER_PAGINA);
    model.addAttribute(
        "model",
        new JournaalModel(
            filter,
            regels,
            page.total(),
            filter.pagina(),
            pages,
            choices.actors(),
            Gebeurtenissen.soorten(choices.eventTypes()),
            choices.bodies(),
            choices.besluiten()));
    return "journaal/journaal";
  }

  /**
   * The filter's facts as CSV: the API's export (every matching fact, streamed, formula cells
   * neutralised), in the Dutch spreadsheet dialect with {@code dialect=nl}.
   */
  @GetMapping("/journaal/export.csv")
  void export(
      @RequestParam(required = false) String geldigVan,
      @RequestParam(required = false) String geldigTot,
      @RequestParam(required = false) String vastgelegdVan,
      @RequestParam(required = false) String vastgelegdTot,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String soort,
      @RequestParam(required = false) String gremium,
      @RequestParam(required = false) String besluit,
      @RequestParam(required = false) String dialect,
      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
      HttpServletResponse response)
      throws IOException {
    JournaalFilter filter =
        JournaalFilter.of(
            geldigVan,
            geldigTot,
            vastgelegdVan,
            vastgelegdTot,
            actor,
            soort,
            gremium,
            besluit,
            null);
    JournalCsv.export(
        queries, filter.query(), Dialect.choose(dialect, acceptLanguage), batchSize, response);
  }

  /**
   * A download that broke off after its first rows cannot become an error page; rethrown, the
   * container closes the connection so the browser sees a broken download (as the API does).
   */
  @ExceptionHandler(JournalCsv.ExportInterrupted.class)
  void interrupted(JournalCsv.ExportInterrupted failure) {
    throw failure;
  }

  private static Map<String, String> names(List<NamedId> named) {
    return named.stream()
        .collect(Collectors.toMap(NamedId::id, NamedId::name, (a, b) -> a, java.util.HashMap::new));
  }

  private static Regel regel(
      JournalEntry e,
      Map<String, String> bodies,
      Map<String, String> besluiten,
      Correcties.Correctie correctie) {
    Function<String, String> body = id -> id == null ? null : bodies.getOrDefault(id, id);
    Function<String, String> besluit = id -> id == null ? null : besluiten.getOrDefault(id, id);
    return new Regel(
        e.globalIndex(),
        e.eventIdentifier(),
        Gebeurtenissen.label(e.eventType()),
        e.bodyId(),
        body.apply(e.bodyId()),
        e.besluitId(),
        besluit.apply(e.besluitId()),
        e.decisionReference(),
        Weergave.datum(e.effectiveDate()),
        Weergave.momentPrecies(e.recordedAt()),
        e.actor(),
        Gebeurtenissen.rol(e.actorRole()),
        e.source().document(),
        e.source().place(),
        e.source().quote(),
        e.source().assumption(),
        e.source().assumption() ? withoutMark(e.source().note()) : e.source().note(),
        e.source().noSourceReason(),
        e.aggregateId(),
        correctie);
  }

  /** The note without its leading "Aanname:", which the page shows as a mark of its own. */
  private static String withoutMark(String note) {
    String rest = note.substring("aanname".length()).stripLeading();
    return rest.startsWith(":") ? rest.substring(1).strip() : rest;
  }
}
