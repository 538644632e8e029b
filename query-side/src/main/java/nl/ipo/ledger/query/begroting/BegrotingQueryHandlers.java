package nl.ipo.ledger.query.begroting;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.ipo.ledger.kernel.begroting.Bedrag;
import nl.ipo.ledger.kernel.begroting.BegrotingId;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.Amendment;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.BegrotingSummary;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.BegrotingView;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.BegrotingenPage;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.CompareBegrotingen;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.ComparedLine;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.Comparison;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.ConsistencyReport;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.Explained;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.FindBegroting;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.FindBegrotingen;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.FindConsistencyReport;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.FindLineHistory;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.FindWasWordt;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.LineChangeEntry;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.LineHistory;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.LineView;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.OpgaveView;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.ProgrammaView;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.SamenvattingRij;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.Sums;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.WasWordt;
import nl.ipo.ledger.kernel.begroting.CostLine;
import nl.ipo.ledger.kernel.begroting.Nota;
import nl.ipo.ledger.kernel.begroting.OpgaveSoort;
import nl.ipo.ledger.kernel.error.NotFoundException;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Answers the budget queries from the read model that {@link BegrotingProjection} writes. */
public class BegrotingQueryHandlers {

  private final JdbcClient jdbc;

  public BegrotingQueryHandlers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private record Header(
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
      String bron) {}

  /** The columns of {@code begroting_view} a {@code Header} is read from. */
  private static final String HEADER_COLUMNS =
      "begroting_id, jaar, titel, drafted_on, submitted_on, approved_on, approved_by,"
          + " jaarrekening_on, stated_totaal_printed, stated_totaal, stated_totaal_pm, totaal_bron,"
          + " drafted_by, drafted_recorded_at, bron";

  private record Line(
      String code, CostLine line, BigDecimal original, boolean pm, BigDecimal indicative) {}

