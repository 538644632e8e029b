package nl.ipo.ledger.infra.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import nl.ipo.ledger.kernel.journal.JournalQueries.CountJournal;
import nl.ipo.ledger.kernel.journal.JournalQueries.FindJournal;
import nl.ipo.ledger.kernel.journal.JournalQueries.FindJournalBatch;
import nl.ipo.ledger.kernel.journal.JournalQueries.JournalBatch;
import nl.ipo.ledger.kernel.journal.JournalQueries.JournalCount;
import nl.ipo.ledger.kernel.journal.JournalQueries.JournalEntry;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * The journal as CSV for auditors: one row per fact, every column of {@link JournalEntry}, a header
 * row, quoting where a cell needs it (Commons CSV), and text cells that a spreadsheet cannot
 * mistake for a formula; written to the response while it is read.
 */
public final class JournalCsv {

  /** How the file is laid out. Times and dates are ISO 8601 in both, so they sort as text. */
  public enum Dialect {
    /** RFC 4180: comma-separated, CRLF line ends, no byte order mark. */
    RFC4180("rfc4180", CSVFormat.RFC4180, false),
    /**
     * What a Dutch spreadsheet opens without an import dialog: semicolon-separated (the comma is
     * the decimal separator there) and a UTF-8 byte order mark, without which Excel reads the file
     * as Windows-1252 and garbles every accented letter.
     */
    NL("nl", CSVFormat.RFC4180.builder().setDelimiter(';').get(), true);

    private final String code;
    private final CSVFormat format;
    private final boolean byteOrderMark;

    Dialect(String code, CSVFormat format, boolean byteOrderMark) {
      this.code = code;
      this.format = format;
      this.byteOrderMark = byteOrderMark;
    }

    /**
     * The dialect asked for: the {@code dialect} parameter when given, otherwise {@link #NL} when
     * the client's most preferred language is Dutch (a browser set to Dutch), otherwise {@link
     * #RFC4180}.
     */
    public static Dialect choose(String parameter, String acceptLanguage) {
      if (parameter != null && !parameter.isBlank()) {
        for (Dialect dialect : values()) {
          if (dialect.code.equalsIgnoreCase(parameter.strip())) {
            return dialect;
          }
        }
        throw new InvalidValueException(
            "dialect", "dialect moet rfc4180 of nl zijn (zonder dialect: rfc4180)");
      }
      return prefersDutch(acceptLanguage) ? NL : RFC4180;
    }

    private static boolean prefersDutch(String acceptLanguage) {
      if (acceptLanguage == null || acceptLanguage.isBlank()) {
        return false;
      }
      try {
        // parse sorts by weight, highest first; "*" names no language and is passed over
        return Locale.LanguageRange.parse(acceptLanguage).stream()
            .map(Locale.LanguageRange::getRange)
            .filter(range -> !range.equals("*"))
            .findFirst()
            .map(range -> range.equals("nl") || range.startsWith("nl-"))
            .orElse(false);
      } catch (IllegalArgumentException malformed) {
        // a malformed header says nothing about the language; it is no reason to refuse the file
        return false;
      }
    }
  }

  /**
   * Writes every matching fact as it is read, a batch at a time, so neither the ledger nor the
   * client holds the whole journal in memory. Written on the request's own thread rather than as an
   * asynchronous {@code StreamingResponseBody}, whose request timeout would cut a long download
   * short. The export ends at the last fact counted when it starts, so its row count matches {@code
   * X-Total-Count}.
   */
  public static void export(
      QueryGateway queries,
      FindJournal filter,
      Dialect dialect,
      int batchSize,
      HttpServletResponse response)
      throws IOException {
    JournalCount count = queries.query(new CountJournal(filter), JournalCount.class).join();
    response.setContentType("text/csv;charset=utf-8");
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename("journaal.csv").build().toString());
    response.setHeader("X-Total-Count", Long.toString(count.total()));
    response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    try {
      Writer out =
          new BufferedWriter(
              new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
      JournalCsv file = new JournalCsv(out, dialect);
      long after = -1;
      List<JournalEntry> batch;
      do {
        batch =
            queries
                .query(
                    new FindJournalBatch(filter, after, count.lastGlobalIndex(), batchSize),
                    JournalBatch.class)
                .join()
                .entries();
        for (JournalEntry entry : batch) {
          file.write(entry);
          after = entry.globalIndex();
        }
      } while (batch.size() == batchSize);
      file.flush();
    } catch (IOException | RuntimeException failure) {
      if (!response.isCommitted()) {
        // nothing has reached the client: drop the partial file, answer with a problem instead
        response.reset();
        throw failure;
      }
      throw new ExportInterrupted(failure);
    }
  }

