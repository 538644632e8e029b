package nl.ipo.ledger.infra.web;

import java.time.Instant;
import java.time.LocalDate;
import nl.ipo.ledger.kernel.journal.JournalQueries.FindJournal;
import nl.ipo.ledger.kernel.journal.JournalQueries.JournalEntry;
import nl.ipo.ledger.kernel.journal.JournalQueries.JournalPage;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The global journal: every recorded fact, filtered on valid time, transaction time, actor, event
 * type, aggregate, besluit and body, in pages, as JSON or CSV ({@code format=csv}).
 */
@RestController
class JournalController {

  private static final CsvMapper CSV = CsvMapper.builder().build();
  private static final CsvSchema SCHEMA = CSV.schemaFor(JournalEntry.class).withHeader();

  private final QueryGateway queries;

  JournalController(QueryGateway queries) {
    this.queries = queries;
  }

  @GetMapping("/api/journal")
  ResponseEntity<?> journal(
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
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "100") int size,
      @RequestParam(defaultValue = "json") String format) {
    JournalPage result =
        queries
            .query(
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
                    page,
                    size),
                JournalPage.class)
            .join();
    if (!"csv".equalsIgnoreCase(format)) {
      return ResponseEntity.ok(result);
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"journaal.csv\"")
        .header("X-Total-Count", Long.toString(result.total()))
        .body(CSV.writer(SCHEMA).writeValueAsString(result.entries()));
  }
}