  private record Mutation(
      String kind,
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

  @QueryHandler
  public BegrotingView handle(FindBegroting query) {
    Header header = header(query.begrotingId());
    LocalDate day = query.asOf();
    List<Line> lines = lines(header.id());
    List<Mutation> mutations =
        mutations(header.id()).stream().filter(m -> !m.day().isAfter(day)).toList();
    // one pass over the mutations, grouped by line, instead of a scan of all of them per line
    Map<String, List<Mutation>> byLine = new HashMap<>();
    for (Mutation m : mutations) {
      byLine.computeIfAbsent(m.code() + "/" + m.line(), k -> new ArrayList<>()).add(m);
    }
    Map<String, LineView> views = new HashMap<>();
    for (Line line : lines) {
      List<Mutation> own = byLine.getOrDefault(line.code() + "/" + line.line(), List.of());
      List<Amendment> amendments =
          own.stream()
              .filter(m -> m.kind().equals("WIJZIGING"))
              .map(m -> new Amendment(m.besluit(), Nota.valueOf(m.nota()), m.day(), m.amount()))
              .toList();
      BigDecimal current =
          amendments.stream().map(Amendment::delta).reduce(line.original(), BigDecimal::add);
      BigDecimal realised =
          own.stream()
              .filter(m -> m.kind().equals("REALISATIE"))
              .reduce((a, b) -> b.day().isBefore(a.day()) ? a : b)
              .map(Mutation::amount)
              .orElse(BigDecimal.ZERO);
      views.put(
          line.code() + "/" + line.line(),
          new LineView(
              line.line(),
              line.original(),
              line.pm(),
              line.indicative(),
              amendments,
              current,
              realised,
              current.subtract(realised)));
    }
    List<ProgrammaView> programmas = new ArrayList<>();
    Map<OpgaveSoort, List<LineView>> bySoort = new HashMap<>();
    // the opgaven are read once, not once per programme
    List<OpgaveRow> allOpgaven = opgaven(header.id());
    for (ProgrammaRow p : programmas(header.id())) {
      List<OpgaveView> opgaven = new ArrayList<>();
      for (OpgaveRow o : allOpgaven) {
        if (o.programma() != p.nummer()) {
          continue;
        }
        List<LineView> own = new ArrayList<>();
        for (CostLine cl : CostLine.values()) {
          Optional.ofNullable(views.get(o.code() + "/" + cl)).ifPresent(own::add);
        }
        bySoort.computeIfAbsent(o.soort(), k -> new ArrayList<>()).addAll(own);
        opgaven.add(new OpgaveView(o.code(), o.naam(), o.soort(), o.stated(), own, sums(own)));
      }
      programmas.add(
          new ProgrammaView(
              p.nummer(),
              p.naam(),
              p.stated(),
              opgaven,
              sums(opgaven.stream().flatMap(o -> o.lines().stream()).toList())));
    }
    Map<OpgaveSoort, BigDecimal> printed = new HashMap<>();
    allOpgaven.forEach(o -> printed.merge(o.soort(), o.stated().value(), BigDecimal::add));
    return new BegrotingView(
        header.id(),
        header.jaar(),
        header.titel(),
        day,
        status(header, day),
        header.approved() != null && !header.approved().isAfter(day) ? header.approvedBy() : null,
        header.statedTotaal(),
        printed.getOrDefault(OpgaveSoort.BASIS, BigDecimal.ZERO),
        printed.getOrDefault(OpgaveSoort.KASSIER, BigDecimal.ZERO),
        programmas,
        sums(bySoort.getOrDefault(OpgaveSoort.BASIS, List.of())),
        sums(bySoort.getOrDefault(OpgaveSoort.KASSIER, List.of())),
        sums(views.values().stream().toList()));
  }

  @QueryHandler
  public BegrotingenPage handle(FindBegrotingen query) {
    LocalDate day = query.asOf();
    long total =
        jdbc.sql("SELECT COUNT(*) FROM begroting_view WHERE drafted_on <= :day")
            .param("day", day)
            .query(Long.class)
            .single();
    List<BegrotingSummary> page =
        jdbc.sql(
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
            .param("size", query.size())
            .param("offset", (long) query.page() * query.size())
            .query(
                (rs, n) -> {
                  Header header = header(rs);
                  return new BegrotingSummary(
                      header.id(),
                      header.jaar(),
                      header.titel(),
                      status(header, day),
                      header.drafted(),
                      header.submitted() != null && !header.submitted().isAfter(day)
                          ? header.submitted()
                          : null,
                      header.approved() != null && !header.approved().isAfter(day)
                          ? header.approved()
                          : null,
                      header.approved() != null && !header.approved().isAfter(day)
                          ? header.approvedBy()
                          : null,
                      header.statedTotaal(),
                      rs.getInt("programmas"));
                })
            .list();
    return new BegrotingenPage(day, query.page(), query.size(), total, page);
  }

  @QueryHandler
  public WasWordt handle(FindWasWordt query) {
    Header header = header(query.begrotingId());
    List<SamenvattingRij> rijen =
        jdbc.sql(
                "SELECT regel, was, wordt1, kassiersfunctie, wordt2, verschil, bron"
                    + " FROM begroting_samenvatting WHERE begroting_id = :id ORDER BY idx")
            .param("id", header.id())
            .query(
                (rs, n) ->
                    new SamenvattingRij(
                        rs.getString("regel"),
                        rs.getBigDecimal("was"),
                        rs.getBigDecimal("wordt1"),
                        rs.getBigDecimal("kassiersfunctie"),
                        rs.getBigDecimal("wordt2"),
                        rs.getBigDecimal("verschil"),
                        rs.getString("bron")))
            .list();
    return new WasWordt(
        header.id(),
        rijen,
        verklaringen(header.id()).stream()
            .map(v -> new Explained(v.omschrijving(), v.bedrag(), v.bron()))
            .toList());
  }

  @QueryHandler
  public ConsistencyReport handle(FindConsistencyReport query) {
    Header header = header(query.begrotingId());
    Map<String, List<ConsistencyChecks.Line>> linesByCode = new LinkedHashMap<>();
    for (Line line : lines(header.id())) {
      linesByCode
          .computeIfAbsent(line.code(), k -> new ArrayList<>())
          .add(new ConsistencyChecks.Line(line.code(), line.original(), line.pm()));
    }
    List<ConsistencyChecks.Opgave> opgaven =
        opgaven(header.id()).stream()
            .map(
                o ->
                    new ConsistencyChecks.Opgave(
                        o.code(),
                        o.naam(),
                        o.programma(),
                        o.stated().value(),
                        o.stated().pm(),
                        o.bron(),
                        linesByCode.getOrDefault(o.code(), List.of())))
            .toList();
    List<ConsistencyChecks.Programma> programmas =
        programmas(header.id()).stream()
            .map(
                p ->
                    new ConsistencyChecks.Programma(
                        p.nummer(),
                        p.naam(),
                        p.stated() == null ? null : p.stated().euros(),
                        p.stated() != null,
                        p.bron()))
            .toList();
    List<ConsistencyChecks.Row> rows =
        jdbc.sql(
                "SELECT regel, was, wordt1, kassiersfunctie, wordt2, verschil, bron"
                    + " FROM begroting_samenvatting WHERE begroting_id = :id ORDER BY idx")
            .param("id", header.id())
            .query(
                (rs, n) ->
                    new ConsistencyChecks.Row(
                        rs.getString("regel"),
                        rs.getBigDecimal("was"),
                        rs.getBigDecimal("wordt1"),
                        rs.getBigDecimal("kassiersfunctie"),
                        rs.getBigDecimal("wordt2"),
                        rs.getBigDecimal("verschil"),
                        rs.getString("bron")))
            .list();
    List<ConsistencyChecks.Explanation> explanations =
        verklaringen(header.id()).stream()
            .map(
                v ->
                    new ConsistencyChecks.Explanation(
                        v.omschrijving(), v.bedrag().euros(), v.bron()))
            .toList();
    ConsistencyChecks checks =
        ConsistencyChecks.run(
            programmas,
            opgaven,
            header.statedTotaal() == null ? null : header.statedTotaal().euros(),
            header.totaalBron(),
            rows,
            explanations);
    return new ConsistencyReport(header.id(), header.titel(), checks.checks(), checks.findings());
  }

  @QueryHandler
  public Comparison handle(CompareBegrotingen query) {
    BegrotingView was = handle(new FindBegroting(query.was(), query.asOf()));
    BegrotingView wordt = handle(new FindBegroting(query.wordt(), query.asOf()));
    Map<String, ComparedLine> lines = new LinkedHashMap<>();
    collect(was, lines, true);
    collect(wordt, lines, false);
    return new Comparison(
        was.begrotingId(),
        wordt.begrotingId(),
        query.asOf(),
        List.copyOf(lines.values()),
        was.totaal().current(),
        wordt.totaal().current(),
        verklaringen(wordt.begrotingId()).stream()
            .map(v -> new Explained(v.omschrijving(), v.bedrag(), v.bron()))
            .toList());
  }

  @QueryHandler
  public LineHistory handle(FindLineHistory query) {
    Header header = header(query.begrotingId());
    Line line =
        lines(header.id()).stream()
            .filter(l -> l.code().equals(query.opgaveCode()) && l.line() == query.line())
            .findFirst()
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "opgaveCode",
                        "De begroting heeft geen regel "
                            + query.line().label()
                            + " bij beleidsopgave "
                            + query.opgaveCode()
                            + "."));
    List<LineChangeEntry> changes = new ArrayList<>();
    changes.add(
        new LineChangeEntry(
            "PRIMITIEF",
            header.drafted(),
            line.original(),
            null,
            null,
            header.bron(),
            header.draftedBy(),
            header.draftedAt()));
    mutations(header.id()).stream()
        .filter(m -> m.code().equals(line.code()) && m.line() == line.line())
        .forEach(
            m ->
                changes.add(
                    new LineChangeEntry(
                        m.kind(),
                        m.day(),
                        m.amount(),
                        m.besluit(),
                        m.reference(),
                        m.source(),
                        m.actor(),
                        m.recordedAt())));
    return new LineHistory(header.id(), line.code(), line.line(), changes);
  }

