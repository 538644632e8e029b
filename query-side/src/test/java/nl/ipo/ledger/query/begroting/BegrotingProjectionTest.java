package nl.ipo.ledger.query.begroting;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.ipo.ledger.kernel.begroting.Bedrag;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.LineChange;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Bron;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Content;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Opgave;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Programma;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.SamenvattingRegel;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Tegel;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.BegrotingAmended;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.BegrotingApproved;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.BegrotingDrafted;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.BegrotingSubmitted;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.RealisationRecorded;
import nl.ipo.ledger.kernel.begroting.BegrotingId;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.BegrotingView;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.BegrotingenPage;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.FindBegroting;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.FindBegrotingen;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.FindConsistencyReport;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.FindLineHistory;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.Finding;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.LineChangeEntry;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.LineView;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.Severity;
import nl.ipo.ledger.kernel.begroting.BegrotingStatus;
import nl.ipo.ledger.kernel.begroting.CostLine;
import nl.ipo.ledger.kernel.begroting.LineChangeKind;
import nl.ipo.ledger.kernel.begroting.Nota;
import nl.ipo.ledger.kernel.begroting.OpgaveSoort;
import nl.ipo.ledger.kernel.besluit.BesluitId;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.error.NotFoundException;
import nl.ipo.ledger.query.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The budget projection's handlers and its query handlers called directly on its own tables (H2 in
 * PostgreSQL mode, migrated by the query side's Flyway scripts); the same projection runs on
 * PostgreSQL in infra's budget contracts. Each answer is asked for a day: a step counts from its
 * own date, whenever it was recorded.
 */
class BegrotingProjectionTest {

  private static final String ACTOR = "secretariaat";
  private static final String RECORDED = "2021-01-04T09:00:00.000000Z";
  private static final DecisionReference AV = new DecisionReference("AV 2020-07-03");

  private final BegrotingId begroting = BegrotingId.random();
  private final BesluitId vaststelling = BesluitId.random();
  private final BesluitId voorjaarsnota = BesluitId.random();
  private BegrotingProjection projection;
  private BegrotingQueryHandlers queries;

  private static Bedrag k(long thousands) {
    return Bedrag.of(BigDecimal.valueOf(thousands * 1000));
  }

  private static Opgave opgave(
      String code, OpgaveSoort soort, long programmalasten, long overhead) {
    return new Opgave(
        code,
        "Opgave " + code,
        soort,
        Map.of(CostLine.PROGRAMMALASTEN, k(programmalasten), CostLine.OVERHEAD, k(overhead)),
        k(programmalasten + overhead),
        new Bron(0, "p. 12"));
  }

  @BeforeEach
  void setUp() {
    JdbcClient jdbc = ReadModelDatabase.fresh();
    projection = new BegrotingProjection(jdbc);
    queries = new BegrotingQueryHandlers(jdbc);
    Content document =
        new Content(
            2021,
            "IPO Begroting 2021",
            "Begroting 2021, p. 12",
            List.of(new Programma(1, "Ruimte", k(1300), new Bron(0, "p. 11"))),
            List.of(
                opgave("1.1", OpgaveSoort.BASIS, 100, 50),
                opgave("1.2", OpgaveSoort.KASSIER, 1000, 150)),
            k(1300),
            new Bron(0, "p. 10"),
            List.of(),
            List.of());
    projection.on(new BegrotingDrafted(begroting, document, of(2020, 5, 1)), ACTOR, RECORDED);
    projection.on(new BegrotingSubmitted(begroting, of(2020, 5, 15), AV));
    projection.on(new BegrotingApproved(begroting, vaststelling, of(2020, 7, 3), AV));
    projection.on(
        new BegrotingAmended(
            begroting,
            voorjaarsnota,
            Nota.VOORJAARSNOTA,
            of(2021, 6, 1),
            List.of(new LineChange("1.1", CostLine.PROGRAMMALASTEN, new BigDecimal("-20000"))),
            new DecisionReference("AV 2021-06-01")),
        3,
        ACTOR,
        RECORDED);
    projection.on(
        new RealisationRecorded(
            begroting,
            "1.1",
            CostLine.PROGRAMMALASTEN,
            new BigDecimal("30000.50"),
            of(2021, 9, 30),
            "kwartaalrapportage Q3"),
        4,
        ACTOR,
        RECORDED);
  }

