package nl.ipo.ledger.query.begroting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import nl.ipo.ledger.kernel.begroting.Bedrag;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.Finding;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.SamenvattingRij;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.Severity;
import nl.ipo.ledger.kernel.begroting.CostLine;
import nl.ipo.ledger.kernel.begroting.OpgaveSoort;
import nl.ipo.ledger.query.begroting.ConsistencyChecks.Document;
import nl.ipo.ledger.query.begroting.ConsistencyChecks.Line;
import nl.ipo.ledger.query.begroting.ConsistencyChecks.Opgave;
import nl.ipo.ledger.query.begroting.ConsistencyChecks.Programma;
import nl.ipo.ledger.query.begroting.ConsistencyChecks.Tegel;
import org.junit.jupiter.api.Test;

/**
 * The checks that compare the overview pages, the detail pages and the summary table, on a small
 * document in thousands of euros whose every difference is known by construction. The full table of
 * the shipped Begroting 2021 is checked through the API (BegrotingApiContract).
 */
class ConsistencyChecksTest {

  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private static BigDecimal k(long thousands) {
    return BigDecimal.valueOf(thousands).multiply(THOUSAND);
  }

  private static Bedrag b(long thousands) {
    return Bedrag.of(k(thousands));
  }

  private static Opgave opgave(
      String code, OpgaveSoort soort, Bedrag p, long d, long o, long totaal, int line) {
    return new Opgave(
        code,
        "Opgave " + code,
        Integer.parseInt(code.substring(0, code.indexOf('.'))),
        soort,
        b(totaal),
        "line " + line + ", detailpagina " + code,
        List.of(
            new Line(CostLine.PROGRAMMALASTEN, p.value(), p.pm()),
            new Line(CostLine.DIRECTE_PERSONEELSLASTEN, k(d), false),
            new Line(CostLine.OVERHEAD, k(o), false)));
  }

  /** Programme 1: 1.1 (basis, 100) and 1.2 (kassier, 50 with a p.m. programmalast). */
  private static final List<Opgave> OPGAVEN =
      List.of(
          opgave("1.1", OpgaveSoort.BASIS, b(40), 40, 20, 100, 10),
          opgave("1.2", OpgaveSoort.KASSIER, Bedrag.pm(null), 30, 20, 50, 11));

  private static final List<Programma> PROGRAMMAS =
      List.of(new Programma(1, "Eerste", Bedrag.ofPlusPm(k(150)), "line 2, totaaloverzicht r. 5"));

  private static SamenvattingRij row(
      String regel, long wordt1, long kassier, long wordt2, int line, CostLine... lines) {
    return new SamenvattingRij(
        regel,
        null,
        k(wordt1),
        k(kassier),
        k(wordt2),
        null,
        "line " + line + ", samenvatting r. " + line,
        List.of(lines));
  }

  private static Document document(
      List<Tegel> tegels, List<SamenvattingRij> rows, Bedrag totaal, Bedrag basis) {
    return new Document(
        THOUSAND,
        PROGRAMMAS,
        OPGAVEN,
        totaal,
        "line 30, samenvatting Totaal",
        basis,
        "line 31, samenvatting Totaal Wordt (2)",
        rows,
        List.of(),
        tegels);
  }

  private static List<Finding> findings(Document doc, String check) {
    return ConsistencyChecks.run(doc).findings().stream()
        .filter(f -> f.check().equals(check))
        .toList();
  }

  @Test
  void aTileIsComparedWithItsDetailPageAndARoundingDifferenceIsNamedSo() {
    Document doc =
        document(
            List.of(
                new Tegel("1.1", b(99), "line 3, overzichtspagina r. 7"),
                new Tegel("1.2", Bedrag.ofPlusPm(k(55)), "line 4, overzichtspagina r. 8")),
            List.of(),
            null,
            null);

    assertThat(findings(doc, "TEGEL"))
        .extracting(
            Finding::severity,
            Finding::stated,
            Finding::computed,
            Finding::difference,
            Finding::where,
            Finding::fromWhere)
        .containsExactly(
            tuple(
                Severity.AFRONDING,
                k(99),
                k(100),
                k(-1),
                "overzichtspagina r. 7 (importregel 3)",
                "detailpagina 1.1 (importregel 10)"),
            tuple(
                Severity.VERSCHIL,
                k(55),
                k(50),
                k(5),
                "overzichtspagina r. 8 (importregel 4)",
                "detailpagina 1.2 (importregel 11)"));
    assertThat(findings(doc, "TEGEL").get(1).subject())
        .isEqualTo(
            "het bedrag bij beleidsopgave 1.2 Opgave 1.2 op de overzichtspagina van programma 1"
                + " (gedrukt met + p.m.)");
    // the tiles sum to 99 + 55 = 154 against the printed 150 + p.m.
    assertThat(findings(doc, "TEGELS_PROGRAMMA"))
        .extracting(Finding::stated, Finding::computed, Finding::severity, Finding::fromWhere)
        .containsExactly(tuple(k(150), k(154), Severity.VERSCHIL, "importregels 3-4"));
  }