  private static void collect(BegrotingView view, Map<String, ComparedLine> lines, boolean isWas) {
    for (ProgrammaView p : view.programmas()) {
      for (OpgaveView o : p.opgaven()) {
        for (LineView l : o.lines()) {
          String key = o.code() + "/" + l.line();
          ComparedLine before = lines.get(key);
          BigDecimal was = isWas ? l.current() : before == null ? BigDecimal.ZERO : before.was();
          BigDecimal wordt = isWas ? BigDecimal.ZERO : l.current();
          lines.put(
              key, new ComparedLine(o.code(), o.naam(), l.line(), was, wordt, wordt.subtract(was)));
        }
      }
    }
  }

  private static Sums sums(List<LineView> lines) {
    BigDecimal original =
        lines.stream().map(LineView::original).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal current =
        lines.stream().map(LineView::current).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal realised =
        lines.stream().map(LineView::realised).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Sums(
        original,
        current,
        realised,
        current.subtract(realised),
        lines.stream().anyMatch(LineView::pm));
  }

  private static String status(Header header, LocalDate day) {
    if (header.jaarrekening() != null && !header.jaarrekening().isAfter(day)) {
      return "JAARREKENING_VASTGESTELD";
    }
    if (header.approved() != null && !header.approved().isAfter(day)) {
      return "VASTGESTELD";
    }
    if (header.submitted() != null && !header.submitted().isAfter(day)) {
      return "INGEDIEND";
    }
    return "CONCEPT";
  }

