package nl.ipo.ledger.infra.web.begroting;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.ipo.ledger.command.begroting.BegrotingFile;
import nl.ipo.ledger.infra.axon.CommandEdge;
import nl.ipo.ledger.infra.temporal.KnownAtQueries;
import nl.ipo.ledger.infra.temporal.TemporalReplay;
import nl.ipo.ledger.infra.web.CommandResponse;
import nl.ipo.ledger.infra.web.ProblemWriter;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.AdoptJaarrekening;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.AmendBegroting;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.ApproveBegroting;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.DraftBegroting;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.LineChange;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.RecordRealisation;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.RecordWerkbudgetUse;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.SubmitBegroting;
import nl.ipo.ledger.kernel.begroting.BegrotingId;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.BegrotingView;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.BegrotingenPage;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.CompareBegrotingen;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.Comparison;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.ConsistencyReport;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.FindBegroting;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.FindBegrotingen;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.FindConsistencyReport;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.FindLineHistory;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.FindWasWordt;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.LineHistory;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.WasWordt;
import nl.ipo.ledger.kernel.begroting.CostLine;
import nl.ipo.ledger.kernel.begroting.Nota;
import nl.ipo.ledger.kernel.besluit.BesluitId;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import nl.ipo.ledger.kernel.mandaat.MandaatId;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The begroting through its P&C cycle, and its projections: as of a day, consistency, history. */
@RestController
@RequestMapping("/api/begrotingen")
class BegrotingController {

  private static final String TEXT_CSV = "text/csv";

  record SubmitRequest(LocalDate submittedOn, String decisionReference) {}

  record BesluitRequest(String besluitId) {}

  record AmendBegrotingRequest(
      String besluitId, String nota, LocalDate effectiveDate, List<LineChange> changes) {}

  record RealisationRequest(
      String opgaveCode, String line, BigDecimal realised, LocalDate asOf, String source) {}

  record JaarrekeningRequest(String besluitId, String auditorStatement) {}

  record WerkbudgetRequest(
      String mandaatId, Party usedBy, BigDecimal amount, LocalDate date, String description) {}

  private final CommandEdge commands;
  private final QueryGateway queries;
  private final Clock clock;
  private final KnownAtQueries known;

  BegrotingController(
      CommandEdge commands, QueryGateway queries, Clock clock, KnownAtQueries known) {
    this.commands = commands;
    this.queries = queries;
    this.clock = clock;
    this.known = known;
  }

  /**
   * Imports a whole budget document in the format of docs/begroting-import.md, as one draft. The
   * document comes as {@code text/csv}: a type no HTML form can send and no script of another site
   * can send without the browser asking the ledger first (CORS), which it refuses. A {@code
   * text/plain} body could be posted by any web page once the browser holds the user's credentials.
   */
  @PostMapping(path = "/import", consumes = TEXT_CSV)
  ResponseEntity<CommandResponse> importFile(
      @RequestBody String file,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate draftedOn) {
    BegrotingFile.Parsed parsed = BegrotingFile.parse(file);
    String id = parsed.begrotingId().toString();
    return CommandResponse.created(
        URI.create("/api/begrotingen/" + id),
        id,
        commands.send(new DraftBegroting(parsed.begrotingId(), parsed.document(), draftedOn)));
  }

