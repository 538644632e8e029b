package nl.ipo.ledger.query.begroting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.WasWordt;
import nl.ipo.ledger.kernel.begroting.LineChangeKind;
import nl.ipo.ledger.kernel.error.NotFoundException;
import nl.ipo.ledger.query.begroting.BegrotingTables.Header;
import nl.ipo.ledger.query.begroting.BegrotingTables.Line;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Answers the budget queries from the read model that {@link BegrotingProjection} writes: it reads
 * the rows through {@link BegrotingTables} and leaves what holds on a day to {@link
 * BegrotingOnADay} and the printed figures' checks to {@link ConsistencyChecks}.
 */
public class BegrotingQueryHandlers {

  private final BegrotingTables tables;

  public BegrotingQueryHandlers(JdbcClient jdbc) {
    this.tables = new BegrotingTables(jdbc);
  }

  @QueryHandler
  public BegrotingView handle(FindBegroting query) {
    Header header = tables.header(query.begrotingId());
    String id = header.id();
    return BegrotingOnADay.view(
        header,
        query.asOf(),
        tables.lines(id),
        tables.mutations(id),
        tables.programmas(id),
        tables.opgaven(id));
  }

  @QueryHandler
  public BegrotingenPage handle(FindBegrotingen query) {
    LocalDate day = query.asOf();
    List<BegrotingSummary> page =
        tables.draftedBy(day, query.page(), query.size()).stream()
            .map(
                listed -> {
                  Header header = listed.header();
                  return new BegrotingSummary(
                      header.id(),
                      header.jaar(),
                      header.titel(),
                      header.status(day),
                      header.drafted(),
                      Header.takenBy(header.submitted(), day),
                      Header.takenBy(header.approved(), day),
                      header.approvedByOn(day),
                      header.statedTotaal(),
                      listed.programmas());
                })
            .toList();
    return new BegrotingenPage(day, query.page(), query.size(), tables.countDraftedBy(day), page);
  }

  @QueryHandler
  public WasWordt handle(FindWasWordt query) {
    Header header = tables.header(query.begrotingId());
    return new WasWordt(header.id(), tables.samenvatting(header.id()), explained(header.id()));
  }

  @QueryHandler
  public ConsistencyReport handle(FindConsistencyReport query) {
    Header header = tables.header(query.begrotingId());
    Map<String, List<ConsistencyChecks.Line>> linesByCode = new LinkedHashMap<>();
    for (Line line : tables.lines(header.id())) {
      linesByCode
          .computeIfAbsent(line.code(), k -> new ArrayList<>())
          .add(new ConsistencyChecks.Line(line.line(), line.original(), line.pm()));
    }
    List<ConsistencyChecks.Opgave> opgaven =
        tables.opgaven(header.id()).stream()
            .map(
                o ->
                    new ConsistencyChecks.Opgave(
                        o.code(),
                        o.naam(),
                        o.programma(),
                        o.soort(),
                        o.stated(),
                        o.bron(),
                        linesByCode.getOrDefault(o.code(), List.of())))
            .toList();
    List<ConsistencyChecks.Programma> programmas =
        tables.programmas(header.id()).stream()
            .map(p -> new ConsistencyChecks.Programma(p.nummer(), p.naam(), p.stated(), p.bron()))
            .toList();
    List<ConsistencyChecks.Explanation> explanations =
        tables.verklaringen(header.id()).stream()
            .map(
                v ->
                    new ConsistencyChecks.Explanation(
                        v.omschrijving(), v.bedrag().euros(), v.bron()))
            .toList();
    List<ConsistencyChecks.Tegel> tegels =
        tables.tegels(header.id()).stream()
            .map(t -> new ConsistencyChecks.Tegel(t.code(), t.bedrag(), t.bron()))
            .toList();
    ConsistencyChecks checks =
        ConsistencyChecks.run(
            new ConsistencyChecks.Document(
                header.eenheid(),
                programmas,
                opgaven,
                header.statedTotaal(),
                header.totaalBron(),
                header.statedBasis(),
                header.basisBron(),
                tables.samenvatting(header.id()),
                explanations,
                tegels));
    return new ConsistencyReport(
        header.id(), header.titel(), checks.checks(), checks.findings(), header.eenheid());
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
        explained(wordt.begrotingId()));
  }

  @QueryHandler
  public LineHistory handle(FindLineHistory query) {
    Header header = tables.header(query.begrotingId());
    Line line =
        tables.lines(header.id()).stream()
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
            LineChangeKind.PRIMITIEF,
            header.drafted(),
            line.original(),
            null,
            null,
            header.bron(),
            header.draftedBy(),
            header.draftedAt()));
    tables.mutations(header.id()).stream()
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

  private List<Explained> explained(String begrotingId) {
    return tables.verklaringen(begrotingId).stream()
        .map(v -> new Explained(v.omschrijving(), v.bedrag(), v.bron()))
        .toList();
  }
}
