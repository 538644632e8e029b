package nl.ipo.ledger.infra.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import nl.ipo.ledger.infra.web.JournalCsv.Dialect;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import nl.ipo.ledger.kernel.journal.JournalQueries.FindJournal;
import nl.ipo.ledger.kernel.journal.JournalQueries.FindJournalChoices;
import nl.ipo.ledger.kernel.journal.JournalQueries.JournalChoices;
import nl.ipo.ledger.kernel.journal.JournalQueries.JournalPage;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The global journal: every recorded fact, filtered on valid time, transaction time, actor, event
 * type, aggregate, besluit and body; as JSON in pages, or as CSV ({@code format=csv}) with every
 * matching fact, streamed to the client in batches read by global index.
 */
@RestController
class JournalController {

  private static final int DEFAULT_PAGE = 0;
  private static final int DEFAULT_SIZE = 100;

  private final QueryGateway queries;
  private final int batchSize;

  JournalController(
      QueryGateway queries, @Value("${ledger.journal.export-batch-size:500}") int batchSize) {
    this.queries = queries;
    this.batchSize = batchSize;
  }

  @GetMapping("/api/journal")
  ResponseEntity<JournalPage> journal(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate validFrom,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate validTo,
      @RequestParam(required = false) Instant recordedFrom,
      @RequestParam(required = false) Instant knownAt,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String eventType,
      @RequestParam(required = false) String aggregateId,
      @RequestParam(required = false) String besluitId,
      @RequestParam(required = false) String bodyId,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String format,
      @RequestParam(required = false) String dialect,
      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
      HttpServletResponse response)
      throws IOException {
    boolean csv = csv(format);
    FindJournal query =
        new FindJournal(
            validFrom,
            validTo,
            recordedFrom,
            knownAt,
            actor,
            eventType,
            aggregateId,
            besluitId,
            bodyId,
            page == null ? DEFAULT_PAGE : page,
            size == null ? DEFAULT_SIZE : size);
    if (!csv) {
      if (dialect != null && !dialect.isBlank()) {
        throw new InvalidValueException("dialect", "dialect geldt alleen voor format=csv");
      }
      return ResponseEntity.ok(queries.query(query, JournalPage.class).join());
    }
    // an export holds every matching fact: a page of it would be a silent cut-off
    if (page != null) {
      throw new InvalidValueException(
          "page", "page geldt niet voor format=csv: de CSV bevat altijd alle gevonden feiten");
    }
    if (size != null) {
      throw new InvalidValueException(
          "size", "size geldt niet voor format=csv: de CSV bevat altijd alle gevonden feiten");
    }
    JournalCsv.export(queries, query, Dialect.choose(dialect, acceptLanguage), batchSize, response);
    // written to the response already
    return null;
  }

  /** What the journal's filters can choose from, with names: the pickers of the journal page. */
  @GetMapping("/api/journal/choices")
  JournalChoices choices() {
    return queries.query(new FindJournalChoices(), JournalChoices.class).join();
  }

  private static boolean csv(String format) {
    if (format == null || format.isBlank() || format.strip().equalsIgnoreCase("json")) {
      return false;
    }
    if (format.strip().equalsIgnoreCase("csv")) {
      return true;
    }
    throw new InvalidValueException("format", "format moet json of csv zijn (zonder format: json)");
  }

  /**
   * Once rows are sent, a problem document can no longer replace them, and the application-wide
   * advice would append one to the CSV, leaving a file that looks whole. Rethrown, the failure
   * reaches the servlet container, which closes the connection before the response's end, so the
   * client sees a broken download. A handler in the controller wins over the advice.
   */
  @ExceptionHandler(JournalCsv.ExportInterrupted.class)
  void interrupted(JournalCsv.ExportInterrupted failure) {
    throw failure;
  }
}