  @Test
  void aProgrammeWithoutATileForEveryBeleidsopgaveIsNotSummedFromItsTiles() {
    Document doc = document(List.of(new Tegel("1.1", b(150), "line 3, x")), List.of(), null, null);

    ConsistencyChecks report = ConsistencyChecks.run(doc);
    assertThat(report.findings()).extracting(Finding::check).containsExactly("TEGEL");
  }

  @Test
  void theDetailPagesAreComparedWithTheGrandTotalAndThePrintedBasis() {
    Document doc = document(List.of(), List.of(), b(151), b(97));

    assertThat(findings(doc, "DETAIL_TOTAAL"))
        .extracting(Finding::stated, Finding::computed, Finding::severity, Finding::fromWhere)
        .containsExactly(tuple(k(151), k(150), Severity.AFRONDING, "importregels 10-11"));
    assertThat(findings(doc, "BASIS_TOTAAL"))
        .extracting(Finding::stated, Finding::computed, Finding::severity, Finding::where)
        .containsExactly(
            tuple(
                k(97),
                k(100),
                Severity.VERSCHIL,
                "samenvatting Totaal Wordt (2) (importregel 31)"));
  }

  @Test
  void theSummaryRowsAreComparedWithTheCostLinesTheyDeclare() {
    // all: programmalasten 40 (+ p.m.), direct 70, overhead 40; kassier: p.m., 30, 20; basis: 40,
    // 40, 20. Overhead is split over two rows, as the Begroting 2021 prints it.
    List<SamenvattingRij> rows =
        List.of(
            row("Programmalasten", 40, 0, 40, 20, CostLine.PROGRAMMALASTEN),
            row("Personeel", 71, -30, 41, 21, CostLine.DIRECTE_PERSONEELSLASTEN),
            row("Personeel overig", 10, -5, 5, 22, CostLine.OVERHEAD),
            row("Huisvesting", 32, -15, 15, 23, CostLine.OVERHEAD),
            row("Totaal", 151, -52, 101, 24));

    List<Finding> found = findings(document(List.of(), rows, null, null), "DETAIL_SAMENVATTING");

    assertThat(found)
        .extracting(Finding::subject, Finding::stated, Finding::computed, Finding::severity)
        .containsExactly(
            tuple("kolom Wordt (1), rij 'Personeel'", k(71), k(70), Severity.AFRONDING),
            tuple(
                "kolom Wordt (1), rijen 'Personeel overig' + 'Huisvesting'",
                k(42),
                k(40),
                Severity.VERSCHIL),
            tuple("kolom Wordt (1), rij 'Totaal'", k(151), k(150), Severity.AFRONDING),
            tuple("kolom Kassiersfunctie, rij 'Totaal'", k(-52), k(-50), Severity.VERSCHIL),
            tuple("kolom Wordt (2), rij 'Personeel'", k(41), k(40), Severity.AFRONDING),
            tuple("kolom Wordt (2), rij 'Totaal'", k(101), k(100), Severity.AFRONDING));
    Finding overhead = found.get(1);
    assertThat(overhead.where())
        .isEqualTo("samenvatting r. 22 (importregel 22); samenvatting r. 23 (importregel 23)");
    assertThat(overhead.from())
        .isEqualTo("de overhead op de detailpagina's van alle 2 beleidsopgaven");
    assertThat(found.get(3).from())
        .isEqualTo("min de gedrukte totalen op de detailpagina's van de kassiersfuncties (1.2)");
  }

  @Test
  void theTotaalRowIsNotComparedAgainWhereTheGrandTotalAndTheBasisAlreadyAre() {
    // Wordt (1) 151 and Wordt (2) 101 are the TOTAAL and BASIS figures: compared once each
    List<SamenvattingRij> rows = List.of(row("Totaal", 151, -51, 101, 24));

    assertThat(ConsistencyChecks.run(document(List.of(), rows, b(151), b(101))).findings())
        .filteredOn(f -> f.check().startsWith("DETAIL_") || f.check().equals("BASIS_TOTAAL"))
        .extracting(Finding::check, Finding::subject)
        .containsExactly(
            tuple("DETAIL_TOTAAL", "het eindtotaal van de begroting"),
            tuple("BASIS_TOTAAL", "het gedrukte totaal van de basisbegroting"),
            tuple("DETAIL_SAMENVATTING", "kolom Kassiersfunctie, rij 'Totaal'"));
  }

  @Test
  void aDocumentWithoutTheOverviewFiguresHasNoneOfTheirChecks() {
    ConsistencyChecks report = ConsistencyChecks.run(document(List.of(), List.of(), null, null));

    // 1.1's lines add up (1.2 has a p.m. line and is not summed); programme 1 prints 150 + p.m.
    assertThat(report.checks()).isEqualTo(2);
    assertThat(report.findings()).isEmpty();
  }

  @Test
  void withoutARecordedUnitEveryEuroCounts() {
    assertThat(Severity.of(BigDecimal.ONE, null)).isEqualTo(Severity.AFRONDING);
    assertThat(Severity.of(new BigDecimal("1.01"), null)).isEqualTo(Severity.VERSCHIL);
    assertThat(Severity.of(k(-1), THOUSAND)).isEqualTo(Severity.AFRONDING);
    assertThat(Severity.of(k(-1).subtract(BigDecimal.ONE), THOUSAND)).isEqualTo(Severity.VERSCHIL);
  }
}
