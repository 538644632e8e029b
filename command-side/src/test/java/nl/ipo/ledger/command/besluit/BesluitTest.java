package nl.ipo.ledger.command.besluit;

import static java.time.LocalDate.of;
import static org.hamcrest.CoreMatchers.endsWith;
import static org.hamcrest.CoreMatchers.startsWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.ipo.ledger.command.OtherAggregates;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.DecideVoorstel;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.PlaceVoorstelOnAgenda;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.RecordAdvice;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.RecordDiscussion;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.RecordEffectCarriedOut;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.SubmitVoorstel;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.WithdrawVoorstel;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.AdviceRecorded;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitEffectCarriedOut;
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
import nl.ipo.ledger.kernel.besluit.Vote;
import nl.ipo.ledger.kernel.besluit.VoteChoice;
import nl.ipo.ledger.kernel.common.CommandOutcome;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.common.Province;
import nl.ipo.ledger.kernel.competentie.CompetenceEvent.CompetenceAssigned;
import nl.ipo.ledger.kernel.competentie.VotingRule;
import nl.ipo.ledger.kernel.error.ConflictException;
import nl.ipo.ledger.kernel.error.NotFoundException;
import nl.ipo.ledger.kernel.error.RuleViolationException;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.kernel.gremium.MemberRole;
import nl.ipo.ledger.kernel.gremium.Successor;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent.MandaatGranted;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent.MandaatRevoked;
import nl.ipo.ledger.kernel.mandaat.MandaatId;
import nl.ipo.ledger.kernel.mandaat.MandaatScope;
import nl.ipo.ledger.kernel.vergadering.VergaderingId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BesluitTest {

  private static final BesluitId ID = BesluitId.random();
  private static final Party DIRECTEUR = Party.person("Algemeen Directeur");
  private static final LocalDate SUBMITTED = of(2023, 5, 1);
  private static final LocalDate DECIDED = of(2023, 7, 6);
  private static final LocalDate SEPT = of(2023, 9, 1);

  private FixtureConfiguration<Besluit> fixture;
  private OtherAggregates others;
  private GremiumId bestuur;
  private GremiumId av;
  private GremiumId roww;
  private GremiumId mobiliteit;
  private GremiumId financien;
  private final GremiumId wonen = GremiumId.random();
  private VergaderingId bestuurMay;
  private VergaderingId avJune;
  private VergaderingId bestuurJuly;
  private VergaderingId bacJuly;

  @BeforeEach
  void setUp() {
    others = new OtherAggregates().withStatutes();
    bestuur = others.gremium("IPO-bestuur", GremiumType.BESTUUR, of(2003, 1, 1));
    av = others.gremium("Algemene Vergadering", GremiumType.AV, of(2003, 1, 1));
    roww = others.gremium("BAC ROWW", GremiumType.BAC, of(2015, 1, 1));
    mobiliteit = others.gremium("BAC Mobiliteit", GremiumType.BAC, of(2015, 1, 1));
    financien = others.gremium("BAC Financiën", GremiumType.BAC, of(2015, 1, 1));
    // the bestuur's seats in 2023: one lid per province, Zeeland's by name, none for Flevoland,
    // and a voorzitter the sources name without a province (who casts no province's vote)
    others.seat(bestuur, null, null, MemberRole.VOORZITTER, of(2019, 6, 1));
    for (Province province : Province.values()) {
      if (province != Province.FLEVOLAND) {
        others.seat(
            bestuur,
            province == Province.ZEELAND ? "A. Zeeuw" : null,
            province,
            MemberRole.LID,
            of(2019, 6, 1));
      }
    }
    bestuurMay = others.meeting(bestuur, of(2023, 5, 11));
    avJune = others.meeting(av, of(2023, 6, 27));
    bestuurJuly = others.meeting(bestuur, DECIDED);
    bacJuly = others.meeting(roww, DECIDED);
    fixture = new AggregateTestFixture<>(Besluit.class);
    fixture.registerInjectableResource(others.besluitLookups());
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

  private SubmitVoorstel submit(BesluitType type, List<Effect> effects) {
    return new SubmitVoorstel(
        ID,
        "Focus in de Samenwerking: nieuwe BAC-structuur",
        type,
        DIRECTEUR,
        bestuur,
        SUBMITTED,
        effects);
  }

  private VoorstelSubmitted submitted() {
    return submitted(BesluitType.STRUCTUURWIJZIGING, List.of(merger()));
  }

  private VoorstelSubmitted submitted(BesluitType type, List<Effect> effects) {
    return submitted(type, effects, SUBMITTED);
  }

  private VoorstelSubmitted submitted(BesluitType type, List<Effect> effects, LocalDate on) {
    return new VoorstelSubmitted(
        ID,
        "Focus in de Samenwerking: nieuwe BAC-structuur",
        type,
        DIRECTEUR,
        bestuur,
        on,
        effects);
  }

  private VoorstelPlacedOnAgenda onAgenda(
      VergaderingId meeting, GremiumId body, GremiumType type, LocalDate day) {
    return new VoorstelPlacedOnAgenda(ID, meeting, body, type, day, "4");
  }

  private DecideVoorstel decide(GremiumId body, VergaderingId meeting, BesluitOutcome outcome) {
    return Decision.by(body, DECIDED).at(meeting).outcome(outcome).of(ID);
  }

  private static Matcher<?> rule(String code) {
    return Matchers.predicate(e -> e instanceof RuleViolationException r && r.rule().equals(code));
  }

  /** The rule, said in a sentence that names what it says and no id. */
  private static Matcher<?> rule(String code, String says, Object noId) {
    return Matchers.predicate(
        e ->
            e instanceof RuleViolationException r
                && r.rule().equals(code)
                && r.getMessage().contains(says)
                && !r.getMessage().contains(noId.toString()));
  }

  @Nested
  class Submit {

    @Test
    void givenNothing_whenSubmitted_thenVoorstelSubmitted() {
      fixture
          .givenNoPriorActivity()
          .when(submit(BesluitType.STRUCTUURWIJZIGING, List.of(merger())))
          .expectEvents(submitted())
          .expectResultMessagePayload(CommandOutcome.RECORDED);
    }

    @Test
    void givenSubmitted_whenExactRepeat_thenNoOp() {
      fixture
          .given(submitted())
          .when(submit(BesluitType.STRUCTUURWIJZIGING, List.of(merger())))
          .expectNoEvents()
          .expectResultMessagePayload(CommandOutcome.UNCHANGED);
    }

    @Test
    void givenSubmitted_whenSameIdOtherContent_thenConflict() {
      fixture
          .given(submitted())
          .when(submit(BesluitType.STANDPUNT, List.of()))
          .expectNoEvents()
          .expectException(ConflictException.class);
    }

    private SubmitVoorstel standpuntTo(GremiumId body, MandaatId mandaat) {
      return new SubmitVoorstel(
          ID,
          "Standpunt over de Omgevingswet",
          BesluitType.STANDPUNT,
          DIRECTEUR,
          body,
          SUBMITTED,
          List.of(),
          mandaat);
    }

    private MandaatId mandateTo(GremiumId body, LocalDate from, LocalDate until) {
      MandaatId id = MandaatId.random();
      others.mandate(
          new MandaatGranted(
              id,
              Party.gremium(bestuur),
              Party.gremium(body),
              new MandaatScope(Set.of(BesluitType.STANDPUNT), List.of()),
              null,
              from,
              until,
              null,
              null,
              new DecisionReference("Bestuur 2023-04")));
      return id;
    }

    @Test
    void givenNothing_whenAddressedToABodyThatMayNotDecideItsType_thenRejected() {
      fixture
          .givenNoPriorActivity()
          .when(standpuntTo(roww, null))
          .expectNoEvents()
          .expectException(
              rule(
                  BesluitRule.DECIDING_BODY_MAY_DECIDE,
                  "De BAC ROWW (vanaf 1 januari 2015) mag op 1 mei 2023 niet besluiten over een"
                      + " standpunt (bevoegd: bestuur). Richt het voorstel aan een bevoegd gremium,"
                      + " of noem het mandaat waaronder de BAC ROWW erover besluit (mandaatId).",
                  roww));
    }

    @Test
    void givenAMandateToTheBody_whenAddressedToItUnderThatMandate_thenSubmitted() {
      MandaatId mandaat = mandateTo(roww, of(2023, 1, 1), null);
      fixture
          .givenNoPriorActivity()
          .when(standpuntTo(roww, mandaat))
          .expectEvents(
              new VoorstelSubmitted(
                  ID,
                  "Standpunt over de Omgevingswet",
                  BesluitType.STANDPUNT,
                  DIRECTEUR,
                  roww,
                  SUBMITTED,
                  List.of(),
                  mandaat));
    }

    @Test
    void givenAMandateThatBeginsLater_whenAddressedUnderIt_thenSubmitted() {
      MandaatId mandaat = mandateTo(roww, of(2023, 6, 1), null);
      fixture
          .givenNoPriorActivity()
          .when(standpuntTo(roww, mandaat))
          .expectSuccessfulHandlerExecution();
    }

    @Test
    void givenAMandateOfAnotherBody_whenNamed_thenRejected() {
      MandaatId mandaat = mandateTo(mobiliteit, of(2023, 1, 1), null);
      fixture
          .givenNoPriorActivity()
          .when(standpuntTo(roww, mandaat))
          .expectNoEvents()
          .expectException(
              rule(BesluitRule.DECIDING_BODY_MAY_DECIDE, "is niet verleend aan de BAC ROWW", roww));
    }

    @Test
    void givenAMandateThatEnded_whenNamed_thenRejected() {
      MandaatId mandaat = mandateTo(roww, of(2022, 1, 1), of(2023, 1, 1));
      fixture
          .givenNoPriorActivity()
          .when(standpuntTo(roww, mandaat))
          .expectNoEvents()
          .expectException(rule(BesluitRule.DECIDING_BODY_MAY_DECIDE, "geldt niet meer op", roww));
    }

    @Test
    void givenAMandateForAnotherType_whenNamed_thenRejected() {
      MandaatId mandaat = mandateTo(roww, of(2023, 1, 1), null);
      fixture
          .givenNoPriorActivity()
          .when(
              new SubmitVoorstel(
                  ID,
                  "Nieuwe werkgroep",
                  BesluitType.STRUCTUURWIJZIGING,
                  DIRECTEUR,
                  roww,
                  SUBMITTED,
                  List.of(),
                  mandaat))
          .expectNoEvents()
          .expectException(rule(BesluitRule.DECIDING_BODY_MAY_DECIDE, "valt buiten", roww));
    }

    @Test
    void givenAnUnknownMandate_whenNamed_thenNotFound() {
      fixture
          .givenNoPriorActivity()
          .when(standpuntTo(roww, MandaatId.random()))
          .expectNoEvents()
          .expectException(NotFoundException.class);
    }

    @Test
    void givenNothing_whenStructuralEffectsOnABegroting_thenRejected() {
      fixture
          .givenNoPriorActivity()
          .when(submit(BesluitType.BEGROTING, List.of(merger())))
          .expectNoEvents()
          .expectException(rule(BesluitRule.EFFECTS_MATCH_TYPE));
    }

    @Test
    void givenNothing_whenDecidingBodyUnknown_thenNotFound() {
      fixture
          .givenNoPriorActivity()
          .when(
              new SubmitVoorstel(
                  ID,
                  "x",
                  BesluitType.STANDPUNT,
                  DIRECTEUR,
                  GremiumId.random(),
                  SUBMITTED,
                  List.of()))
          .expectNoEvents()
          .expectException(NotFoundException.class);
    }
  }

  @Nested
  class AgendaAndDiscussion {

    @Test
    void givenSubmitted_whenPlacedOnAgenda_thenPlacedWithTheMeetingsBodyAndDate() {
      fixture
          .given(submitted())
          .when(new PlaceVoorstelOnAgenda(ID, bestuurMay, "4"))
          .expectEvents(onAgenda(bestuurMay, bestuur, GremiumType.BESTUUR, of(2023, 5, 11)));
    }

    @Test
    void givenOnAgenda_whenPlacedAgain_thenNoOp() {
      fixture
          .given(submitted(), onAgenda(bestuurMay, bestuur, GremiumType.BESTUUR, of(2023, 5, 11)))
          .when(new PlaceVoorstelOnAgenda(ID, bestuurMay, "4"))
          .expectNoEvents();
    }

    @Test
    void givenSubmitted_whenMeetingBeforeSubmission_thenRejected() {
      VergaderingId early = others.meeting(bestuur, of(2023, 4, 1));
      fixture
          .given(submitted())
          .when(new PlaceVoorstelOnAgenda(ID, early, null))
          .expectNoEvents()
          .expectException(rule(BesluitRule.DATES_ORDERED));
    }

    @Test
    void givenSubmitted_whenUnknownMeeting_thenNotFound() {
      fixture
          .given(submitted())
          .when(new PlaceVoorstelOnAgenda(ID, VergaderingId.random(), null))
          .expectNoEvents()
          .expectException(NotFoundException.class);
    }

    @Test
    void givenOnAgenda_whenDiscussed_thenDiscussed() {
      fixture
          .given(submitted(), onAgenda(avJune, av, GremiumType.AV, of(2023, 6, 27)))
          .when(new RecordDiscussion(ID, avJune, "De AV bespreekt het voorstel"))
          .expectEvents(
              new VoorstelDiscussed(
                  ID, avJune, av, GremiumType.AV, of(2023, 6, 27), "De AV bespreekt het voorstel"));
    }

    @Test
    void givenNotOnAgenda_whenDiscussed_thenRejected() {
      fixture
          .given(submitted())
          .when(new RecordDiscussion(ID, avJune, "De AV bespreekt het voorstel"))
          .expectNoEvents()
          .expectException(
              rule(
                  BesluitRule.NOT_ON_AGENDA,
                  "de vergadering van de Algemene Vergadering op 27 juni 2023",
                  avJune));
    }
  }

  @Nested
  class Advice {

    @Test
    void givenSubmitted_whenBacAdvisesOnStructure_thenRecorded() {
      fixture
          .given(submitted())
          .when(new RecordAdvice(ID, financien, of(2023, 6, 1), null, "positief"))
          .expectEvents(
              new AdviceRecorded(ID, financien, GremiumType.BAC, of(2023, 6, 1), null, "positief"));
    }

    @Test
    void givenSubmitted_whenTheDecidingBestuurAdvisesOnStructure_thenRejected() {
      fixture
          .given(submitted())
          .when(new RecordAdvice(ID, bestuur, of(2023, 6, 1), null, "positief"))
          .expectNoEvents()
          .expectException(rule(BesluitRule.ADVISORY_COMPETENCE));
    }

    @Test
    void givenSubmitted_whenAdviceBeforeSubmission_thenRejected() {
      fixture
          .given(submitted())
          .when(new RecordAdvice(ID, financien, of(2023, 4, 1), null, "positief"))
          .expectNoEvents()
          .expectException(rule(BesluitRule.DATES_ORDERED));
    }
  }

  @Nested
  class Decide {

    private BesluitTaken taken(BesluitOutcome outcome, List<Effect> effects, List<Vote> votes) {
      return new BesluitTaken(
          ID,
          "Focus in de Samenwerking: nieuwe BAC-structuur",
          BesluitType.STRUCTUURWIJZIGING,
          Party.gremium(bestuur),
          GremiumType.BESTUUR,
          DECIDED,
          bestuurJuly,
          outcome,
          effects,
          votes,
          nl.ipo.ledger.kernel.besluit.VoteTally.of(votes),
          null,
          null,
          CompetenceBasis.ownCompetence(GremiumType.BESTUUR, OtherAggregates.STATUTEN.text()),
          null);
    }

    @Test
    void givenOnBestuurAgenda_whenBestuurAdopts_thenBesluitTakenUnderItsCompetence() {
      fixture
          .given(submitted(), onAgenda(bestuurJuly, bestuur, GremiumType.BESTUUR, DECIDED))
          .when(decide(bestuur, bestuurJuly, BesluitOutcome.ADOPTED))
          .expectEvents(taken(BesluitOutcome.ADOPTED, List.of(merger()), List.of()));
    }

    @Test
    void givenDecided_whenExactRepeat_thenNoOp() {
      fixture
          .given(
              submitted(),
              onAgenda(bestuurJuly, bestuur, GremiumType.BESTUUR, DECIDED),
              taken(BesluitOutcome.ADOPTED, List.of(merger()), List.of()))
          .when(decide(bestuur, bestuurJuly, BesluitOutcome.ADOPTED))
          .expectNoEvents()
          .expectResultMessagePayload(CommandOutcome.UNCHANGED);
    }

    @Test
    void givenDecided_whenDecidedOtherwise_thenClosed() {
      fixture
          .given(
              submitted(),
              onAgenda(bestuurJuly, bestuur, GremiumType.BESTUUR, DECIDED),
              taken(BesluitOutcome.ADOPTED, List.of(merger()), List.of()))
          .when(decide(bestuur, bestuurJuly, BesluitOutcome.REJECTED))
          .expectNoEvents()
          .expectException(rule(BesluitRule.VOORSTEL_CLOSED));
    }

    @Test
    void givenOnBacAgenda_whenBacDecidesTheStructure_thenRejectedForLackOfCompetence() {
      fixture
          .given(submitted(), onAgenda(bacJuly, roww, GremiumType.BAC, DECIDED))
          .when(decide(roww, bacJuly, BesluitOutcome.ADOPTED))
          .expectNoEvents()
          .expectException(rule(BesluitRule.COMPETENCE))
          .expectExceptionMessage(
              "De BAC ROWW (vanaf 1 januari 2015) is op 6 juli 2023 niet bevoegd om te besluiten"
                  + " over een structuurwijziging en handelt niet onder mandaat; bevoegd: bestuur");
    }

    @Test
    void givenStatuteChangeGivingBacsTheStructure_whenBacDecidesAfterIt_thenAdopted() {
      others.publish(
          nl.ipo.ledger.kernel.competentie.CompetenceCommand.MATRIX_ID,
          new CompetenceAssigned(
              BesluitType.STRUCTUURWIJZIGING,
              Set.of(GremiumType.BESTUUR, GremiumType.BAC),
              Set.of(),
              VotingRule.MAJORITY_OF_VOTES_CAST,
              of(2023, 7, 1),
              new DecisionReference("Statutenwijziging 2023")));
      fixture
          .given(submitted(), onAgenda(bacJuly, roww, GremiumType.BAC, DECIDED))
          .when(decide(roww, bacJuly, BesluitOutcome.ADOPTED))
          .expectSuccessfulHandlerExecution();
    }

    @Test
    void givenNotOnAgenda_whenDecidedAtTheMeeting_thenRejected() {
      fixture
          .given(submitted())
          .when(decide(bestuur, bestuurJuly, BesluitOutcome.ADOPTED))
          .expectNoEvents()
          .expectException(rule(BesluitRule.NOT_ON_AGENDA));
    }

    @Test
    void givenOnAvAgenda_whenBestuurDecidesAtTheAvMeeting_thenRejected() {
      fixture
          .given(submitted(), onAgenda(avJune, av, GremiumType.AV, of(2023, 6, 27)))
          .when(Decision.by(bestuur, of(2023, 6, 27)).at(avJune).of(ID))
          .expectNoEvents()
          .expectException(
              rule(
                  BesluitRule.MEETING_OF_DECIDER,
                  "De vergadering van de Algemene Vergadering op 27 juni 2023 is geen vergadering"
                      + " van het IPO-bestuur op 27 juni 2023",
                  avJune));
    }

    @Test
    void givenVotesForTheMajority_whenAdopted_thenTheTallyIsRecorded() {
      List<Vote> votes =
          List.of(
              new Vote("Groningen", Province.GRONINGEN, VoteChoice.FOR),
              new Vote("A. Zeeuw", Province.ZEELAND, VoteChoice.FOR),
              new Vote("Limburg", Province.LIMBURG, VoteChoice.AGAINST),
              new Vote("Utrecht", Province.UTRECHT, VoteChoice.ABSTAIN));
      fixture
          .given(submitted(), onAgenda(bestuurJuly, bestuur, GremiumType.BESTUUR, DECIDED))
          .when(Decision.by(bestuur, DECIDED).at(bestuurJuly).votes(votes).of(ID))
          .expectEvents(taken(BesluitOutcome.ADOPTED, List.of(merger()), votes));
    }

    @Test
    void givenVotesAgainst_whenRecordedAsAdopted_thenRejected() {
      List<Vote> votes =
          List.of(
              new Vote("Groningen", Province.GRONINGEN, VoteChoice.FOR),
              new Vote("Zeeland", Province.ZEELAND, VoteChoice.AGAINST),
              new Vote("Limburg", Province.LIMBURG, VoteChoice.AGAINST));
      fixture
          .given(submitted(), onAgenda(bestuurJuly, bestuur, GremiumType.BESTUUR, DECIDED))
          .when(Decision.by(bestuur, DECIDED).at(bestuurJuly).votes(votes).of(ID))
          .expectNoEvents()
          .expectException(rule(BesluitRule.VOTE_RESULT_MATCHES_OUTCOME));
    }

    @Test
    void givenAVoterTwice_whenDecided_thenRejected() {
      List<Vote> votes =
          List.of(
              new Vote("Groningen", Province.GRONINGEN, VoteChoice.FOR),
              new Vote("groningen", Province.GRONINGEN, VoteChoice.FOR));
      fixture
          .given(submitted(), onAgenda(bestuurJuly, bestuur, GremiumType.BESTUUR, DECIDED))
          .when(Decision.by(bestuur, DECIDED).at(bestuurJuly).votes(votes).of(ID))
          .expectNoEvents()
          .expectException(
              rule(
                  BesluitRule.VOTERS_SIT_IN_DECIDER,
                  "Groningen heeft op 6 juli 2023 1 zetel in het IPO-bestuur (vanaf 1 januari 2003)"
                      + " maar er zijn 2 stemmen namens Groningen vastgelegd: één stem per zetel",
                  "votes"));
    }

    @Test
    void givenAVoteFromAProvinceWithoutASeatThatDay_whenDecided_thenRejected() {
      List<Vote> votes = List.of(new Vote("Flevoland", Province.FLEVOLAND, VoteChoice.FOR));
      fixture
          .given(submitted(), onAgenda(bestuurJuly, bestuur, GremiumType.BESTUUR, DECIDED))
          .when(Decision.by(bestuur, DECIDED).at(bestuurJuly).votes(votes).of(ID))
          .expectNoEvents()
          .expectException(
              rule(
                  BesluitRule.VOTERS_SIT_IN_DECIDER,
                  "Flevoland heeft op 6 juli 2023 geen zetel in het IPO-bestuur (vanaf 1 januari"
                      + " 2003) en kan daar dus niet stemmen",
                  "votes"));
    }

    @Test
    void givenSomeoneOutsideTheBodyVotingForANamedSeat_whenDecided_thenRejected() {
      List<Vote> votes = List.of(new Vote("B. Buitenstaander", Province.ZEELAND, VoteChoice.FOR));
      fixture
          .given(submitted(), onAgenda(bestuurJuly, bestuur, GremiumType.BESTUUR, DECIDED))
          .when(Decision.by(bestuur, DECIDED).at(bestuurJuly).votes(votes).of(ID))
          .expectNoEvents()
          .expectException(
              rule(
                  BesluitRule.VOTERS_SIT_IN_DECIDER,
                  "B. Buitenstaander zit op 6 juli 2023 niet namens Zeeland in het IPO-bestuur"
                      + " (vanaf 1 januari 2003); daar zitten A. Zeeuw",
                  "votes"));
    }

    @Test
    void givenANamedMemberVotingWithoutAProvince_whenDecided_thenTheirSeatCounts() {
      List<Vote> votes =
          List.of(
              new Vote("A. Zeeuw", null, VoteChoice.FOR),
              new Vote("Groningen", Province.GRONINGEN, VoteChoice.FOR));
      fixture
          .given(submitted(), onAgenda(bestuurJuly, bestuur, GremiumType.BESTUUR, DECIDED))
          .when(Decision.by(bestuur, DECIDED).at(bestuurJuly).votes(votes).of(ID))
          .expectEvents(taken(BesluitOutcome.ADOPTED, List.of(merger()), votes));
    }

    @Test
    void givenAnUnnamedVoterWithoutAProvince_whenDecided_thenRejected() {
      List<Vote> votes = List.of(new Vote("Iemand", null, VoteChoice.FOR));
      fixture
          .given(submitted(), onAgenda(bestuurJuly, bestuur, GremiumType.BESTUUR, DECIDED))
          .when(Decision.by(bestuur, DECIDED).at(bestuurJuly).votes(votes).of(ID))
          .expectNoEvents()
          .expectException(rule(BesluitRule.VOTERS_SIT_IN_DECIDER));
    }

    @Test
    void givenAmendedEffects_whenAdoptedWithAmendments_thenTheAmendedEffectsHold() {
      List<Effect> amended = List.of(new Effect.DissolveGremium(mobiliteit, SEPT));
      fixture
          .given(submitted(), onAgenda(bestuurJuly, bestuur, GremiumType.BESTUUR, DECIDED))
          .when(
              Decision.by(bestuur, DECIDED)
                  .at(bestuurJuly)
                  .outcome(BesluitOutcome.ADOPTED_WITH_AMENDMENTS)
                  .amended(amended)
                  .of(ID))
          .expectEvents(taken(BesluitOutcome.ADOPTED_WITH_AMENDMENTS, amended, List.of()));
    }

    @Test
    void givenAmendedEffects_whenPlainlyAdopted_thenRejected() {
      fixture
          .given(submitted(), onAgenda(bestuurJuly, bestuur, GremiumType.BESTUUR, DECIDED))
          .when(Decision.by(bestuur, DECIDED).at(bestuurJuly).amended(List.of()).of(ID))
          .expectNoEvents()
          .expectException(rule(BesluitRule.AMENDMENTS_WITH_OUTCOME));
    }

    @Test
    void givenAnEffectOnADissolvedBac_whenAdopted_thenRejected() {
      others.dissolve(roww, of(2023, 1, 1));
      fixture
          .given(submitted(), onAgenda(bestuurJuly, bestuur, GremiumType.BESTUUR, DECIDED))
          .when(decide(bestuur, bestuurJuly, BesluitOutcome.ADOPTED))
          .expectNoEvents()
          .expectException(rule(BesluitRule.EFFECTS_APPLICABLE));
    }

    @Test
    void
        givenAMergedBacWithAMemberFromTheMergeDate_whenAdopted_thenRejectedBeforeAnythingIsCarriedOut() {
      others.publish(
          roww.toString(),
          new nl.ipo.ledger.kernel.gremium.GremiumEvent.MemberAppointed(
              roww,
              nl.ipo.ledger.kernel.gremium.MembershipId.random(),
              "A. de Vries",
              Province.ZEELAND,
              nl.ipo.ledger.kernel.gremium.MemberRole.LID,
              SEPT,
              new DecisionReference("test")));
      fixture
          .given(submitted(), onAgenda(bestuurJuly, bestuur, GremiumType.BESTUUR, DECIDED))
          .when(decide(bestuur, bestuurJuly, BesluitOutcome.ADOPTED))
          .expectNoEvents()
          .expectException(rule(BesluitRule.EFFECTS_APPLICABLE));
    }

    /** The bestuur adopts, at its July meeting, a structuurwijziging with these effects. */
    private ResultValidator<Besluit> adoptedByTheBestuur(Effect... effects) {
      return fixture
          .given(
              submitted(BesluitType.STRUCTUURWIJZIGING, List.of(effects)),
              onAgenda(bestuurJuly, bestuur, GremiumType.BESTUUR, DECIDED))
          .when(decide(bestuur, bestuurJuly, BesluitOutcome.ADOPTED));
    }

    @Test
    void givenAWerkgroepWithoutEndDate_whenAdopted_thenRejectedByTheGremiumsOwnRule() {
      Effect werkgroep =
          new Effect.EstablishGremium(
              GremiumId.random(), "Werkgroep Wonen", GremiumType.WERKGROEP, roww, SEPT, null);
      adoptedByTheBestuur(werkgroep)
          .expectNoEvents()
          .expectException(
              rule(
                  BesluitRule.EFFECTS_APPLICABLE,
                  "Effect 0 kan niet worden uitgevoerd: een werkgroep wordt voor een bepaalde tijd"
                      + " ingesteld",
                  roww));
    }

    @Test
    void givenAnAacUnderTheAv_whenAdopted_thenRejectedByTheGremiumsParentRule() {
      Effect aac =
          new Effect.EstablishGremium(
              GremiumId.random(), "AAC Wonen", GremiumType.AAC, av, SEPT, null);
      adoptedByTheBestuur(aac)
          .expectNoEvents()
          .expectException(rule(BesluitRule.EFFECTS_APPLICABLE, "valt daarom onder een BAC", av));
    }

    @Test
    void givenAnAacUnderTheBacTheSameBesluitCreates_whenAdopted_thenRecorded() {
      Effect aac =
          new Effect.EstablishGremium(
              GremiumId.random(), "AAC Wonen & Bereikbaarheid", GremiumType.AAC, wonen, SEPT, null);
      adoptedByTheBestuur(merger(), aac)
          .expectEvents(taken(BesluitOutcome.ADOPTED, List.of(merger(), aac), List.of()));
    }

    @Test
    void givenAnAacUnderANewBacBeforeItBegins_whenAdopted_thenRejected() {
      Effect aac =
          new Effect.EstablishGremium(
              GremiumId.random(),
              "AAC Wonen & Bereikbaarheid",
              GremiumType.AAC,
              wonen,
              SEPT.minusDays(1),
              null);
      adoptedByTheBestuur(merger(), aac)
          .expectNoEvents()
          .expectException(
              rule(
                  BesluitRule.EFFECTS_APPLICABLE,
                  "Effect 1 kan niet worden uitgevoerd: de BAC",
                  wonen));
    }

    private final GremiumId klimaat = GremiumId.random();

    private Effect.MergeGremia klimaatTakingWater() {
      return new Effect.MergeGremia(
          List.of(financien),
          klimaat,
          "BAC Klimaat & Leefomgeving",
          GremiumType.BAC,
          null,
          SEPT,
          List.of(new Effect.TaskShare(roww, "(ROW)W")));
    }

    private Effect.MergeGremia wonenTakingTheRest() {
      return new Effect.MergeGremia(
          List.of(roww, mobiliteit),
          wonen,
          "BAC Wonen & Bereikbaarheid",
          GremiumType.BAC,
          null,
          SEPT,
          List.of(new Effect.TaskShare(roww, "ROW (W)")));
    }

    @Test
    void givenRowwSharedOverTwoMergers_whenAdopted_thenRecorded() {
      adoptedByTheBestuur(klimaatTakingWater(), wonenTakingTheRest())
          .expectEvents(
              taken(
                  BesluitOutcome.ADOPTED,
                  List.of(klimaatTakingWater(), wonenTakingTheRest()),
                  List.of()));
    }

    @Test
    void givenAShareOfABodyNoLaterEffectDissolves_whenAdopted_thenRejected() {
      adoptedByTheBestuur(klimaatTakingWater())
          .expectNoEvents()
          .expectException(
              rule(
                  BesluitRule.TASK_SHARES,
                  "Effect 0 neemt een deel van de taken over van de BAC ROWW, maar geen later"
                      + " effect",
                  roww));
    }

    @Test
    void givenTheShareAfterTheMergerThatDissolvesTheBody_whenAdopted_thenRejected() {
      adoptedByTheBestuur(wonenTakingTheRest(), klimaatTakingWater())
          .expectNoEvents()
          .expectException(rule(BesluitRule.TASK_SHARES, "Effect 1 neemt een deel", roww));
    }

    @Test
    void givenABodySharedTwiceByOneMerger_whenAdopted_thenRejected() {
      Effect twice =
          new Effect.MergeGremia(
              List.of(financien),
              klimaat,
              "BAC Klimaat & Leefomgeving",
              GremiumType.BAC,
              null,
              SEPT,
              List.of(new Effect.TaskShare(roww, "water"), new Effect.TaskShare(roww, "wonen")));
      adoptedByTheBestuur(twice, merger())
          .expectNoEvents()
          .expectException(rule(BesluitRule.TASK_SHARES, "twee keer", roww));
    }

    @Test
    void givenADissolutionNamingASuccessorInForce_whenAdopted_thenRecorded() {
      Effect dissolve =
          new Effect.DissolveGremium(
              mobiliteit, SEPT, List.of(new Successor(financien, "vervoer en infrastructuur")));
      adoptedByTheBestuur(dissolve)
          .expectEvents(taken(BesluitOutcome.ADOPTED, List.of(dissolve), List.of()));
    }

    @Test
    void givenADissolutionNamingASuccessorTheBesluitCreatesLater_whenAdopted_thenRejected() {
      Effect dissolve =
          new Effect.DissolveGremium(mobiliteit, SEPT, List.of(new Successor(klimaat, null)));
      adoptedByTheBestuur(dissolve, klimaatTakingWater(), merger())
          .expectNoEvents()
          .expectException(
              rule(
                  BesluitRule.EFFECTS_APPLICABLE,
                  "Effect 0 kan niet worden uitgevoerd: er is geen gremium met id",
                  roww));
    }

    @Test
    void givenADissolutionNamingASuccessorDissolvedBefore_whenAdopted_thenRejected() {
      others.dissolve(financien, of(2023, 1, 1));
      Effect dissolve =
          new Effect.DissolveGremium(mobiliteit, SEPT, List.of(new Successor(financien, null)));
      adoptedByTheBestuur(dissolve)
          .expectNoEvents()
          .expectException(
              rule(
                  BesluitRule.EFFECTS_APPLICABLE,
                  "de BAC Financiën bestaat niet op 1 september 2023, de dag waarop het de taken"
                      + " zou overnemen",
                  financien));
    }

    @Test
    void givenAnEffectOnADissolvedBac_whenRejected_thenRecorded() {
      others.dissolve(roww, of(2023, 1, 1));
      fixture
          .given(submitted(), onAgenda(bestuurJuly, bestuur, GremiumType.BESTUUR, DECIDED))
          .when(decide(bestuur, bestuurJuly, BesluitOutcome.REJECTED))
          .expectEvents(taken(BesluitOutcome.REJECTED, List.of(merger()), List.of()));
    }

    @Test
    void givenDeferred_whenDecidedLater_thenBesluitTaken() {
      fixture
          .given(
              submitted(),
              onAgenda(bestuurJuly, bestuur, GremiumType.BESTUUR, DECIDED),
              new VoorstelDeferred(ID, Party.gremium(bestuur), of(2023, 6, 1), null, null))
          .when(decide(bestuur, bestuurJuly, BesluitOutcome.ADOPTED))
          .expectEvents(taken(BesluitOutcome.ADOPTED, List.of(merger()), List.of()));
    }

    @Test
    void givenABegroting_whenTheAvApprovesWithoutTheBestuur_thenRejected() {
      fixture
          .given(
              submitted(BesluitType.BEGROTING, List.of()),
              onAgenda(avJune, av, GremiumType.AV, of(2023, 6, 27)))
          .when(Decision.by(av, of(2023, 6, 27)).at(avJune).of(ID))
          .expectNoEvents()
          .expectException(rule(BesluitRule.FINANCIAL_MATTERS_PASS_BESTUUR));
    }

    @Test
    void givenABegrotingDiscussedByTheBestuur_whenTheAvApproves_thenAdopted() {
      fixture
          .given(
              submitted(BesluitType.BEGROTING, List.of()),
              onAgenda(bestuurMay, bestuur, GremiumType.BESTUUR, of(2023, 5, 11)),
              new VoorstelDiscussed(
                  ID, bestuurMay, bestuur, GremiumType.BESTUUR, of(2023, 5, 11), "ok"),
              onAgenda(avJune, av, GremiumType.AV, of(2023, 6, 27)))
          .when(Decision.by(av, of(2023, 6, 27)).at(avJune).of(ID))
          .expectSuccessfulHandlerExecution();
    }

    @Test
    void givenABegroting_whenTheBestuurApprovesIt_thenRejectedForLackOfCompetence() {
      fixture
          .given(
              submitted(BesluitType.BEGROTING, List.of()),
              onAgenda(bestuurJuly, bestuur, GremiumType.BESTUUR, DECIDED))
          .when(decide(bestuur, bestuurJuly, BesluitOutcome.ADOPTED))
          .expectNoEvents()
          .expectException(rule(BesluitRule.COMPETENCE));
    }
  }

  @Nested
  class UnderMandate {

    private final MandaatId mandaat = MandaatId.random();
    private final Party kopgroep = Party.person("Kopgroep IBP");

    @BeforeEach
    void mandate() {
      others.mandate(
          new MandaatGranted(
              mandaat,
              Party.gremium(bestuur),
              kopgroep,
              new MandaatScope(Set.of(BesluitType.STANDPUNT), List.of()),
              new BigDecimal("10000.00"),
              of(2018, 1, 1),
              of(2019, 1, 1),
              null,
              null,
              new DecisionReference("Bestuur 2017-12")));
    }

    private DecideVoorstel byKopgroep(LocalDate day, BigDecimal amount) {
      return Decision.by(kopgroep, day).underMandate(mandaat).amount(amount).of(ID);
    }

    @Test
    void givenAStandpunt_whenTheMandatarisDecidesWithinScope_thenBesluitTakenUnderTheMandate() {
      fixture
          .given(submitted(BesluitType.STANDPUNT, List.of(), of(2018, 1, 15)))
          .when(byKopgroep(of(2018, 6, 1), new BigDecimal("5000")))
          .expectSuccessfulHandlerExecution()
          .expectEventsMatching(
              org.axonframework.test.matchers.Matchers.exactSequenceOf(
                  org.axonframework.test.matchers.Matchers.messageWithPayload(
                      Matchers.predicate(
                          p ->
                              p instanceof BesluitTaken t
                                  && mandaat.equals(t.mandaatId())
                                  && t.competenceBasis().equals(CompetenceBasis.mandate(mandaat)))),
                  org.axonframework.test.matchers.Matchers.andNoMore()));
    }

    @Test
    void givenAStructuurwijziging_whenTheMandatarisDecides_thenOutsideScope() {
      fixture
          .given(submitted(BesluitType.STRUCTUURWIJZIGING, List.of(), of(2018, 1, 15)))
          .when(byKopgroep(of(2018, 6, 1), BigDecimal.ONE))
          .expectNoEvents()
          .expectException(rule("MANDATE_SCOPE"));
    }

    @Test
    void givenAStandpunt_whenAboveTheCeiling_thenRejected() {
      fixture
          .given(submitted(BesluitType.STANDPUNT, List.of(), of(2018, 1, 15)))
          .when(byKopgroep(of(2018, 6, 1), new BigDecimal("10000.01")))
          .expectNoEvents()
          .expectException(rule("MANDATE_SCOPE"))
          .expectExceptionMessage(
              startsWith("€ 10.000,01 is meer dan het maximumbedrag van € 10.000,00 van mandaat "));
    }

    @Test
    void givenAStandpunt_whenAfterTheTerm_thenRejected() {
      fixture
          .given(submitted(BesluitType.STANDPUNT, List.of(), of(2018, 1, 15)))
          .when(byKopgroep(of(2019, 1, 1), BigDecimal.ONE))
          .expectNoEvents()
          .expectException(rule("MANDATE_SCOPE"));
    }

    @Test
    void givenARevokedMandate_whenUsedAfterRevocation_thenRejected() {
      others.mandate(new MandaatRevoked(mandaat, of(2018, 3, 1), new DecisionReference("Bestuur")));
      fixture
          .given(submitted(BesluitType.STANDPUNT, List.of(), of(2018, 1, 15)))
          .when(byKopgroep(of(2018, 6, 1), BigDecimal.ONE))
          .expectNoEvents()
          .expectException(rule("MANDATE_SCOPE"));
    }

    @Test
    void givenAnExpiredMandate_whenUsedAfterTheExpiry_thenRejected() {
      others.mandate(
          new nl.ipo.ledger.kernel.mandaat.MandaatEvent.MandaatExpired(mandaat, of(2018, 5, 1)));
      fixture
          .given(submitted(BesluitType.STANDPUNT, List.of(), of(2018, 1, 15)))
          .when(byKopgroep(of(2018, 6, 1), BigDecimal.ONE))
          .expectNoEvents()
          .expectException(rule("MANDATE_SCOPE"))
          .expectExceptionMessage(
              endsWith(" geldt niet op 1 juni 2018: het is verlopen op 1 mei 2018"));
    }

    @Test
    void givenAStandpunt_whenSomeoneElseUsesTheMandate_thenRejected() {
      fixture
          .given(submitted(BesluitType.STANDPUNT, List.of(), of(2018, 1, 15)))
          .when(
              Decision.by(Party.person("Iemand anders"), of(2018, 6, 1))
                  .underMandate(mandaat)
                  .amount(BigDecimal.ONE)
                  .of(ID))
          .expectNoEvents()
          .expectException(rule("MANDATE_SCOPE"));
    }

    @Test
    void givenAStandpunt_whenAPersonDecidesWithoutMandate_thenRejected() {
      fixture
          .given(submitted(BesluitType.STANDPUNT, List.of(), of(2018, 1, 15)))
          .when(Decision.by(kopgroep, of(2018, 6, 1)).of(ID))
          .expectNoEvents()
          .expectException(rule(BesluitRule.COMPETENCE));
    }
  }

  @Nested
  class WithdrawAndEffects {

    @Test
    void givenSubmitted_whenTheSubmitterWithdraws_thenWithdrawn() {
      fixture
          .given(submitted())
          .when(
              new WithdrawVoorstel(
                  ID, Party.person("algemeen directeur"), of(2023, 6, 1), "herzien"))
          .expectEvents(
              new VoorstelWithdrawn(
                  ID, Party.person("algemeen directeur"), of(2023, 6, 1), "herzien"));
    }

    @Test
    void givenSubmitted_whenSomeoneElseWithdraws_thenRejected() {
      fixture
          .given(submitted())
          .when(new WithdrawVoorstel(ID, Party.gremium(bestuur), of(2023, 6, 1), null))
          .expectNoEvents()
          .expectException(rule(BesluitRule.ONLY_SUBMITTER_WITHDRAWS));
    }

    @Test
    void givenWithdrawn_whenPlacedOnAgenda_thenClosed() {
      fixture
          .given(submitted(), new VoorstelWithdrawn(ID, DIRECTEUR, of(2023, 6, 1), null))
          .when(new PlaceVoorstelOnAgenda(ID, bestuurJuly, null))
          .expectNoEvents()
          .expectException(rule(BesluitRule.VOORSTEL_CLOSED));
    }

    @Test
    void givenAdopted_whenEffectCarriedOut_thenRecordedOnceOnly() {
      BesluitTaken adopted =
          new BesluitTaken(
              ID,
              "s",
              BesluitType.STRUCTUURWIJZIGING,
              Party.gremium(bestuur),
              GremiumType.BESTUUR,
              DECIDED,
              null,
              BesluitOutcome.ADOPTED,
              List.of(merger()),
              List.of(),
              nl.ipo.ledger.kernel.besluit.VoteTally.of(List.of()),
              null,
              null,
              nl.ipo.ledger.kernel.besluit.CompetenceBasis.ownCompetence(null, "x"),
              null);
      fixture
          .given(submitted(), adopted)
          .when(new RecordEffectCarriedOut(ID, 0))
          .expectEvents(new BesluitEffectCarriedOut(ID, 0, merger(), SEPT));
      fixture
          .given(submitted(), adopted, new BesluitEffectCarriedOut(ID, 0, merger(), SEPT))
          .when(new RecordEffectCarriedOut(ID, 0))
          .expectNoEvents();
      fixture
          .given(submitted(), adopted)
          .when(new RecordEffectCarriedOut(ID, 1))
          .expectNoEvents()
          .expectException(rule(BesluitRule.EFFECT_UNKNOWN));
    }
  }
}