  /** The CSV broke off after the status and the first rows were sent. */
  public static final class ExportInterrupted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ExportInterrupted(Throwable cause) {
      super("the journal export broke off after it had started", cause);
    }
  }

  private record Column(String name, Function<JournalEntry, Object> value) {}

  /** The columns, named like the JSON form's fields, in a fixed order auditors can rely on. */
  private static final List<Column> COLUMNS =
      List.of(
          new Column("globalIndex", JournalEntry::globalIndex),
          new Column("eventIdentifier", JournalEntry::eventIdentifier),
          new Column("aggregateType", JournalEntry::aggregateType),
          new Column("aggregateId", JournalEntry::aggregateId),
          new Column("sequence", JournalEntry::sequence),
          new Column("eventType", JournalEntry::eventType),
          new Column("effectiveDate", JournalEntry::effectiveDate),
          new Column("recordedAt", JournalEntry::recordedAt),
          new Column("actor", JournalEntry::actor),
          new Column("actorRole", JournalEntry::actorRole),
          new Column("decisionReference", JournalEntry::decisionReference),
          new Column("besluitId", JournalEntry::besluitId),
          new Column("bodyId", JournalEntry::bodyId),
          new Column("correlationId", JournalEntry::correlationId),
          new Column("causationId", JournalEntry::causationId),
          new Column("sourceDocument", e -> e.source().document()),
          new Column("sourcePlace", e -> e.source().place()),
          new Column("sourceQuote", e -> e.source().quote()),
          new Column("sourceNote", e -> e.source().note()),
          new Column("assumption", e -> e.source().assumption()),
          new Column("noSourceReason", e -> e.source().noSourceReason()));

  private final CSVPrinter printer;

  /** Starts the file: the byte order mark where the dialect has one, then the header row. */
  private JournalCsv(Writer out, Dialect dialect) throws IOException {
    if (dialect.byteOrderMark) {
      out.write('\uFEFF');
    }
    this.printer =
        new CSVPrinter(
            out,
            dialect
                .format
                .builder()
                .setHeader(COLUMNS.stream().map(Column::name).toArray(String[]::new))
                .get());
  }

  private void write(JournalEntry entry) throws IOException {
    printer.printRecord(COLUMNS.stream().map(c -> cell(c.value().apply(entry))));
  }

  private void flush() throws IOException {
    printer.flush();
  }

  /**
   * A cell's text. Numbers (the global index and the sequence, typed as numbers in the read model)
   * are written as they are. Every other value is text and is neutralised, even where it looks like
   * a number ("-2" in a decision reference): only a typed column is known to be a number.
   */
  private static String cell(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Long number) {
      return number.toString();
    }
    return neutralised(value.toString());
  }

  /**
   * OWASP's defence against CSV (formula) injection: a cell that starts with {@code =}, {@code +},
   * {@code -}, {@code @}, a tab or a carriage return gets a single quote in front, so a spreadsheet
   * shows it as text instead of running it. A line feed counts too, as some spreadsheets treat it
   * like a carriage return. Quoting (which stops a cell spilling into the next) is Commons CSV's.
   */
  static String neutralised(String text) {
    if (text.isEmpty()) {
      return text;
    }
    return switch (text.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r', '\n' -> "'" + text;
      default -> text;
    };
  }
}