  /** Any other body type, {@code text/plain} included: refused, saying what to send. */
  @PostMapping("/import")
  ResponseEntity<ProblemDetail> importOtherType(
      @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType) {
    ProblemDetail problem =
        ProblemWriter.problem(
            HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            "Verkeerd bestandstype",
            "Stuur het begrotingsbestand met Content-Type: text/csv; charset=UTF-8"
                + (contentType == null || contentType.isBlank()
                    ? " (er was geen Content-Type meegestuurd)."
                    : " in plaats van " + contentType + ".")
                + " Als platte tekst (text/plain) wordt het niet aangenomen, omdat elke website"
                + " dat namens u zou kunnen versturen.",
            "Content-Type");
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
        .header("Accept-Post", TEXT_CSV)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  @PostMapping("/{id}/submit")
  CommandResponse submit(@PathVariable BegrotingId id, @RequestBody SubmitRequest request) {
    return new CommandResponse(
        id.toString(),
        commands.send(
            new SubmitBegroting(
                id, request.submittedOn(), new DecisionReference(request.decisionReference()))));
  }

  @PostMapping("/{id}/approve")
  CommandResponse approve(@PathVariable BegrotingId id, @RequestBody BesluitRequest request) {
    return new CommandResponse(
        id.toString(), commands.send(new ApproveBegroting(id, besluit(request.besluitId()))));
  }

  @PostMapping("/{id}/amendments")
  CommandResponse amend(@PathVariable BegrotingId id, @RequestBody AmendBegrotingRequest request) {
    return new CommandResponse(
        id.toString(),
        commands.send(
            new AmendBegroting(
                id,
                besluit(request.besluitId()),
                Nota.parse("nota", request.nota()),
                request.effectiveDate(),
                request.changes())));
  }

  @PostMapping("/{id}/realisations")
  CommandResponse realise(@PathVariable BegrotingId id, @RequestBody RealisationRequest request) {
    return new CommandResponse(
        id.toString(),
        commands.send(
            new RecordRealisation(
                id,
                request.opgaveCode(),
                CostLine.parse("line", request.line()),
                request.realised(),
                request.asOf(),
                request.source())));
  }

  @PostMapping("/{id}/jaarrekening")
  CommandResponse jaarrekening(
      @PathVariable BegrotingId id, @RequestBody JaarrekeningRequest request) {
    return new CommandResponse(
        id.toString(),
        commands.send(
            new AdoptJaarrekening(id, besluit(request.besluitId()), request.auditorStatement())));
  }

  @PostMapping("/{id}/werkbudget")
  CommandResponse werkbudget(@PathVariable BegrotingId id, @RequestBody WerkbudgetRequest request) {
    return new CommandResponse(
        id.toString(),
        commands.send(
            new RecordWerkbudgetUse(
                id,
                MandaatId.parse("mandaatId", request.mandaatId()),
                request.usedBy(),
                request.amount(),
                request.date(),
                request.description())));
  }

  /** Every begroting drafted on or before {@code asOf} (default today), newest first, paged. */
  @GetMapping
  BegrotingenPage list(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return queries
        .query(
            new FindBegrotingen(asOf == null ? LocalDate.now(clock) : asOf, page, size),
            BegrotingenPage.class)
        .join();
  }

  /** The printed summary table (Was/Wordt) and the explanation of the difference. */
  @GetMapping("/{id}/was-wordt")
  WasWordt wasWordt(@PathVariable BegrotingId id) {
    return queries.query(new FindWasWordt(id), WasWordt.class).join();
  }

  /**
   * One begroting on a day; with {@code knownAt}, as the ledger knew it then, with the events the
   * reading had to leave out ({@link TemporalReplay.Replayed}).
   */
  @GetMapping("/{id}")
  Object begroting(
      @PathVariable BegrotingId id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) Instant knownAt) {
    FindBegroting query = new FindBegroting(id, asOf == null ? LocalDate.now(clock) : asOf);
    return known.answer(query, BegrotingView.class, knownAt);
  }

  /** The consistency report; with {@code knownAt}, of the begroting as the ledger knew it then. */
  @GetMapping("/{id}/consistency")
  Object consistency(
      @PathVariable BegrotingId id, @RequestParam(required = false) Instant knownAt) {
    return known.answer(new FindConsistencyReport(id), ConsistencyReport.class, knownAt);
  }

  /** Every change of one line; with {@code knownAt}, those the ledger knew of then. */
  @GetMapping("/{id}/lines/{code}/{line}/history")
  Object lineHistory(
      @PathVariable BegrotingId id,
      @PathVariable String code,
      @PathVariable String line,
      @RequestParam(required = false) Instant knownAt) {
    return known.answer(
        new FindLineHistory(id, code, CostLine.parse("line", line)), LineHistory.class, knownAt);
  }

  @GetMapping("/compare")
  Comparison compare(
      @RequestParam BegrotingId was,
      @RequestParam BegrotingId wordt,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    return queries
        .query(
            new CompareBegrotingen(was, wordt, asOf == null ? LocalDate.now(clock) : asOf),
            Comparison.class)
        .join();
  }

  private static BesluitId besluit(String id) {
    return BesluitId.parse("besluitId", InvalidValueException.required("besluitId", id));
  }
}
