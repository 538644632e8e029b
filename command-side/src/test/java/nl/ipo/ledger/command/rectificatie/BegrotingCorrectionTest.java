package nl.ipo.ledger.command.rectificatie;

import static java.time.LocalDate.of;
import static nl.ipo.ledger.command.rectificatie.Corrections.accepted;
import static nl.ipo.ledger.command.rectificatie.Corrections.rejected;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ipo.ledger.kernel.begroting.Bedrag;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.LineChange;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Bron;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Content;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Opgave;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Programma;
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
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent.MandaatGranted;
import nl.ipo.ledger.kernel.mandaat.MandaatId;
import nl.ipo.ledger.kernel.mandaat.MandaatScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BegrotingCorrectionTest {

  private static final BegrotingId ID = BegrotingId.random();
  private static final LocalDate DRAFTED = of(2020, 5, 1);
  private static final LocalDate APPROVED = of(2020, 7, 2);
  private static final DecisionReference BESTUUR = new DecisionReference("Bestuur 2020-05-15");
  private static final Party DIRECTIE = Party.person("Directie IPO");

  private Corrections corrections;
  private String draft;
  private String submission;
  private String approval;
  private BesluitId approvedBy;

  @BeforeEach
  void setUp() {
    corrections = new Corrections();
    approvedBy = besluit(BesluitType.BEGROTING, GremiumType.AV, APPROVED);
    draft = corrections.record(new BegrotingDrafted(ID, document("IPO Begroting 2021"), DRAFTED));
    submission = corrections.record(new BegrotingSubmitted(ID, of(2020, 5, 15), BESTUUR));
    approval = corrections.record(approved(approvedBy, APPROVED));
  }

  private BesluitId besluit(BesluitType type, GremiumType decider, LocalDate day) {
    return corrections.others.besluit(
        type, decider, BesluitOutcome.ADOPTED, day, type.label() + " 2021");
  }

  private static DecisionReference reference(BesluitType type, BesluitId besluit, LocalDate day) {
    return new DecisionReference("Besluit AV '" + type.label() + " 2021' van " + day, besluit);
  }

  private static BegrotingApproved approved(BesluitId besluit, LocalDate day) {
    return new BegrotingApproved(ID, besluit, day, reference(BesluitType.BEGROTING, besluit, day));
  }

  private static Bedrag k(long thousands) {
    return Bedrag.of(BigDecimal.valueOf(thousands * 1000));
  }

  private static Opgave opgave(String code, int line) {
    return new Opgave(
        code,
        "Opgave " + code,
        OpgaveSoort.BASIS,
        Map.of(
            CostLine.PROGRAMMALASTEN,
            k(100),
            CostLine.DIRECTE_PERSONEELSLASTEN,
            k(60),
            CostLine.OVERHEAD,
            k(50)),
        k(210),
        new Bron(line, code));
  }

  private static Content document(String titel, Opgave... opgaven) {
    return new Content(
        2021,
        titel,
        "test",
        List.of(new Programma(1, "ROWW", null, new Bron(2, "overzicht"))),
        opgaven.length == 0 ? List.of(opgave("1.1", 4)) : List.of(opgaven),
        null,
        null,
        List.of(),
        List.of());
  }

  @Test
  void givenADraft_whenItsTitleIsCorrected_thenCorrected() {
    accepted(
        corrections.correct(
            draft, new BegrotingDrafted(ID, document("IPO-begroting 2021"), DRAFTED)),
        draft);
  }

  @Test
  void givenADraft_whenCorrectedToADocumentWithAnOpgaveTwice_thenRejectedByItsStructure() {
    rejected(
        corrections.correct(
            draft,
            new BegrotingDrafted(
                ID, document("IPO Begroting 2021", opgave("1.1", 4), opgave("1.1", 5)), DRAFTED)),
        "DOCUMENT_STRUCTURE");
  }

  @Test
  void givenASubmission_whenItsDateIsCorrectedAfterTheDraft_thenCorrected() {
    accepted(
        corrections.correct(submission, new BegrotingSubmitted(ID, of(2020, 5, 20), BESTUUR)),
        submission);
  }

  @Test
  void givenASubmission_whenCorrectedToBeforeTheDraft_thenRejectedByTheCycleOrder() {
    rejected(
        corrections.correct(submission, new BegrotingSubmitted(ID, of(2020, 4, 1), BESTUUR)),
        "PC_CYCLE_ORDER",
        "replacement.submittedOn");
  }

  @Test
  void givenAnApproval_whenCorrectedToAnotherAvBesluitWithItsDate_thenCorrected() {
    LocalDate later = of(2020, 7, 9);
    BesluitId other = besluit(BesluitType.BEGROTING, GremiumType.AV, later);
    accepted(corrections.correct(approval, approved(other, later)), approval);
  }

  @Test
  void givenAnApproval_whenCorrectedToABesluitOfTheBestuur_thenRejectedAsTheAvDecides() {
    BesluitId bestuur = besluit(BesluitType.BEGROTING, GremiumType.BESTUUR, APPROVED);
    rejected(
        corrections.correct(approval, approved(bestuur, APPROVED)),
        "AV_DECIDES_BUDGET",
        "replacement.besluitId");
  }

  @Test
  void givenAnApproval_whenItsDateIsCorrectedAwayFromTheBesluits_thenRejected() {
    rejected(
        corrections.correct(
            approval,
            new BegrotingApproved(
                ID,
                approvedBy,
                of(2020, 7, 3),
                reference(BesluitType.BEGROTING, approvedBy, APPROVED))),
        "CORRECTION_OBEYS_THE_RULES",
        "replacement.approvedOn");
  }

  private BegrotingAmended amended(BesluitId besluit, LocalDate day, String code, long delta) {
    return new BegrotingAmended(
        ID,
        besluit,
        Nota.NAJAARSNOTA,
        day,
        List.of(new LineChange(code, CostLine.PROGRAMMALASTEN, BigDecimal.valueOf(delta))),
        reference(BesluitType.BEGROTINGSWIJZIGING, besluit, day));
  }

  @Test
  void givenAnAmendment_whenItsChangeIsCorrected_thenCorrected() {
    LocalDate day = of(2021, 11, 4);
    BesluitId wijziging = besluit(BesluitType.BEGROTINGSWIJZIGING, GremiumType.AV, day);
    String amendment = corrections.record(amended(wijziging, day, "1.1", 10_000));
    accepted(corrections.correct(amendment, amended(wijziging, day, "1.1", 12_000)), amendment);
  }

  @Test
  void givenAnAmendment_whenCorrectedToALineTheBegrotingLacks_thenRejected() {
    LocalDate day = of(2021, 11, 4);
    BesluitId wijziging = besluit(BesluitType.BEGROTINGSWIJZIGING, GremiumType.AV, day);
    String amendment = corrections.record(amended(wijziging, day, "1.1", 10_000));
    rejected(corrections.correct(amendment, amended(wijziging, day, "9.9", 10_000)), "LINE_EXISTS");
  }

  private static RealisationRecorded realised(String code, String amount) {
    return new RealisationRecorded(
        ID, code, CostLine.PROGRAMMALASTEN, new BigDecimal(amount), of(2021, 6, 30), "AFAS");
  }

  @Test
  void givenARealisation_whenItsAmountIsCorrected_thenCorrected() {
    String realisation = corrections.record(realised("1.1", "40000"));
    accepted(corrections.correct(realisation, realised("1.1", "45000")), realisation);
  }

  @Test
  void givenARealisation_whenCorrectedToALineTheBegrotingLacks_thenRejected() {
    String realisation = corrections.record(realised("1.1", "40000"));
    rejected(corrections.correct(realisation, realised("2.1", "40000")), "LINE_EXISTS");
  }

  private static JaarrekeningAdopted jaarrekening(
      BesluitId besluit, BesluitType type, LocalDate day, String statement) {
    return new JaarrekeningAdopted(ID, besluit, day, statement, reference(type, besluit, day));
  }

  @Test
  void givenAJaarrekening_whenTheAuditorsStatementIsCorrected_thenCorrected() {
    LocalDate day = of(2022, 6, 30);
    BesluitId vaststelling = besluit(BesluitType.JAARREKENING, GremiumType.AV, day);
    String adoption =
        corrections.record(
            jaarrekening(vaststelling, BesluitType.JAARREKENING, day, "goedkeurend"));
    accepted(
        corrections.correct(
            adoption,
            jaarrekening(
                vaststelling, BesluitType.JAARREKENING, day, "goedkeurende controleverklaring")),
        adoption);
  }

  @Test
  void givenAJaarrekening_whenCorrectedToTheBegrotingsBesluit_thenRejectedAsTheWrongKind() {
    LocalDate day = of(2022, 6, 30);
    BesluitId vaststelling = besluit(BesluitType.JAARREKENING, GremiumType.AV, day);
    String adoption =
        corrections.record(
            jaarrekening(vaststelling, BesluitType.JAARREKENING, day, "goedkeurend"));
    rejected(
        corrections.correct(
            adoption, jaarrekening(approvedBy, BesluitType.BEGROTING, APPROVED, "goedkeurend")),
        "AV_DECIDES_BUDGET");
  }

  private MandaatId werkbudgetMandate() {
    MandaatId mandaat = MandaatId.random();
    GremiumId av =
        corrections.others.gremium("Algemene Vergadering", GremiumType.AV, of(2003, 1, 1));
    corrections.others.mandate(
        new MandaatGranted(
            mandaat,
            Party.gremium(av),
            DIRECTIE,
            new MandaatScope(Set.of(BesluitType.BEGROTING), List.of("werkbudget")),
            new BigDecimal("150000"),
            of(2021, 1, 1),
            of(2022, 1, 1),
            null,
            null,
            new DecisionReference("AV 2020-07-02")));
    return mandaat;
  }

  private static WerkbudgetUsed use(MandaatId mandaat, String amount, String description) {
    return new WerkbudgetUsed(
        ID, mandaat, DIRECTIE, new BigDecimal(amount), of(2021, 3, 1), description);
  }

  @Test
  void givenAWerkbudgetUse_whenItsDescriptionIsCorrected_thenCorrected() {
    MandaatId mandaat = werkbudgetMandate();
    String use = corrections.record(use(mandaat, "100000", "opdracht"));
    accepted(corrections.correct(use, use(mandaat, "100000", "opdracht onderzoek")), use);
  }

  @Test
  void givenAWerkbudgetUse_whenCorrectedBeyondTheMandatesCeiling_thenRejected() {
    MandaatId mandaat = werkbudgetMandate();
    corrections.record(use(mandaat, "100000", "eerder"));
    String use = corrections.record(use(mandaat, "20000", "opdracht"));
    rejected(
        corrections.correct(use, use(mandaat, "50000.01", "opdracht")),
        "WERKBUDGET_WITHIN_MANDATE",
        "replacement.amount");
  }
}