  private BegrotingView on(LocalDate day) {
    return queries.handle(new FindBegroting(begroting, day));
  }

  private static LineView line(BegrotingView view, String code, CostLine line) {
    return view.programmas().stream()
        .flatMap(p -> p.opgaven().stream())
        .filter(o -> o.code().equals(code))
        .flatMap(o -> o.lines().stream())
        .filter(l -> l.line() == line)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theStatusOnADayIsTheFurthestStepTakenByThen() {
    assertThat(on(of(2020, 5, 1)).status()).isEqualTo(BegrotingStatus.CONCEPT);
    assertThat(on(of(2020, 5, 15)).status()).isEqualTo(BegrotingStatus.INGEDIEND);
    BegrotingView adopted = on(of(2020, 7, 3));
    assertThat(adopted.status()).isEqualTo(BegrotingStatus.VASTGESTELD);
    assertThat(adopted.approvedBy()).contains("AV 2020-07-03", vaststelling.toString());
    assertThat(on(of(2020, 7, 2)).approvedBy()).isNull();
  }

  @Test
  void anAmendmentAndARealisationCountFromTheirOwnDates() {
    LineView before = line(on(of(2021, 5, 31)), "1.1", CostLine.PROGRAMMALASTEN);
    assertThat(before.current()).isEqualByComparingTo("100000");
    assertThat(before.amendments()).isEmpty();

    LineView amended = line(on(of(2021, 6, 1)), "1.1", CostLine.PROGRAMMALASTEN);
    assertThat(amended.current()).isEqualByComparingTo("80000");
    assertThat(amended.amendments())
        .extracting(a -> a.besluitId(), a -> a.nota())
        .containsExactly(tuple(voorjaarsnota.toString(), Nota.VOORJAARSNOTA));
    assertThat(amended.realised()).isEqualByComparingTo("0");

    LineView realised = line(on(of(2021, 9, 30)), "1.1", CostLine.PROGRAMMALASTEN);
    assertThat(realised.realised()).isEqualByComparingTo("30000.50");
    assertThat(realised.variance()).isEqualByComparingTo("49999.50");
  }

  @Test
  void theSumsSeparateTheBasisbegrotingFromTheKassiersfunctie() {
    BegrotingView view = on(of(2021, 12, 31));
    assertThat(view.basis().original()).isEqualByComparingTo("150000");
    assertThat(view.basis().current()).isEqualByComparingTo("130000");
    assertThat(view.kassiersfunctie().current()).isEqualByComparingTo("1150000");
    assertThat(view.totaal().current()).isEqualByComparingTo("1280000");
    assertThat(view.summedBasis()).isEqualByComparingTo("150000");
    // the document of this test prints no basis total: the printed figure is absent, not a sum
    assertThat(view.printedBasis()).isNull();
    assertThat(view.programmas().get(0).sums().realised()).isEqualByComparingTo("30000.50");
  }

  @Test
  void theOverviewPagesFiguresAreKeptAsPrintedAndChecked() {
    BegrotingId overview = BegrotingId.random();
    Content document =
        new Content(
            2022,
            "IPO Begroting 2022",
            "test",
            List.of(
                new Programma(
                    1, "Ruimte", Bedrag.ofPlusPm(new BigDecimal("1300000")), new Bron(3, "p. 2"))),
            List.of(
                opgave("1.1", OpgaveSoort.BASIS, 100, 50),
                opgave("1.2", OpgaveSoort.KASSIER, 1000, 150)),
            k(1300),
            new Bron(9, "p. 10"),
            List.of(
                new SamenvattingRegel(
                    "Programmalasten",
                    null,
                    k(1100),
                    k(-1000),
                    k(101),
                    null,
                    new Bron(10, "p. 10, r. 1"),
                    List.of(CostLine.PROGRAMMALASTEN))),
            List.of(),
            new BigDecimal("1000"),
            k(151),
            new Bron(11, "p. 10, Wordt (2)"),
            List.of(
                new Tegel("1.1", k(150), new Bron(4, "p. 3, tegel 1")),
                new Tegel("1.2", k(1148), new Bron(5, "p. 3, tegel 2"))));
    projection.on(new BegrotingDrafted(overview, document, of(2021, 5, 1)), ACTOR, RECORDED);

    BegrotingView view = queries.handle(new FindBegroting(overview, of(2021, 6, 1)));
    assertThat(view.programmas().get(0).statedTotaal())
        .isEqualTo(Bedrag.ofPlusPm(new BigDecimal("1300000.00")));
    assertThat(view.printedBasis()).isEqualByComparingTo("151000");
    assertThat(view.summedBasis()).isEqualByComparingTo("150000");

    List<Finding> findings = queries.handle(new FindConsistencyReport(overview)).findings();
    assertThat(findings)
        .extracting(
            f -> f.check(), f -> f.severity(), f -> f.difference().toBigInteger().intValue())
        .containsExactly(
            tuple("SAMENVATTING_RIJ", Severity.AFRONDING, 1000),
            tuple("TEGEL", Severity.VERSCHIL, -2000),
            tuple("TEGELS_PROGRAMMA", Severity.VERSCHIL, 2000),
            tuple("BASIS_TOTAAL", Severity.AFRONDING, 1000),
            tuple("DETAIL_SAMENVATTING", Severity.AFRONDING, 1000));
    assertThat(findings.get(1).where()).isEqualTo("p. 3, tegel 2 (importregel 5)");
    assertThat(findings.get(1).fromWhere()).isEqualTo("p. 12");
    assertThat(findings.get(2).subject()).isEqualTo("programma 1 Ruimte (gedrukt met + p.m.)");
  }

  @Test
  void aLinesHistoryListsEveryChangeInTheOrderRecorded() {
    List<LineChangeEntry> changes =
        queries.handle(new FindLineHistory(begroting, "1.1", CostLine.PROGRAMMALASTEN)).changes();
    assertThat(changes)
        .extracting(LineChangeEntry::kind, c -> c.amount().toPlainString(), LineChangeEntry::actor)
        .containsExactly(
            tuple(LineChangeKind.PRIMITIEF, "100000.00", ACTOR),
            tuple(LineChangeKind.WIJZIGING, "-20000.00", ACTOR),
            tuple(LineChangeKind.REALISATIE, "30000.50", ACTOR));
  }

  @Test
  void theListHoldsOnlyWhatWasDraftedByTheDayWithItsStatusThen() {
    BegrotingenPage before = queries.handle(new FindBegrotingen(of(2020, 4, 30), 0, 10));
    assertThat(before.total()).isZero();
    assertThat(before.begrotingen()).isEmpty();

    BegrotingenPage submitted = queries.handle(new FindBegrotingen(of(2020, 6, 1), 0, 10));
    assertThat(submitted.begrotingen())
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.status()).isEqualTo(BegrotingStatus.INGEDIEND);
              assertThat(b.submittedOn()).isEqualTo(of(2020, 5, 15));
              assertThat(b.approvedOn()).isNull();
            });
  }

  @Test
  void anUnknownBegrotingOrLineIsNotFound() {
    assertThatThrownBy(
            () -> queries.handle(new FindBegroting(BegrotingId.random(), of(2021, 1, 1))))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("geen begroting");
    assertThatThrownBy(
            () ->
                queries.handle(
                    new FindLineHistory(begroting, "1.1", CostLine.DIRECTE_PERSONEELSLASTEN)))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("geen regel directe personeelslasten");
  }
}
