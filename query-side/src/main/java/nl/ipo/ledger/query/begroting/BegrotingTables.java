package nl.ipo.ledger.query.begroting;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.ipo.ledger.kernel.begroting.Bedrag;
import nl.ipo.ledger.kernel.begroting.BegrotingId;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.SamenvattingRij;
import nl.ipo.ledger.kernel.begroting.BegrotingStatus;
import nl.ipo.ledger.kernel.begroting.CostLine;
import nl.ipo.ledger.kernel.begroting.LineChangeKind;
import nl.ipo.ledger.kernel.begroting.OpgaveSoort;
import nl.ipo.ledger.kernel.error.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the tables {@link BegrotingProjection} writes, one method per table, each row as it is
 * stored. Nothing here knows a day: what holds on a day is {@link BegrotingOnADay}'s to compute.
 */
final class BegrotingTables {

  private final JdbcClient jdbc;

  BegrotingTables(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One row of {@code begroting_view}: the begroting and the dates of its steps. */
  record Header(
      String id,
      int jaar,
      String titel,
      LocalDate drafted,
      LocalDate submitted,
      LocalDate approved,
      String approvedBy,
      LocalDate jaarrekening,
      Bedrag statedTotaal,
      String totaalBron,
      String draftedBy,
      Instant draftedAt,
      String bron,
      BigDecimal eenheid,
      Bedrag statedBasis,
      String basisBron) {

    BegrotingStatus status(LocalDate day) {
      return BegrotingStatus.on(day, submitted, approved, jaarrekening);
    }

    /** A step's date if it was taken on or before {@code day}, else {@code null}. */
    static LocalDate takenBy(LocalDate step, LocalDate day) {
      return BegrotingStatus.taken(step, day) ? step : null;
    }

    /** The besluit that adopted the begroting, once it was adopted on or before {@code day}. */
    String approvedByOn(LocalDate day) {
      return BegrotingStatus.taken(approved, day) ? approvedBy : null;
    }
  }

  /** A header listed with the number of its programmes. */
  record Listed(Header header, int programmas) {}

  record Line(String code, CostLine line, BigDecimal original, boolean pm, BigDecimal indicative) {}

  record Mutation(
      LineChangeKind kind,
      String code,
      CostLine line,
      BigDecimal amount,
      LocalDate day,
      String besluit,
      String nota,
      String reference,
      String source,
      String actor,
      Instant recordedAt) {}

  record ProgrammaRow(int nummer, String naam, Bedrag stated, String bron) {}

  /** One tile of a programme's overview page: the amount above a beleidsopgave's name. */
  record TegelRow(String code, Bedrag bedrag, String bron) {}

  record OpgaveRow(
      String code, int programma, String naam, OpgaveSoort soort, Bedrag stated, String bron) {}

  record VerklaringRow(String omschrijving, Bedrag bedrag, String bron) {}

  /** The columns of {@code begroting_view} a {@code Header} is read from. */
  private static final String HEADER_COLUMNS =
      "begroting_id, jaar, titel, drafted_on, submitted_on, approved_on, approved_by,"
          + " jaarrekening_on, stated_totaal_printed, stated_totaal, stated_totaal_pm,"
          + " stated_totaal_plus_pm, totaal_bron, drafted_by, drafted_recorded_at, bron, eenheid,"
          + " stated_basis_printed, stated_basis, stated_basis_pm, stated_basis_plus_pm,"
          + " basis_bron";

  Header header(BegrotingId id) {
    return jdbc.sql("SELECT " + HEADER_COLUMNS + " FROM begroting_view WHERE begroting_id = :id")
        .param("id", id.toString())
        .query((rs, n) -> header(rs))
        .optional()
        .orElseThrow(
            () ->
                new NotFoundException(
                    "begrotingId", "Er is geen begroting met id " + id + " bekend."));
  }

  long countDraftedBy(LocalDate day) {
    return jdbc.sql("SELECT COUNT(*) FROM begroting_view WHERE drafted_on <= :day")
        .param("day", day)
        .query(Long.class)
        .single();
  }

  /** The begrotingen drafted on or before {@code day}, newest year first, one page of them. */
  List<Listed> draftedBy(LocalDate day, int page, int size) {
    return jdbc.sql(
            "SELECT "
                + HEADER_COLUMNS
                + """
                ,
                   (SELECT COUNT(*) FROM begroting_programma p
                     WHERE p.begroting_id = b.begroting_id) AS programmas
              FROM begroting_view b
             WHERE b.drafted_on <= :day
             ORDER BY b.jaar DESC, b.titel, b.begroting_id
             LIMIT :size OFFSET :offset""")
        .param("day", day)
        .param("size", size)
        .param("offset", (long) page * size)
        .query((rs, n) -> new Listed(header(rs), rs.getInt("programmas")))
        .list();
  }

  private static Header header(ResultSet rs) throws SQLException {
    return new Header(
        rs.getString("begroting_id"),
        rs.getInt("jaar"),
        rs.getString("titel"),
        rs.getObject("drafted_on", LocalDate.class),
        rs.getObject("submitted_on", LocalDate.class),
        rs.getObject("approved_on", LocalDate.class),
        rs.getString("approved_by"),
        rs.getObject("jaarrekening_on", LocalDate.class),
        rs.getBoolean("stated_totaal_printed")
            ? bedrag(
                rs.getBigDecimal("stated_totaal"),
                rs.getBoolean("stated_totaal_pm"),
                rs.getBoolean("stated_totaal_plus_pm"))
            : null,
        rs.getString("totaal_bron"),
        rs.getString("drafted_by"),
        instant(rs.getTimestamp("drafted_recorded_at")),
        rs.getString("bron"),
        rs.getBigDecimal("eenheid"),
        rs.getBoolean("stated_basis_printed")
            ? bedrag(
                rs.getBigDecimal("stated_basis"),
                rs.getBoolean("stated_basis_pm"),
                rs.getBoolean("stated_basis_plus_pm"))
            : null,
        rs.getString("basis_bron"));
  }

  List<Line> lines(String id) {
    return jdbc.sql(
            "SELECT code, cost_line, original, pm, indicative FROM begroting_line"
                + " WHERE begroting_id = :id")
        .param("id", id)
        .query(
            (rs, n) ->
                new Line(
                    rs.getString("code"),
                    CostLine.valueOf(rs.getString("cost_line")),
                    rs.getBigDecimal("original"),
                    rs.getBoolean("pm"),
                    rs.getBigDecimal("indicative")))
        .list();
  }

  /** Every amendment and realisation of the begroting, in the order they were recorded. */
  List<Mutation> mutations(String id) {
    return jdbc.sql(
            "SELECT kind, code, cost_line, amount, effective_date, besluit_id, nota, reference,"
                + " source, actor, recorded_at FROM begroting_mutation WHERE begroting_id = :id"
                + " ORDER BY seq, idx")
        .param("id", id)
        .query(
            (rs, n) ->
                new Mutation(
                    LineChangeKind.valueOf(rs.getString("kind")),
                    rs.getString("code"),
                    CostLine.valueOf(rs.getString("cost_line")),
                    rs.getBigDecimal("amount"),
                    rs.getObject("effective_date", LocalDate.class),
                    rs.getString("besluit_id"),
                    rs.getString("nota"),
                    rs.getString("reference"),
                    rs.getString("source"),
                    rs.getString("actor"),
                    instant(rs.getTimestamp("recorded_at"))))
        .list();
  }

  List<ProgrammaRow> programmas(String id) {
    return jdbc.sql(
            "SELECT nummer, naam, stated_printed, stated_totaal, stated_pm, stated_plus_pm, bron"
                + " FROM begroting_programma WHERE begroting_id = :id ORDER BY nummer")
        .param("id", id)
        .query(
            (rs, n) ->
                new ProgrammaRow(
                    rs.getInt("nummer"),
                    rs.getString("naam"),
                    rs.getBoolean("stated_printed")
                        ? bedrag(
                            rs.getBigDecimal("stated_totaal"),
                            rs.getBoolean("stated_pm"),
                            rs.getBoolean("stated_plus_pm"))
                        : null,
                    rs.getString("bron")))
        .list();
  }

  /** The beleidsopgaven by programme, in the order the document prints them. */
  List<OpgaveRow> opgaven(String id) {
    return jdbc.sql(
            "SELECT code, programma, naam, soort, stated_totaal, stated_pm, stated_plus_pm, bron"
                + " FROM begroting_opgave WHERE begroting_id = :id ORDER BY programma, position")
        .param("id", id)
        .query(
            (rs, n) ->
                new OpgaveRow(
                    rs.getString("code"),
                    rs.getInt("programma"),
                    rs.getString("naam"),
                    OpgaveSoort.valueOf(rs.getString("soort")),
                    bedrag(
                        rs.getBigDecimal("stated_totaal"),
                        rs.getBoolean("stated_pm"),
                        rs.getBoolean("stated_plus_pm")),
                    rs.getString("bron")))
        .list();
  }

  /** The tiles of the programmes' overview pages, by beleidsopgave code. */
  List<TegelRow> tegels(String id) {
    return jdbc.sql(
            "SELECT code, bedrag, pm, plus_pm, bron FROM begroting_tegel"
                + " WHERE begroting_id = :id ORDER BY code")
        .param("id", id)
        .query(
            (rs, n) ->
                new TegelRow(
                    rs.getString("code"),
                    bedrag(
                        rs.getBigDecimal("bedrag"), rs.getBoolean("pm"), rs.getBoolean("plus_pm")),
                    rs.getString("bron")))
        .list();
  }

  List<VerklaringRow> verklaringen(String id) {
    return jdbc.sql(
            "SELECT omschrijving, bedrag, pm, bron FROM begroting_verklaring"
                + " WHERE begroting_id = :id ORDER BY idx")
        .param("id", id)
        .query(
            (rs, n) ->
                new VerklaringRow(
                    rs.getString("omschrijving"),
                    bedrag(rs.getBigDecimal("bedrag"), rs.getBoolean("pm")),
                    rs.getString("bron")))
        .list();
  }

  /** The printed summary table (Was/Wordt), row by row. */
  List<SamenvattingRij> samenvatting(String id) {
    return jdbc.sql(
            "SELECT regel, was, wordt1, kassiersfunctie, wordt2, verschil, bron, kostenregels"
                + " FROM begroting_samenvatting WHERE begroting_id = :id ORDER BY idx")
        .param("id", id)
        .query(
            (rs, n) ->
                new SamenvattingRij(
                    rs.getString("regel"),
                    rs.getBigDecimal("was"),
                    rs.getBigDecimal("wordt1"),
                    rs.getBigDecimal("kassiersfunctie"),
                    rs.getBigDecimal("wordt2"),
                    rs.getBigDecimal("verschil"),
                    rs.getString("bron"),
                    costLines(rs.getString("kostenregels"))))
        .list();
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static Bedrag bedrag(BigDecimal euros, boolean pm) {
    return bedrag(euros, pm, false);
  }

  private static Bedrag bedrag(BigDecimal euros, boolean pm, boolean plusPm) {
    return pm ? Bedrag.pm(null) : new Bedrag(euros, null, plusPm);
  }

  private static List<CostLine> costLines(String stored) {
    return stored == null || stored.isEmpty()
        ? List.of()
        : Arrays.stream(stored.split(",")).map(CostLine::valueOf).toList();
  }
}
