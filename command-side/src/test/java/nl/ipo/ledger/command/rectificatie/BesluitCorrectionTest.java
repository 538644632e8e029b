package nl.ipo.ledger.command.rectificatie;

import static java.time.LocalDate.of;
import static nl.ipo.ledger.command.rectificatie.Corrections.accepted;
import static nl.ipo.ledger.command.rectificatie.Corrections.rejected;

import java.time.LocalDate;
import java.util.List;
import nl.ipo.ledger.command.OtherAggregates;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.AdviceRecorded;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitEffectCarriedOut;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitEffectFailed;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitTaken;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelDeferred;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelDiscussed;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelPlacedOnAgenda;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelSubmitted;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelWithdrawn;
import nl.ipo.ledger.kernel.besluit.BesluitId;
import nl.ipo.ledger.kernel.besluit.BesluitOutcome;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.besluit.CompetenceBasis;
import nl.ipo.ledger.kernel.besluit.Effect;
import nl.ipo.ledger.kernel.besluit.VoteTally;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.kernel.vergadering.VergaderingId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BesluitCorrectionTest {

  private static final BesluitId ID = BesluitId.random();
  private static final Party DIRECTEUR = Party.person("Algemeen Directeur");
  private static final String SUBJECT = "Focus in de Samenwerking: nieuwe BAC-structuur";
  private static final LocalDate SUBMITTED = of(2023, 5, 1);
  private static final LocalDate DECIDED = of(2023, 7, 6);
  private static final LocalDate SEPT = of(2023, 9, 1);

  private Corrections corrections;
  private GremiumId bestuur;
  private GremiumId roww;
  private GremiumId mobiliteit;
  private GremiumId financien;
  private final GremiumId wonen = GremiumId.random();
  private VergaderingId bestuurMay;
  private VergaderingId bestuurJuly;
  private VergaderingId bacJuly;
  private String submission;

  @BeforeEach
  void setUp() {
    corrections = new Corrections();
    OtherAggregates others = corrections.others;
    bestuur = others.gremium("IPO-bestuur", GremiumType.BESTUUR, of(2003, 1, 1));
    roww = others.gremium("BAC ROWW", GremiumType.BAC, of(2015, 1, 1));
    mobiliteit = others.gremium("BAC Mobiliteit", GremiumType.BAC, of(2015, 1, 1));
    financien = others.gremium("BAC Financiën", GremiumType.BAC, of(2015, 1, 1));
    bestuurMay = others.meeting(bestuur, of(2023, 5, 11));
    bestuurJuly = others.meeting(bestuur, DECIDED);
    bacJuly = others.meeting(roww, DECIDED);
    submission = corrections.record(submitted(SUBJECT, BesluitType.STRUCTUURWIJZIGING));
  }

  private Effect merger() {
    return new Effect.MergeGremia(
        List.of(roww, mobiliteit),
        wonen,
        "BAC Wonen & Bereikbaarheid",
        GremiumType.BAC,
        null,
        SEPT);
  }

  private VoorstelSubmitted submitted(String subject, BesluitType type) {
    return new VoorstelSubmitted(
        ID, subject, type, DIRECTEUR, bestuur, SUBMITTED, List.of(merger()));
  }

  private VoorstelPlacedOnAgenda onAgenda(VergaderingId meeting, LocalDate day, String item) {
    return new VoorstelPlacedOnAgenda(ID, meeting, bestuur, GremiumType.BESTUUR, day, item);
  }

  private BesluitTaken taken(GremiumId body, GremiumType type, VergaderingId meeting, String note) {
    return new BesluitTaken(
        ID,
        SUBJECT,
        BesluitType.STRUCTUURWIJZIGING,
        Party.gremium(body),
        type,
        DECIDED,
        meeting,
        BesluitOutcome.ADOPTED,
        List.of(merger()),
        List.of(),
        VoteTally.of(List.of()),
        null,
        null,
        CompetenceBasis.ownCompetence(GremiumType.BESTUUR, OtherAggregates.STATUTEN.text()),
        note);
  }

  @Test
  void givenASubmission_whenItsSubjectIsCorrected_thenCorrected() {
    accepted(
        corrections.correct(
            submission, submitted("Focus in de samenwerking", BesluitType.STRUCTUURWIJZIGING)),
        submission);
  }

  @Test
  void givenASubmission_whenCorrectedIntoABegrotingWithStructuralEffects_thenRejected() {
    rejected(
        corrections.correct(submission, submitted(SUBJECT, BesluitType.BEGROTING)),
        "EFFECTS_MATCH_TYPE");
  }

  @Test
  void givenAnAgendaEntry_whenItsItemIsCorrected_thenCorrected() {
    String entry = corrections.record(onAgenda(bestuurMay, of(2023, 5, 11), "4"));
    accepted(corrections.correct(entry, onAgenda(bestuurMay, of(2023, 5, 11), "4a")), entry);
  }

  @Test
  void givenAnAgendaEntry_whenCorrectedToAMeetingBeforeTheSubmission_thenRejected() {
    VergaderingId early = corrections.others.meeting(bestuur, of(2023, 4, 1));
    String entry = corrections.record(onAgenda(bestuurMay, of(2023, 5, 11), "4"));
    rejected(
        corrections.correct(entry, onAgenda(early, of(2023, 4, 1), "4")),
        "DATES_ORDERED",
        "replacement.vergaderingId");
  }

  @Test
  void givenAnAgendaEntry_whenCorrectedToADayTheMeetingIsNotOn_thenRejected() {
    String entry = corrections.record(onAgenda(bestuurMay, of(2023, 5, 11), "4"));
    rejected(
        corrections.correct(entry, onAgenda(bestuurMay, of(2023, 5, 12), "4")),
        "CORRECTION_OBEYS_THE_RULES",
        "replacement.meetingDate");
  }

  @Test
  void givenADiscussion_whenItsSummaryIsCorrected_thenCorrected() {
    corrections.record(onAgenda(bestuurMay, of(2023, 5, 11), "4"));
    String discussion =
        corrections.record(
            new VoorstelDiscussed(
                ID, bestuurMay, bestuur, GremiumType.BESTUUR, of(2023, 5, 11), "besproken"));
    accepted(
        corrections.correct(
            discussion,
            new VoorstelDiscussed(
                ID, bestuurMay, bestuur, GremiumType.BESTUUR, of(2023, 5, 11), "uitvoerig")),
        discussion);
  }

  @Test
  void givenADiscussion_whenCorrectedToAMeetingWithoutTheVoorstel_thenRejected() {
    corrections.record(onAgenda(bestuurMay, of(2023, 5, 11), "4"));
    String discussion =
        corrections.record(
            new VoorstelDiscussed(
                ID, bestuurMay, bestuur, GremiumType.BESTUUR, of(2023, 5, 11), "besproken"));
    rejected(
        corrections.correct(
            discussion,
            new VoorstelDiscussed(ID, bacJuly, roww, GremiumType.BAC, DECIDED, "besproken")),
        "NOT_ON_AGENDA");
  }

  @Test
  void givenAdvice_whenItsTextIsCorrected_thenCorrected() {
    String advice =
        corrections.record(
            new AdviceRecorded(ID, financien, GremiumType.BAC, of(2023, 6, 1), null, "positief"));
    accepted(
        corrections.correct(
            advice,
            new AdviceRecorded(
                ID, financien, GremiumType.BAC, of(2023, 6, 1), null, "positief, met zorgen")),
        advice);
  }

  @Test
  void givenAdvice_whenCorrectedToTheDecidingBestuur_thenRejectedByAdvisoryCompetence() {
    String advice =
        corrections.record(
            new AdviceRecorded(ID, financien, GremiumType.BAC, of(2023, 6, 1), null, "positief"));
    rejected(
        corrections.correct(
            advice,
            new AdviceRecorded(ID, bestuur, GremiumType.BESTUUR, of(2023, 6, 1), null, "positief")),
        "ADVISORY_COMPETENCE");
  }

  @Test
  void givenABesluit_whenItsSummaryIsCorrected_thenCorrectedWhateverItsCompetenceBasisSays() {
    corrections.record(onAgenda(bestuurJuly, DECIDED, "7"));
    String besluit =
        corrections.record(taken(bestuur, GremiumType.BESTUUR, bestuurJuly, "aangenomen"));
    BesluitTaken corrected = taken(bestuur, GremiumType.BESTUUR, bestuurJuly, "unaniem");
    accepted(
        corrections.correct(
            besluit,
            new BesluitTaken(
                corrected.besluitId(),
                corrected.subject(),
                corrected.besluitType(),
                corrected.decider(),
                corrected.deciderType(),
                corrected.decisionDate(),
                corrected.vergaderingId(),
                corrected.outcome(),
                corrected.effects(),
                corrected.votes(),
                corrected.tally(),
                null,
                null,
                CompetenceBasis.ownCompetence(
                    null, "bevoegdheid van het bestuur volgens de statuten"),
                corrected.summary())),
        besluit);
  }

  @Test
  void givenABesluit_whenCorrectedToABacThatIsNotCompetent_thenRejected() {
    corrections.record(onAgenda(bestuurJuly, DECIDED, "7"));
    corrections.record(
        new VoorstelPlacedOnAgenda(ID, bacJuly, roww, GremiumType.BAC, DECIDED, "3"));
    String besluit =
        corrections.record(taken(bestuur, GremiumType.BESTUUR, bestuurJuly, "aangenomen"));
    rejected(
        corrections.correct(besluit, taken(roww, GremiumType.BAC, bacJuly, "aangenomen")),
        "COMPETENCE");
  }

  @Test
  void givenADeferral_whenItsSummaryIsCorrected_thenCorrected() {
    String deferral =
        corrections.record(
            new VoorstelDeferred(ID, Party.gremium(bestuur), of(2023, 5, 11), null, "aangehouden"));
    accepted(
        corrections.correct(
            deferral,
            new VoorstelDeferred(
                ID, Party.gremium(bestuur), of(2023, 5, 11), null, "aangehouden tot juli")),
        deferral);
  }

  @Test
  void givenADeferral_whenCorrectedToBeforeTheSubmission_thenRejected() {
    String deferral =
        corrections.record(
            new VoorstelDeferred(ID, Party.gremium(bestuur), of(2023, 5, 11), null, "aangehouden"));
    rejected(
        corrections.correct(
            deferral,
            new VoorstelDeferred(ID, Party.gremium(bestuur), of(2023, 4, 11), null, "aangehouden")),
        "DATES_ORDERED",
        "replacement.decisionDate");
  }

  @Test
  void givenAWithdrawal_whenItsReasonIsCorrected_thenCorrected() {
    String withdrawal =
        corrections.record(new VoorstelWithdrawn(ID, DIRECTEUR, of(2023, 6, 1), "achterhaald"));
    accepted(
        corrections.correct(
            withdrawal, new VoorstelWithdrawn(ID, DIRECTEUR, of(2023, 6, 1), "ingehaald")),
        withdrawal);
  }

  @Test
  void givenAWithdrawal_whenCorrectedToSomeoneOtherThanTheSubmitter_thenRejected() {
    String withdrawal =
        corrections.record(new VoorstelWithdrawn(ID, DIRECTEUR, of(2023, 6, 1), "achterhaald"));
    rejected(
        corrections.correct(
            withdrawal,
            new VoorstelWithdrawn(ID, Party.person("Voorzitter"), of(2023, 6, 1), "achterhaald")),
        "ONLY_SUBMITTER_WITHDRAWS");
  }

  private String adopted() {
    corrections.record(onAgenda(bestuurJuly, DECIDED, "7"));
    return corrections.record(taken(bestuur, GremiumType.BESTUUR, bestuurJuly, null));
  }

  @Test
  void givenAnEffectCarriedOut_whenCorrectedAsRecorded_thenCorrected() {
    adopted();
    String effect =
        corrections.record(new BesluitEffectCarriedOut(ID, 0, merger(), of(2023, 9, 2)));
    accepted(
        corrections.correct(effect, new BesluitEffectCarriedOut(ID, 0, merger(), SEPT)), effect);
  }

  @Test
  void givenAnEffectCarriedOut_whenCorrectedToAnEffectTheBesluitLacks_thenRejected() {
    adopted();
    String effect = corrections.record(new BesluitEffectCarriedOut(ID, 0, merger(), SEPT));
    rejected(
        corrections.correct(effect, new BesluitEffectCarriedOut(ID, 1, merger(), SEPT)),
        "EFFECT_UNKNOWN");
  }

  @Test
  void givenAnEffectCarriedOut_whenCorrectedToAnotherDayThanTheEffects_thenRejected() {
    adopted();
    String effect = corrections.record(new BesluitEffectCarriedOut(ID, 0, merger(), SEPT));
    rejected(
        corrections.correct(effect, new BesluitEffectCarriedOut(ID, 0, merger(), of(2023, 9, 2))),
        "CORRECTION_OBEYS_THE_RULES",
        "replacement.effectiveDate");
  }

  @Test
  void givenAFailedEffect_whenItsReasonIsCorrected_thenCorrected() {
    adopted();
    String effect =
        corrections.record(new BesluitEffectFailed(ID, 0, merger(), SEPT, "BAC bestaat niet"));
    accepted(
        corrections.correct(
            effect, new BesluitEffectFailed(ID, 0, merger(), SEPT, "BAC ROWW bestaat niet")),
        effect);
  }

  @Test
  void givenAFailedEffect_whenCorrectedToAnEffectTheBesluitLacks_thenRejected() {
    adopted();
    String effect =
        corrections.record(new BesluitEffectFailed(ID, 0, merger(), SEPT, "BAC bestaat niet"));
    rejected(
        corrections.correct(
            effect, new BesluitEffectFailed(ID, 2, merger(), SEPT, "BAC bestaat niet")),
        "EFFECT_UNKNOWN");
  }
}