  private Header header(BegrotingId id) {
    return jdbc.sql("SELECT " + HEADER_COLUMNS + " FROM begroting_view WHERE begroting_id = :id")
        .param("id", id.toString())
        .query((rs, n) -> header(rs))
        .optional()
        .orElseThrow(
            () ->
                new NotFoundException(
                    "begrotingId", "Er is geen begroting met id " + id + " bekend."));
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
            ? bedrag(rs.getBigDecimal("stated_totaal"), rs.getBoolean("stated_totaal_pm"))
            : null,
        rs.getString("totaal_bron"),
        rs.getString("drafted_by"),
        instant(rs.getTimestamp("drafted_recorded_at")),
        rs.getString("bron"));
  }

  private static Instant instant(java.sql.Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private List<Line> lines(String id) {
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

  private List<Mutation> mutations(String id) {
    return jdbc.sql(
            "SELECT kind, code, cost_line, amount, effective_date, besluit_id, nota, reference,"
                + " source, actor, recorded_at FROM begroting_mutation WHERE begroting_id = :id"
                + " ORDER BY seq, idx")
        .param("id", id)
        .query(
            (rs, n) ->
                new Mutation(
                    rs.getString("kind"),
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

  private record ProgrammaRow(int nummer, String naam, Bedrag stated, String bron) {}

  private List<ProgrammaRow> programmas(String id) {
    return jdbc.sql(
            "SELECT nummer, naam, stated_printed, stated_totaal, stated_pm, bron"
                + " FROM begroting_programma WHERE begroting_id = :id ORDER BY nummer")
        .param("id", id)
        .query(
            (rs, n) ->
                new ProgrammaRow(
                    rs.getInt("nummer"),
                    rs.getString("naam"),
                    rs.getBoolean("stated_printed")
                        ? bedrag(rs.getBigDecimal("stated_totaal"), rs.getBoolean("stated_pm"))
                        : null,
                    rs.getString("bron")))
        .list();
  }

  private record OpgaveRow(
      String code, int programma, String naam, OpgaveSoort soort, Bedrag stated, String bron) {}

  private List<OpgaveRow> opgaven(String id) {
    return jdbc.sql(
            "SELECT code, programma, naam, soort, stated_totaal, stated_pm, bron FROM begroting_opgave"
                + " WHERE begroting_id = :id ORDER BY programma, position")
        .param("id", id)
        .query(
            (rs, n) ->
                new OpgaveRow(
                    rs.getString("code"),
                    rs.getInt("programma"),
                    rs.getString("naam"),
                    OpgaveSoort.valueOf(rs.getString("soort")),
                    bedrag(rs.getBigDecimal("stated_totaal"), rs.getBoolean("stated_pm")),
                    rs.getString("bron")))
        .list();
  }

  private record VerklaringRow(String omschrijving, Bedrag bedrag, String bron) {}

  private List<VerklaringRow> verklaringen(String id) {
    return jdbc.sql(
            "SELECT omschrijving, bedrag, pm, bron FROM begroting_verklaring"
                + " WHERE begroting_id = :id ORDER BY idx")
        .param("id", id)
        .query((ResultSet rs, int n) -> verklaring(rs))
        .list();
  }

  private static VerklaringRow verklaring(ResultSet rs) throws SQLException {
    return new VerklaringRow(
        rs.getString("omschrijving"),
        bedrag(rs.getBigDecimal("bedrag"), rs.getBoolean("pm")),
        rs.getString("bron"));
  }

  private static Bedrag bedrag(BigDecimal euros, boolean pm) {
    return pm ? Bedrag.pm(null) : Bedrag.of(euros);
  }
}
