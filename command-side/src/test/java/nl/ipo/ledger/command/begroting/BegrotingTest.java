package nl.ipo.ledger.command.begroting;

import static java.time.LocalDate.of;
import static org.hamcrest.CoreMatchers.startsWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ipo.ledger.command.OtherAggregates;
import nl.ipo.ledger.kernel.begroting.Bedrag;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.AdoptJaarrekening;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.AmendBegroting;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.ApproveBegroting;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.DraftBegroting;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.LineChange;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.RecordRealisation;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.RecordWerkbudgetUse;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.SubmitBegroting;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Bron;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Content;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Opgave;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Programma;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Tegel;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.BegrotingAmended;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.BegrotingApproved;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.BegrotingDrafted;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.BegrotingSubmitted;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.JaarrekeningAdopted;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.RealisationRecorded;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.WerkbudgetUsed;
import nl.ipo.ledger.kernel.begroting.BegrotingId;
import nl.ipo.ledger.kernel.begroting.CostLine;
import nl.ipo.ledger.kernel.begroting.Nota;
import nl.ipo.ledger.kernel.begroting.OpgaveSoort;
import nl.ipo.ledger.kernel.besluit.BesluitId;
import nl.ipo.ledger.kernel.besluit.BesluitOutcome;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.common.CommandOutcome;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.error.ConflictException;
import nl.ipo.ledger.kernel.error.RuleViolationException;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent.MandaatGranted;
import nl.ipo.ledger.kernel.mandaat.MandaatId;
import nl.ipo.ledger.kernel.mandaat.MandaatScope;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BegrotingTest {

  private static final BegrotingId ID = BegrotingId.random();
  private static final LocalDate DRAFTED = of(2020, 5, 1);
  private static final LocalDate SUBMITTED = of(2020, 5, 15);
  private static final DecisionReference BESTUUR = new DecisionReference("Bestuur 2020-05-15");

  private FixtureConfiguration<Begroting> fixture;
  private OtherAggregates others;

  @BeforeEach
  void setUp() {
    others = new OtherAggregates().withStatutes();
    fixture = new AggregateTestFixture<>(Begroting.class);
    fixture.registerInjectableResource(others.begrotingLookups());
  }

  private static Bedrag k(long thousands) {
    return Bedrag.of(BigDecimal.valueOf(thousands * 1000));
  }

  private static Opgave opgave(
      String code, OpgaveSoort soort, long p, long d, long o, long totaal, int line) {
    return new Opgave(
        code,
        "Opgave " + code,
        soort,
        Map.of(
            CostLine.PROGRAMMALASTEN,
            k(p),
            CostLine.DIRECTE_PERSONEELSLASTEN,
            k(d),
            CostLine.OVERHEAD,
            k(o)),
        k(totaal),
        new Bron(line, code));
  }

  private static Content document(List<Opgave> opgaven) {
    return new Content(
        2021,
        "IPO Begroting 2021",
        "test",
        List.of(
            new Programma(1, "ROWW", k(2041), new Bron(2, "overzicht")),
            new Programma(2, "MEK", null, new Bron(3, "overzicht"))),
        opgaven,
        null,
        null,
        List.of(),
        List.of());
  }

  private static Content withTiles(List<Tegel> tegels) {
    Content plain = document(OPGAVEN);
    return new Content(
        plain.jaar(),
        plain.titel(),
        plain.bron(),
        plain.programmas(),
        plain.opgaven(),
        plain.statedTotaal(),
        plain.totaalBron(),
        plain.samenvatting(),
        plain.verklaringen(),
        BigDecimal.valueOf(1000),
        k(991),
        new Bron(12, "samenvatting"),
        tegels);
  }

  private static final List<Opgave> OPGAVEN =
      List.of(
          opgave("1.1", OpgaveSoort.BASIS, 125, 360, 231, 716, 4),
          opgave("1.5", OpgaveSoort.KASSIER, 1650, 0, 0, 1650, 5),
          opgave("2.1", OpgaveSoort.BASIS, 100, 100, 75, 275, 6));

  private BegrotingDrafted drafted() {
    return new BegrotingDrafted(ID, document(OPGAVEN), DRAFTED);
  }

  private BegrotingSubmitted submitted() {
    return new BegrotingSubmitted(ID, SUBMITTED, BESTUUR);
  }

  private BegrotingApproved approved(BesluitId besluit) {
    return new BegrotingApproved(
        ID,
        besluit,
        of(2020, 7, 2),
        new DecisionReference("Besluit AV 'begroting 2021' van 2020-07-02", besluit));
  }

  /** A besluit about the begroting 2021, the year of the test's begroting. */
  private BesluitId besluit(
      BesluitType type, GremiumType decider, BesluitOutcome outcome, LocalDate day) {
    return others.besluit(type, decider, outcome, day, type.label() + " 2021");
  }

  private static Matcher<?> rule(String code) {
    return Matchers.predicate(e -> e instanceof RuleViolationException r && r.rule().equals(code));
  }

  @Nested
  class Draft {

    @Test
    void givenNothing_whenDrafted_thenTheDocumentIsRecordedAsPrinted() {
      fixture
          .givenNoPriorActivity()
          .when(new DraftBegroting(ID, document(OPGAVEN), DRAFTED))
          .expectEvents(drafted())
          .expectResultMessagePayload(CommandOutcome.RECORDED);
    }

    @Test
    void givenDrafted_whenTheSameDocumentAgain_thenNoOp() {
      fixture
          .given(drafted())
          .when(new DraftBegroting(ID, document(OPGAVEN), DRAFTED))
          .expectNoEvents()
          .expectResultMessagePayload(CommandOutcome.UNCHANGED);
    }

    @Test
    void givenDrafted_whenAnotherDocumentUnderTheSameId_thenConflict() {
      fixture
          .given(drafted())
          .when(new DraftBegroting(ID, document(OPGAVEN.subList(0, 1)), DRAFTED))
          .expectNoEvents()
          .expectException(ConflictException.class);
    }

    @Test
    void givenNothing_whenAnOpgaveIsGivenTwice_thenRejectedNamingItsLine() {
      fixture
          .givenNoPriorActivity()
          .when(
              new DraftBegroting(
                  ID,
                  document(
                      List.of(OPGAVEN.get(0), opgave("1.1", OpgaveSoort.BASIS, 1, 1, 1, 3, 9))),
                  DRAFTED))
          .expectNoEvents()
          .expectException(
              Matchers.predicate(
                  e ->
                      e instanceof RuleViolationException r
                          && r.rule().equals(BegrotingRule.DOCUMENT_STRUCTURE)
                          && r.field().equals("line 9")));
    }

    @Test
    void givenNothing_whenAnOpgaveHasNoProgramme_thenRejected() {
      fixture
          .givenNoPriorActivity()
          .when(
              new DraftBegroting(
                  ID, document(List.of(opgave("7.1", OpgaveSoort.BASIS, 1, 1, 1, 3, 8))), DRAFTED))
          .expectNoEvents()
          .expectException(rule(BegrotingRule.DOCUMENT_STRUCTURE));
    }
  }

  @Nested
  class Tiles {

    @Test
    void givenNothing_whenEveryTileNamesABeleidsopgave_thenRecordedWithTheTiles() {
      Content document =
          withTiles(
              List.of(
                  new Tegel("1.1", k(715), new Bron(10, "overzicht ROWW")),
                  new Tegel(
                      "2.1", Bedrag.ofPlusPm(BigDecimal.valueOf(275_000)), new Bron(11, "x"))));
      fixture
          .givenNoPriorActivity()
          .when(new DraftBegroting(ID, document, DRAFTED))
          .expectEvents(new BegrotingDrafted(ID, document, DRAFTED))
          .expectResultMessagePayload(CommandOutcome.RECORDED);
    }

    @Test
    void givenNothing_whenATileNamesNoBeleidsopgaveOfTheDocument_thenRejectedNamingItsLine() {
      fixture
          .givenNoPriorActivity()
          .when(
              new DraftBegroting(
                  ID, withTiles(List.of(new Tegel("3.3", k(98), new Bron(10, "x")))), DRAFTED))
          .expectNoEvents()
          .expectException(
              Matchers.predicate(
                  e ->
                      e instanceof RuleViolationException r
                          && r.rule().equals(BegrotingRule.DOCUMENT_STRUCTURE)
                          && r.field().equals("line 10")
                          && r.getMessage()
                              .equals(
                                  "regel 10: de tegel noemt beleidsopgave 3.3, maar die"
                                      + " beleidsopgave staat niet in de begroting")));
    }

    @Test
    void givenNothing_whenABeleidsopgaveHasTwoTiles_thenRejectedNamingTheSecond() {
      fixture
          .givenNoPriorActivity()
          .when(
              new DraftBegroting(
                  ID,
                  withTiles(
                      List.of(
                          new Tegel("1.1", k(716), new Bron(10, "x")),
                          new Tegel("1.1", k(715), new Bron(11, "y")))),
                  DRAFTED))
          .expectNoEvents()
          .expectException(
              Matchers.predicate(
                  e ->
                      e instanceof RuleViolationException r
                          && r.field().equals("line 11")
                          && r.getMessage().contains("heeft al een tegel")));
    }
  }

  @Nested
  class SubmitAndApprove {

    @Test
    void givenDrafted_whenSubmitted_thenSubmitted() {
      fixture
          .given(drafted())
          .when(new SubmitBegroting(ID, SUBMITTED, BESTUUR))
          .expectEvents(submitted());
    }

    @Test
    void givenDrafted_whenSubmittedBeforeTheDraft_thenRejected() {
      fixture
          .given(drafted())
          .when(new SubmitBegroting(ID, DRAFTED.minusDays(1), BESTUUR))
          .expectNoEvents()
          .expectException(rule(BegrotingRule.PC_CYCLE_ORDER));
    }

    @Test
    void givenSubmitted_whenTheAvAdopted_thenApprovedOnTheBesluitsDate() {
      BesluitId besluit =
          besluit(BesluitType.BEGROTING, GremiumType.AV, BesluitOutcome.ADOPTED, of(2020, 7, 2));
      fixture
          .given(drafted(), submitted())
          .when(new ApproveBegroting(ID, besluit))
          .expectEvents(
              new BegrotingApproved(
                  ID,
                  besluit,
                  of(2020, 7, 2),
                  new DecisionReference("Besluit AV 'begroting 2021' van 2020-07-02", besluit)));
    }

    @Test
    void givenDrafted_whenApprovedBeforeSubmission_thenRejected() {
      BesluitId besluit =
          besluit(BesluitType.BEGROTING, GremiumType.AV, BesluitOutcome.ADOPTED, of(2020, 7, 2));
      fixture
          .given(drafted())
          .when(new ApproveBegroting(ID, besluit))
          .expectNoEvents()
          .expectException(rule(BegrotingRule.PC_CYCLE_ORDER));
    }

    @Test
    void givenSubmitted_whenTheBesluitIsTheBestuurs_thenRejected() {
      BesluitId besluit =
          besluit(
              BesluitType.BEGROTING, GremiumType.BESTUUR, BesluitOutcome.ADOPTED, of(2020, 7, 2));
      fixture
          .given(drafted(), submitted())
          .when(new ApproveBegroting(ID, besluit))
          .expectNoEvents()
          .expectException(rule(BegrotingRule.AV_DECIDES_BUDGET));
    }

    @Test
    void givenSubmitted_whenTheBesluitWasRejected_thenRejected() {
      BesluitId besluit =
          besluit(BesluitType.BEGROTING, GremiumType.AV, BesluitOutcome.REJECTED, of(2020, 7, 2));
      fixture
          .given(drafted(), submitted())
          .when(new ApproveBegroting(ID, besluit))
          .expectNoEvents()
          .expectException(rule(BegrotingRule.AV_DECIDES_BUDGET));
    }

    @Test
    void givenSubmitted_whenTheBesluitIsAJaarrekening_thenRejected() {
      BesluitId besluit =
          besluit(BesluitType.JAARREKENING, GremiumType.AV, BesluitOutcome.ADOPTED, of(2020, 7, 2));
      fixture
          .given(drafted(), submitted())
          .when(new ApproveBegroting(ID, besluit))
          .expectNoEvents()
          .expectException(rule(BegrotingRule.AV_DECIDES_BUDGET))
          .expectExceptionMessage(
              "Besluit 'jaarrekening 2021' van 2 juli 2020 is een jaarrekening, geen begroting");
    }

    @Test
    void givenSubmitted_whenTheBesluitIsAboutAnotherYear_thenRejected() {
      BesluitId lastYear =
          others.besluit(
              BesluitType.BEGROTING,
              GremiumType.AV,
              BesluitOutcome.ADOPTED,
              of(2020, 7, 2),
              "Begroting 2020");
      fixture
          .given(drafted(), submitted())
          .when(new ApproveBegroting(ID, lastYear))
          .expectNoEvents()
          .expectException(rule(BegrotingRule.AV_DECIDES_BUDGET));
    }

    @Test
    void givenSubmitted_whenTheBesluitIsUnknown_thenRejected() {
      fixture
          .given(drafted(), submitted())
          .when(new ApproveBegroting(ID, BesluitId.random()))
          .expectNoEvents()
          .expectException(rule(BegrotingRule.AV_DECIDES_BUDGET));
    }
  }

  @Nested
  class DuringTheYear {

    private BesluitId approval;

    @BeforeEach
    void approvedBudget() {
      approval =
          besluit(BesluitType.BEGROTING, GremiumType.AV, BesluitOutcome.ADOPTED, of(2020, 7, 2));
    }

    private List<LineChange> changes() {
      return List.of(new LineChange("1.1", CostLine.PROGRAMMALASTEN, new BigDecimal("-25000")));
    }

    @Test
    void givenApproved_whenTheAvAmendsViaTheVoorjaarsnota_thenAmendedWithItsBesluit() {
      BesluitId nota =
          besluit(
              BesluitType.BEGROTINGSWIJZIGING,
              GremiumType.AV,
              BesluitOutcome.ADOPTED,
              of(2021, 6, 30));
      fixture
          .given(drafted(), submitted(), approved(approval))
          .when(new AmendBegroting(ID, nota, Nota.VOORJAARSNOTA, of(2021, 7, 1), changes()))
          .expectEvents(
              new BegrotingAmended(
                  ID,
                  nota,
                  Nota.VOORJAARSNOTA,
                  of(2021, 7, 1),
                  changes(),
                  new DecisionReference(
                      "Besluit AV 'begrotingswijziging 2021' van 2021-06-30", nota)));
    }

    @Test
    void givenApproved_whenAnUnknownLineIsAmended_thenRejected() {
      BesluitId nota =
          besluit(
              BesluitType.BEGROTINGSWIJZIGING,
              GremiumType.AV,
              BesluitOutcome.ADOPTED,
              of(2021, 6, 30));
      fixture
          .given(drafted(), submitted(), approved(approval))
          .when(
              new AmendBegroting(
                  ID,
                  nota,
                  Nota.VOORJAARSNOTA,
                  of(2021, 7, 1),
                  List.of(new LineChange("9.9", CostLine.OVERHEAD, BigDecimal.ONE))))
          .expectNoEvents()
          .expectException(rule(BegrotingRule.LINE_EXISTS));
    }

    @Test
    void givenApproved_whenAmendedByTheBestuur_thenRejected() {
      BesluitId nota =
          besluit(
              BesluitType.BEGROTINGSWIJZIGING,
              GremiumType.BESTUUR,
              BesluitOutcome.ADOPTED,
              of(2021, 6, 30));
      fixture
          .given(drafted(), submitted(), approved(approval))
          .when(new AmendBegroting(ID, nota, Nota.NAJAARSNOTA, of(2021, 7, 1), changes()))
          .expectNoEvents()
          .expectException(rule(BegrotingRule.AV_DECIDES_BUDGET));
    }

    @Test
    void givenNotApproved_whenAmended_thenRejected() {
      BesluitId nota =
          besluit(
              BesluitType.BEGROTINGSWIJZIGING,
              GremiumType.AV,
              BesluitOutcome.ADOPTED,
              of(2021, 6, 30));
      fixture
          .given(drafted(), submitted())
          .when(new AmendBegroting(ID, nota, Nota.VOORJAARSNOTA, of(2021, 7, 1), changes()))
          .expectNoEvents()
          .expectException(rule(BegrotingRule.PC_CYCLE_ORDER));
    }

    @Test
    void givenApproved_whenRealisationRecorded_thenRecordedAndARepeatIsANoOp() {
      RecordRealisation realisation =
          new RecordRealisation(
              ID,
              "1.1",
              CostLine.OVERHEAD,
              new BigDecimal("120000"),
              of(2021, 6, 30),
              "voorjaarsnota");
      fixture
          .given(drafted(), submitted(), approved(approval))
          .when(realisation)
          .expectEvents(
              new RealisationRecorded(
                  ID,
                  "1.1",
                  CostLine.OVERHEAD,
                  new BigDecimal("120000"),
                  of(2021, 6, 30),
                  "voorjaarsnota"));
      fixture
          .given(
              drafted(),
              submitted(),
              approved(approval),
              new RealisationRecorded(
                  ID,
                  "1.1",
                  CostLine.OVERHEAD,
                  new BigDecimal("120000"),
                  of(2021, 6, 30),
                  "voorjaarsnota"))
          .when(realisation)
          .expectNoEvents();
    }

    @Test
    void givenApproved_whenRealisationBeforeTheYear_thenRejected() {
      fixture
          .given(drafted(), submitted(), approved(approval))
          .when(
              new RecordRealisation(
                  ID, "1.1", CostLine.OVERHEAD, BigDecimal.ONE, of(2020, 12, 31), "x"))
          .expectNoEvents()
          .expectException(rule(BegrotingRule.PC_CYCLE_ORDER));
    }

    @Test
    void givenApproved_whenTheAvAdoptsTheJaarrekening_thenAdoptedAndTheBegrotingCloses() {
      BesluitId jaarrekening =
          besluit(
              BesluitType.JAARREKENING, GremiumType.AV, BesluitOutcome.ADOPTED, of(2022, 6, 29));
      JaarrekeningAdopted adopted =
          new JaarrekeningAdopted(
              ID,
              jaarrekening,
              of(2022, 6, 29),
              "Controleverklaring 2022-05-20",
              new DecisionReference("Besluit AV 'jaarrekening 2021' van 2022-06-29", jaarrekening));
      fixture
          .given(drafted(), submitted(), approved(approval))
          .when(new AdoptJaarrekening(ID, jaarrekening, "Controleverklaring 2022-05-20"))
          .expectEvents(adopted);
      fixture
          .given(drafted(), submitted(), approved(approval), adopted)
          .when(
              new RecordRealisation(
                  ID, "1.1", CostLine.OVERHEAD, BigDecimal.ONE, of(2022, 7, 1), "x"))
          .expectNoEvents()
          .expectException(rule(BegrotingRule.PC_CYCLE_ORDER));
    }
  }

  @Nested
  class Werkbudget {

    private final MandaatId mandaat = MandaatId.random();
    private final Party directie = Party.person("Directie IPO");
    private BesluitId approval;

    @BeforeEach
    void werkbudgetMandate() {
      approval =
          besluit(BesluitType.BEGROTING, GremiumType.AV, BesluitOutcome.ADOPTED, of(2020, 7, 2));
      GremiumId av = others.gremium("Algemene Vergadering", GremiumType.AV, of(2003, 1, 1));
      others.mandate(
          new MandaatGranted(
              mandaat,
              Party.gremium(av),
              directie,
              new MandaatScope(Set.of(BesluitType.BEGROTING), List.of("werkbudget")),
              new BigDecimal("150000"),
              of(2021, 1, 1),
              of(2022, 1, 1),
              "rapportage via voor- en najaarsnota",
              null,
              new DecisionReference("AV 2020-07-02")));
    }

    private RecordWerkbudgetUse use(String amount, Party by) {
      return new RecordWerkbudgetUse(
          ID, mandaat, by, new BigDecimal(amount), of(2021, 3, 1), "opdracht");
    }

    @Test
    void givenAWerkbudgetMandate_whenTheDirectieUsesItWithinTheBudget_thenRecorded() {
      fixture
          .given(drafted(), submitted(), approved(approval))
          .when(use("100000", directie))
          .expectEvents(
              new WerkbudgetUsed(
                  ID, mandaat, directie, new BigDecimal("100000"), of(2021, 3, 1), "opdracht"));
    }

    @Test
    void givenUseSoFar_whenTheTotalWouldExceedTheWerkbudget_thenRejected() {
      fixture
          .given(
              drafted(),
              submitted(),
              approved(approval),
              new WerkbudgetUsed(
                  ID, mandaat, directie, new BigDecimal("100000"), of(2021, 2, 1), "eerder"))
          .when(use("50000.01", directie))
          .expectNoEvents()
          .expectException(rule(BegrotingRule.WERKBUDGET_WITHIN_MANDATE))
          .expectExceptionMessage(
              startsWith(
                  "€ 50.000,01 bovenop de al gebruikte € 100.000,00 is meer dan het werkbudget van"
                      + " € 150.000,00 onder mandaat "));
    }

    @Test
    void givenAUse_whenTheSameUseIsRetried_thenNoOp() {
      fixture
          .given(
              drafted(),
              submitted(),
              approved(approval),
              new WerkbudgetUsed(
                  ID, mandaat, directie, new BigDecimal("100000"), of(2021, 3, 1), "opdracht"))
          .when(use("100000", directie))
          .expectNoEvents()
          .expectResultMessagePayload(CommandOutcome.UNCHANGED);
    }

    @Test
    void givenAWerkbudgetMandate_whenUsedOutsideTheBudgetYear_thenRejected() {
      fixture
          .given(drafted(), submitted(), approved(approval))
          .when(
              new RecordWerkbudgetUse(
                  ID, mandaat, directie, BigDecimal.TEN, of(2022, 3, 1), "later"))
          .expectNoEvents()
          .expectException(rule(BegrotingRule.PC_CYCLE_ORDER));
    }

    @Test
    void givenAWerkbudgetMandate_whenSomeoneElseUsesIt_thenRejected() {
      fixture
          .given(drafted(), submitted(), approved(approval))
          .when(use("1000", Party.person("Iemand")))
          .expectNoEvents()
          .expectException(rule("MANDATE_SCOPE"));
    }
  }
}
