package nl.ipo.ledger.command.gremium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ipo.ledger.command.besluit.BesluitDirectory;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitTaken;
import nl.ipo.ledger.kernel.besluit.BesluitId;
import nl.ipo.ledger.kernel.besluit.BesluitOutcome;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.besluit.CompetenceBasis;
import nl.ipo.ledger.kernel.besluit.VoteTally;
import nl.ipo.ledger.kernel.common.CommandOutcome;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.common.Province;
import nl.ipo.ledger.kernel.error.ConflictException;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import nl.ipo.ledger.kernel.error.NotFoundException;
import nl.ipo.ledger.kernel.error.RuleViolationException;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.AppointMember;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.DissolveGremium;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.EndMembership;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.EstablishGremium;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.RenameGremium;
import nl.ipo.ledger.kernel.gremium.GremiumEvent;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.GremiumDissolved;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.GremiumEstablished;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.GremiumRenamed;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.MemberAppointed;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.MembershipEnded;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.kernel.gremium.MemberRole;
import nl.ipo.ledger.kernel.gremium.MembershipId;
import nl.ipo.ledger.kernel.gremium.Successor;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GremiumTest {

  private static final GremiumId BAC = GremiumId.random();
  private static final DecisionReference BESLUIT = new DecisionReference("Bestuur 2023-07-06, 4");
  private static final LocalDate BEGIN = LocalDate.of(2023, 9, 1);

  private FixtureConfiguration<Gremium> fixture;
  private EmbeddedEventStore otherGremia;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Gremium.class);
    otherGremia =
        EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    fixture.registerInjectableResource(new GremiumDirectory(otherGremia));
    fixture.registerInjectableResource(new BesluitDirectory(otherGremia));
  }

  private static GremiumEstablished established(GremiumType type) {
    return new GremiumEstablished(
        BAC, "BAC Wonen & Bereikbaarheid", type, null, BEGIN, null, BESLUIT);
  }

  private static EstablishGremium establish(GremiumType type) {
    return new EstablishGremium(
        BAC, "BAC Wonen & Bereikbaarheid", type, null, BEGIN, null, BESLUIT);
  }

  private static MemberAppointed appointed(
      MembershipId id, String person, Province province, MemberRole role, LocalDate start) {
    return new MemberAppointed(BAC, id, person, province, role, start, BESLUIT);
  }

  private static AppointMember appoint(
      MembershipId id, String person, Province province, MemberRole role, LocalDate start) {
    return new AppointMember(BAC, id, person, province, role, start, BESLUIT);
  }

  private void otherGremiumExists(GremiumEstablished... events) {
    for (GremiumEstablished event : events) {
      otherGremia.publish(
          new GenericDomainEventMessage<>("Gremium", event.gremiumId().toString(), 0, event));
    }
  }

  private static Matcher<?> rule(String code) {
    return Matchers.predicate(e -> e instanceof RuleViolationException r && r.rule().equals(code));
  }

  private static Matcher<?> rule(String code, String reasonPart) {
    return Matchers.predicate(
        e ->
            e instanceof RuleViolationException r
                && r.rule().equals(code)
                && r.getMessage().contains(reasonPart));
  }

  @Nested
  class Establish {

    @Test
    void givenNothing_whenEstablished_thenGremiumEstablished() {
      fixture
          .givenNoPriorActivity()
          .when(establish(GremiumType.BAC))
          .expectSuccessfulHandlerExecution()
          .expectEvents(established(GremiumType.BAC))
          .expectResultMessagePayload(CommandOutcome.RECORDED);
    }

    @Test
    void givenEstablished_whenExactRepeat_thenNoOpWithoutEvent() {
      fixture
          .given(established(GremiumType.BAC))
          .when(establish(GremiumType.BAC))
          .expectNoEvents()
          .expectResultMessagePayload(CommandOutcome.UNCHANGED);
    }

    @Test
    void givenEstablished_whenSameIdDifferentContent_thenConflict() {
      fixture
          .given(established(GremiumType.BAC))
          .when(establish(GremiumType.AAC))
          .expectNoEvents()
          .expectException(ConflictException.class);
    }

    @Test
    void givenNothing_whenTemporaryWithoutEnd_thenRejected() {
      fixture
          .givenNoPriorActivity()
          .when(
              new EstablishGremium(
                  BAC, "Werkgroep Focus", GremiumType.WERKGROEP, null, BEGIN, null, BESLUIT))
          .expectNoEvents()
          .expectException(rule(GremiumRule.TEMPORARY_GREMIUM_NEEDS_TERM));
    }

    @Test
    void givenNothing_whenTemporaryWithEnd_thenEstablished() {
      LocalDate end = LocalDate.of(2024, 1, 1);
      fixture
          .givenNoPriorActivity()
          .when(
              new EstablishGremium(
                  BAC, "Werkgroep Focus", GremiumType.WERKGROEP, null, BEGIN, end, BESLUIT))
          .expectEvents(
              new GremiumEstablished(
                  BAC, "Werkgroep Focus", GremiumType.WERKGROEP, null, BEGIN, end, BESLUIT));
    }

    @Test
    void givenNothing_whenEndNotAfterBegin_thenRejected() {
      fixture
          .givenNoPriorActivity()
          .when(
              new EstablishGremium(
                  BAC, "Werkgroep Focus", GremiumType.WERKGROEP, null, BEGIN, BEGIN, BESLUIT))
          .expectNoEvents()
          .expectException(rule(GremiumRule.DATES_ORDERED));
    }

    @Test
    void givenParentBacInForce_whenAacEstablishedUnderIt_thenEstablished() {
      GremiumId parent = GremiumId.random();
      otherGremiumExists(
          new GremiumEstablished(parent, "BAC Wonen", GremiumType.BAC, null, BEGIN, null, BESLUIT));
      EstablishGremium aac =
          new EstablishGremium(BAC, "AAC Wonen", GremiumType.AAC, parent, BEGIN, null, BESLUIT);
      fixture
          .givenNoPriorActivity()
          .when(aac)
          .expectEvents(
              new GremiumEstablished(
                  BAC, "AAC Wonen", GremiumType.AAC, parent, BEGIN, null, BESLUIT));
    }

    @Test
    void givenNoSuchParent_whenEstablishedUnderIt_thenNotFound() {
      fixture
          .givenNoPriorActivity()
          .when(
              new EstablishGremium(
                  BAC, "AAC Wonen", GremiumType.AAC, GremiumId.random(), BEGIN, null, BESLUIT))
          .expectNoEvents()
          .expectException(NotFoundException.class);
    }

    @Test
    void givenParentNotYetInForce_whenChildBeginsEarlier_thenRejected() {
      GremiumId parent = GremiumId.random();
      otherGremiumExists(
          new GremiumEstablished(parent, "BAC Wonen", GremiumType.BAC, null, BEGIN, null, BESLUIT));
      fixture
          .givenNoPriorActivity()
          .when(
              new EstablishGremium(
                  BAC, "AAC Wonen", GremiumType.AAC, parent, BEGIN.minusDays(1), null, BESLUIT))
          .expectNoEvents()
          .expectException(rule(GremiumRule.PARENT_GREMIUM));
    }

    @Test
    void givenParentOfWrongType_whenAacEstablishedUnderIt_thenRejected() {
      GremiumId parent = GremiumId.random();
      otherGremiumExists(
          new GremiumEstablished(
              parent, "IPO-bestuur", GremiumType.BESTUUR, null, BEGIN, null, BESLUIT));
      fixture
          .givenNoPriorActivity()
          .when(
              new EstablishGremium(BAC, "AAC Wonen", GremiumType.AAC, parent, BEGIN, null, BESLUIT))
          .expectNoEvents()
          .expectException(rule(GremiumRule.PARENT_GREMIUM));
    }

    @Test
    void givenNothing_whenOwnParent_thenRejected() {
      otherGremiumExists(established(GremiumType.BAC));
      fixture
          .givenNoPriorActivity()
          .when(new EstablishGremium(BAC, "BAC", GremiumType.BAC, BAC, BEGIN, null, BESLUIT))
          .expectNoEvents()
          .expectException(rule(GremiumRule.PARENT_GREMIUM));
    }
  }

  @Nested
  class Rename {

    private final LocalDate day = LocalDate.of(2024, 1, 1);

    @Test
    void givenEstablished_whenRenamed_thenRenamedWithPreviousName() {
      fixture
          .given(established(GremiumType.BAC))
          .when(new RenameGremium(BAC, "BAC Wonen", day, BESLUIT))
          .expectEvents(
              new GremiumRenamed(BAC, "BAC Wonen", "BAC Wonen & Bereikbaarheid", day, BESLUIT));
    }

    @Test
    void givenRenamed_whenExactRepeat_thenNoOp() {
      fixture
          .given(
              established(GremiumType.BAC),
              new GremiumRenamed(BAC, "BAC Wonen", "BAC Wonen & Bereikbaarheid", day, BESLUIT))
          .when(new RenameGremium(BAC, "BAC Wonen", day, BESLUIT))
          .expectNoEvents()
          .expectResultMessagePayload(CommandOutcome.UNCHANGED);
    }

    @Test
    void givenEstablished_whenRenamedToSameName_thenNoOp() {
      fixture
          .given(established(GremiumType.BAC))
          .when(new RenameGremium(BAC, "BAC Wonen & Bereikbaarheid", day, BESLUIT))
          .expectNoEvents()
          .expectResultMessagePayload(CommandOutcome.UNCHANGED);
    }

    @Test
    void givenEstablished_whenRenamedBeforeBegin_thenRejected() {
      fixture
          .given(established(GremiumType.BAC))
          .when(new RenameGremium(BAC, "BAC Wonen", BEGIN.minusDays(1), BESLUIT))
          .expectNoEvents()
          .expectException(rule(GremiumRule.DATES_WITHIN_LIFETIME));
    }

    @Test
    void givenRenamed_whenRenamedEarlierThanThatRename_thenRejected() {
      fixture
          .given(
              established(GremiumType.BAC),
              new GremiumRenamed(BAC, "BAC Wonen", "BAC Wonen & Bereikbaarheid", day, BESLUIT))
          .when(new RenameGremium(BAC, "BAC W&B", day.minusDays(1), BESLUIT))
          .expectNoEvents()
          .expectException(rule(GremiumRule.DATES_ORDERED));
    }

    @Test
    void givenDissolved_whenRenamed_thenRejected() {
      fixture
          .given(
              established(GremiumType.BAC),
              new GremiumDissolved(BAC, LocalDate.of(2025, 1, 1), BESLUIT))
          .when(new RenameGremium(BAC, "BAC Wonen", day, BESLUIT))
          .expectNoEvents()
          .expectException(rule(GremiumRule.DISSOLVED_GREMIUM_IS_CLOSED));
    }
  }

  @Nested
  class Dissolve {

    private final LocalDate day = LocalDate.of(2025, 1, 1);

    @Test
    void givenOpenMemberships_whenDissolved_thenMembershipsEndAndGremiumDissolved() {
      MembershipId lid = MembershipId.random();
      MembershipId ended = MembershipId.random();
      fixture
          .given(
              established(GremiumType.BAC),
              appointed(lid, "A. de Vries", Province.ZEELAND, MemberRole.LID, BEGIN),
              appointed(ended, "B. Jansen", Province.LIMBURG, MemberRole.LID, BEGIN),
              new MembershipEnded(BAC, ended, BEGIN.plusMonths(3), BESLUIT))
          .when(new DissolveGremium(BAC, day, BESLUIT))
          .expectEvents(
              new MembershipEnded(BAC, lid, day, BESLUIT), new GremiumDissolved(BAC, day, BESLUIT));
    }

    @Test
    void givenDissolved_whenExactRepeat_thenNoOp() {
      fixture
          .given(established(GremiumType.BAC), new GremiumDissolved(BAC, day, BESLUIT))
          .when(new DissolveGremium(BAC, day, BESLUIT))
          .expectNoEvents()
          .expectResultMessagePayload(CommandOutcome.UNCHANGED);
    }

    @Test
    void givenDissolved_whenDissolvedOnAnotherDate_thenRejected() {
      fixture
          .given(established(GremiumType.BAC), new GremiumDissolved(BAC, day, BESLUIT))
          .when(new DissolveGremium(BAC, day.plusDays(1), BESLUIT))
          .expectNoEvents()
          .expectException(rule(GremiumRule.DISSOLVED_GREMIUM_IS_CLOSED));
    }

    @Test
    void givenEstablished_whenDissolvedOnItsBeginDate_thenRejected() {
      fixture
          .given(established(GremiumType.BAC))
          .when(new DissolveGremium(BAC, BEGIN, BESLUIT))
          .expectNoEvents()
          .expectException(rule(GremiumRule.DATES_WITHIN_LIFETIME));
    }

    @Test
    void givenMembershipStartingLater_whenDissolvedBefore_thenRejected() {
      fixture
          .given(
              established(GremiumType.BAC),
              appointed(
                  MembershipId.random(),
                  "A. de Vries",
                  Province.ZEELAND,
                  MemberRole.LID,
                  day.plusDays(10)))
          .when(new DissolveGremium(BAC, day, BESLUIT))
          .expectNoEvents()
          .expectException(rule(GremiumRule.DATES_WITHIN_LIFETIME));
    }
  }

  @Nested
  class Appoint {

    private final MembershipId first = MembershipId.random();
    private final MembershipId second = MembershipId.random();

    /** A besluit of the bestuur, recorded in the ledger with this type and outcome. */
    private DecisionReference besluit(BesluitType type, BesluitOutcome outcome) {
      BesluitId id = BesluitId.random();
      otherGremia.publish(
          new GenericDomainEventMessage<>(
              "Besluit",
              id.toString(),
              0,
              new BesluitTaken(
                  id,
                  "Benoeming leden BAC Wonen & Bereikbaarheid",
                  type,
                  Party.gremium(GremiumId.random()),
                  GremiumType.BESTUUR,
                  LocalDate.of(2023, 7, 6),
                  null,
                  outcome,
                  List.of(),
                  List.of(),
                  VoteTally.of(List.of()),
                  null,
                  null,
                  CompetenceBasis.ownCompetence(GremiumType.BESTUUR, "Statuten IPO"),
                  null)));
      return new DecisionReference("Bestuur 6 juli 2023", id);
    }

    private AppointMember appointUnder(DecisionReference decision) {
      return new AppointMember(
          BAC, first, "A. de Vries", Province.ZEELAND, MemberRole.LID, BEGIN, decision);
    }

    @Test
    void givenAnAdoptedBenoemingBesluit_whenAppointedUnderIt_thenAppointedWithTheLink() {
      DecisionReference decision = besluit(BesluitType.BENOEMING, BesluitOutcome.ADOPTED);
      fixture
          .given(established(GremiumType.BAC))
          .when(appointUnder(decision))
          .expectEvents(
              new MemberAppointed(
                  BAC, first, "A. de Vries", Province.ZEELAND, MemberRole.LID, BEGIN, decision));
    }

    @Test
    void givenARejectedBesluit_whenAppointedUnderIt_thenRejected() {
      DecisionReference decision = besluit(BesluitType.BENOEMING, BesluitOutcome.REJECTED);
      fixture
          .given(established(GremiumType.BAC))
          .when(appointUnder(decision))
          .expectNoEvents()
          .expectException(
              Matchers.predicate(
                  e ->
                      e instanceof RuleViolationException r
                          && r.rule().equals("AUTHORISING_BESLUIT")
                          && r.getMessage()
                              .contains(
                                  "Het besluit 'Benoeming leden BAC Wonen & Bereikbaarheid' van 6"
                                      + " juli 2023 is verworpen en kan een benoeming dus niet"
                                      + " dragen")));
    }

    @Test
    void givenABesluitOfAnotherType_whenAppointedUnderIt_thenRejected() {
      DecisionReference decision = besluit(BesluitType.STANDPUNT, BesluitOutcome.ADOPTED);
      fixture
          .given(established(GremiumType.BAC))
          .when(appointUnder(decision))
          .expectNoEvents()
          .expectException(
              Matchers.predicate(
                  e ->
                      e instanceof RuleViolationException r
                          && r.rule().equals("AUTHORISING_BESLUIT")
                          && r.getMessage()
                              .contains(
                                  "is een standpunt; een benoeming rust op een structuurwijziging of"
                                      + " benoeming")));
    }

    @Test
    void givenAnUnknownBesluit_whenAppointedUnderIt_thenRejected() {
      fixture
          .given(established(GremiumType.BAC))
          .when(appointUnder(new DecisionReference("Bestuur 6 juli 2023", BesluitId.random())))
          .expectNoEvents()
          .expectException(rule("AUTHORISING_BESLUIT"));
    }

    @Test
    void givenBac_whenLidAppointed_thenMemberAppointed() {
      fixture
          .given(established(GremiumType.BAC))
          .when(appoint(first, "A. de Vries", Province.ZEELAND, MemberRole.LID, BEGIN))
          .expectEvents(appointed(first, "A. de Vries", Province.ZEELAND, MemberRole.LID, BEGIN))
          .expectResultMessagePayload(CommandOutcome.RECORDED);
    }

    @Test
    void givenAppointed_whenExactRepeatWithOtherId_thenNoOp() {
      fixture
          .given(
              established(GremiumType.BAC),
              appointed(first, "A. de Vries", Province.ZEELAND, MemberRole.LID, BEGIN))
          .when(appoint(second, "A. de Vries", Province.ZEELAND, MemberRole.LID, BEGIN))
          .expectNoEvents()
          .expectResultMessagePayload(CommandOutcome.UNCHANGED);
    }

    @Test
    void givenAppointed_whenSameIdOtherPerson_thenConflict() {
      fixture
          .given(
              established(GremiumType.BAC),
              appointed(first, "A. de Vries", Province.ZEELAND, MemberRole.LID, BEGIN))
          .when(appoint(first, "B. Jansen", Province.LIMBURG, MemberRole.LID, BEGIN))
          .expectNoEvents()
          .expectException(ConflictException.class);
    }

    @Test
    void givenBacWithLidForZeeland_whenSecondLidForZeeland_thenRejected() {
      fixture
          .given(
              established(GremiumType.BAC),
              appointed(first, "A. de Vries", Province.ZEELAND, MemberRole.LID, BEGIN))
          .when(appoint(second, "B. Jansen", Province.ZEELAND, MemberRole.LID, BEGIN.plusDays(5)))
          .expectNoEvents()
          .expectException(rule(GremiumRule.SEATS_PER_PROVINCE))
          .expectExceptionMessage(
              "De BAC Wonen & Bereikbaarheid heeft voor Zeeland al een lid vanaf 6 september 2023:"
                  + " A. de Vries (lid, Zeeland, vanaf 1 september 2023)");
    }

    @Test
    void givenBacWithLidForZeeland_whenPlaatsvervangerForZeeland_thenAppointed() {
      fixture
          .given(
              established(GremiumType.BAC),
              appointed(first, "A. de Vries", Province.ZEELAND, MemberRole.LID, BEGIN))
          .when(appoint(second, "B. Jansen", Province.ZEELAND, MemberRole.PLAATSVERVANGER, BEGIN))
          .expectEvents(
              appointed(second, "B. Jansen", Province.ZEELAND, MemberRole.PLAATSVERVANGER, BEGIN));
    }

    @Test
    void givenBestuurWithEndedLid_whenSuccessorFromEndDate_thenAppointed() {
      LocalDate handover = LocalDate.of(2024, 3, 1);
      fixture
          .given(
              established(GremiumType.BESTUUR),
              appointed(first, "A. de Vries", Province.ZEELAND, MemberRole.LID, BEGIN),
              new MembershipEnded(BAC, first, handover, BESLUIT))
          .when(appoint(second, "B. Jansen", Province.ZEELAND, MemberRole.LID, handover))
          .expectEvents(appointed(second, "B. Jansen", Province.ZEELAND, MemberRole.LID, handover));
    }

    @Test
    void givenAacWithLaterLid_whenEarlierOpenLidRecorded_thenRejected() {
      fixture
          .given(
              established(GremiumType.AAC),
              appointed(first, "A. de Vries", Province.ZEELAND, MemberRole.LID, BEGIN.plusYears(1)))
          .when(appoint(second, "B. Jansen", Province.ZEELAND, MemberRole.LID, BEGIN))
          .expectNoEvents()
          .expectException(rule(GremiumRule.SEATS_PER_PROVINCE));
    }

    @Test
    void givenAvWithTwoMembersForUtrecht_whenThird_thenRejected() {
      fixture
          .given(
              established(GremiumType.AV),
              appointed(first, "A. de Vries", Province.UTRECHT, MemberRole.LID, BEGIN),
              appointed(second, "B. Jansen", Province.UTRECHT, MemberRole.LID, BEGIN))
          .when(
              appoint(MembershipId.random(), "C. Bakker", Province.UTRECHT, MemberRole.LID, BEGIN))
          .expectNoEvents()
          .expectException(rule(GremiumRule.SEATS_PER_PROVINCE));
    }

    @Test
    void givenAvWithOneMemberForUtrecht_whenSecond_thenAppointed() {
      fixture
          .given(
              established(GremiumType.AV),
              appointed(first, "A. de Vries", Province.UTRECHT, MemberRole.LID, BEGIN))
          .when(appoint(second, "B. Jansen", Province.UTRECHT, MemberRole.LID, BEGIN))
          .expectEvents(appointed(second, "B. Jansen", Province.UTRECHT, MemberRole.LID, BEGIN));
    }

    @Test
    void givenAvWithTwoSeatsTakenAtDifferentTimes_whenThirdNeverConcurrent_thenAppointed() {
      LocalDate handover = BEGIN.plusYears(1);
      fixture
          .given(
              established(GremiumType.AV),
              appointed(first, "A. de Vries", Province.UTRECHT, MemberRole.LID, BEGIN),
              new MembershipEnded(BAC, first, handover, BESLUIT),
              appointed(second, "B. Jansen", Province.UTRECHT, MemberRole.LID, handover))
          .when(
              appoint(MembershipId.random(), "C. Bakker", Province.UTRECHT, MemberRole.LID, BEGIN))
          .expectSuccessfulHandlerExecution();
    }

    @Test
    void givenVoorzitter_whenSecondVoorzitter_thenRejected() {
      fixture
          .given(
              established(GremiumType.BAC),
              appointed(first, "A. de Vries", Province.ZEELAND, MemberRole.VOORZITTER, BEGIN))
          .when(appoint(second, "B. Jansen", Province.LIMBURG, MemberRole.VOORZITTER, BEGIN))
          .expectNoEvents()
          .expectException(rule(GremiumRule.SINGLE_VOORZITTER))
          .expectExceptionMessage(
              "De BAC Wonen & Bereikbaarheid heeft al een voorzitter vanaf 1 september 2023:"
                  + " A. de Vries (voorzitter, Zeeland, vanaf 1 september 2023); beëindig eerst dat"
                  + " lidmaatschap");
    }

    @Test
    void givenVoorzitterEnded_whenNewVoorzitter_thenAppointed() {
      LocalDate handover = BEGIN.plusYears(1);
      fixture
          .given(
              established(GremiumType.BAC),
              appointed(first, "A. de Vries", Province.ZEELAND, MemberRole.VOORZITTER, BEGIN),
              new MembershipEnded(BAC, first, handover, BESLUIT))
          .when(appoint(second, "B. Jansen", Province.LIMBURG, MemberRole.VOORZITTER, handover))
          .expectEvents(
              appointed(second, "B. Jansen", Province.LIMBURG, MemberRole.VOORZITTER, handover));
    }

    @Test
    void givenEstablished_whenStartBeforeBegin_thenRejected() {
      fixture
          .given(established(GremiumType.BAC))
          .when(appoint(first, "A. de Vries", Province.ZEELAND, MemberRole.LID, BEGIN.minusDays(1)))
          .expectNoEvents()
          .expectException(rule(GremiumRule.DATES_WITHIN_LIFETIME))
          .expectExceptionMessage(
              "De begindatum (31 augustus 2023) valt buiten de periode waarin de BAC Wonen &"
                  + " Bereikbaarheid bestaat: vanaf 1 september 2023");
    }

    @Test
    void givenDissolved_whenAppointed_thenRejected() {
      fixture
          .given(
              established(GremiumType.BAC),
              new GremiumDissolved(BAC, LocalDate.of(2025, 1, 1), BESLUIT))
          .when(appoint(first, "A. de Vries", Province.ZEELAND, MemberRole.LID, BEGIN))
          .expectNoEvents()
          .expectException(rule(GremiumRule.DISSOLVED_GREMIUM_IS_CLOSED));
    }

    @Test
    void givenNoGremium_whenAppointed_thenAggregateNotFound() {
      fixture
          .givenNoPriorActivity()
          .when(appoint(first, "A. de Vries", Province.ZEELAND, MemberRole.LID, BEGIN))
          .expectNoEvents()
          .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class);
    }
  }

  @Nested
  class End {

    private final MembershipId lid = MembershipId.random();
    private final LocalDate day = LocalDate.of(2024, 6, 1);

    @Test
    void givenOpenMembership_whenEnded_thenMembershipEnded() {
      fixture
          .given(
              established(GremiumType.BAC),
              appointed(lid, "A. de Vries", Province.ZEELAND, MemberRole.LID, BEGIN))
          .when(new EndMembership(BAC, lid, day, BESLUIT))
          .expectEvents(new MembershipEnded(BAC, lid, day, BESLUIT));
    }

    @Test
    void givenEnded_whenExactRepeat_thenNoOp() {
      fixture
          .given(
              established(GremiumType.BAC),
              appointed(lid, "A. de Vries", Province.ZEELAND, MemberRole.LID, BEGIN),
              new MembershipEnded(BAC, lid, day, BESLUIT))
          .when(new EndMembership(BAC, lid, day, BESLUIT))
          .expectNoEvents()
          .expectResultMessagePayload(CommandOutcome.UNCHANGED);
    }

    @Test
    void givenEnded_whenEndedOnAnotherDate_thenRejected() {
      fixture
          .given(
              established(GremiumType.BAC),
              appointed(lid, "A. de Vries", Province.ZEELAND, MemberRole.LID, BEGIN),
              new MembershipEnded(BAC, lid, day, BESLUIT))
          .when(new EndMembership(BAC, lid, day.plusDays(1), BESLUIT))
          .expectNoEvents()
          .expectException(rule(GremiumRule.MEMBERSHIP_ALREADY_ENDED));
    }

    @Test
    void givenOpenMembership_whenEndedOnItsStart_thenRejected() {
      fixture
          .given(
              established(GremiumType.BAC),
              appointed(lid, "A. de Vries", Province.ZEELAND, MemberRole.LID, BEGIN))
          .when(new EndMembership(BAC, lid, BEGIN, BESLUIT))
          .expectNoEvents()
          .expectException(rule(GremiumRule.DATES_ORDERED));
    }

    @Test
    void givenTemporaryGremium_whenMembershipEndsAfterItsEnd_thenRejected() {
      LocalDate end = LocalDate.of(2024, 1, 1);
      fixture
          .given(
              new GremiumEstablished(
                  BAC, "Werkgroep", GremiumType.WERKGROEP, null, BEGIN, end, BESLUIT),
              appointed(lid, "A. de Vries", Province.ZEELAND, MemberRole.LID, BEGIN))
          .when(new EndMembership(BAC, lid, end.plusDays(1), BESLUIT))
          .expectNoEvents()
          .expectException(rule(GremiumRule.DATES_WITHIN_LIFETIME));
    }

    @Test
    void givenNoSuchMembership_whenEnded_thenNotFound() {
      fixture
          .given(established(GremiumType.BAC))
          .when(new EndMembership(BAC, lid, day, BESLUIT))
          .expectNoEvents()
          .expectException(NotFoundException.class);
    }
  }

  @Nested
  class Successors {

    private final LocalDate day = LocalDate.of(2025, 1, 1);
    private final GremiumId wonen = GremiumId.random();
    private final GremiumId klimaat = GremiumId.random();

    private GremiumEstablished other(GremiumId id, String name, LocalDate begin, LocalDate end) {
      return new GremiumEstablished(id, name, GremiumType.BAC, null, begin, end, BESLUIT);
    }

    @Test
    void givenTwoSuccessorsInForce_whenDissolvedNamingThemWithTheirParts_thenBothRecorded() {
      otherGremiumExists(
          other(wonen, "BAC Wonen & Bereikbaarheid", day, null),
          other(klimaat, "BAC Klimaat & Leefomgeving", BEGIN, null));
      List<Successor> successors =
          List.of(new Successor(wonen, "ROW (W)"), new Successor(klimaat, "(ROW)W"));
      fixture
          .given(established(GremiumType.BAC))
          .when(new DissolveGremium(BAC, day, BESLUIT, successors))
          .expectEvents(new GremiumDissolved(BAC, day, BESLUIT, successors));
    }

    @Test
    void givenSuccessorUnknown_whenDissolved_thenRejectedAndNothingRecorded() {
      fixture
          .given(established(GremiumType.BAC))
          .when(new DissolveGremium(BAC, day, BESLUIT, List.of(new Successor(wonen, null))))
          .expectNoEvents()
          .expectException(rule(GremiumRule.SUCCESSOR_EXISTS))
          .expectExceptionMessage(
              "Er is geen gremium met id " + wonen + " bekend dat de taken kan overnemen");
    }

    @Test
    void givenSuccessorBeginningLater_whenDissolved_thenRejected() {
      otherGremiumExists(other(wonen, "BAC Wonen & Bereikbaarheid", day.plusDays(1), null));
      fixture
          .given(established(GremiumType.BAC))
          .when(new DissolveGremium(BAC, day, BESLUIT, List.of(new Successor(wonen, null))))
          .expectNoEvents()
          .expectException(rule(GremiumRule.SUCCESSOR_EXISTS, "bestaat niet op 1 januari 2025"));
    }

    @Test
    void givenSuccessorEndedBefore_whenDissolved_thenRejected() {
      otherGremiumExists(other(wonen, "Werkgroep W", BEGIN, day));
      fixture
          .given(established(GremiumType.BAC))
          .when(new DissolveGremium(BAC, day, BESLUIT, List.of(new Successor(wonen, "wonen"))))
          .expectNoEvents()
          .expectException(rule(GremiumRule.SUCCESSOR_EXISTS));
    }

    @Test
    void givenGremium_whenDissolvedNamingItselfAsSuccessor_thenRejected() {
      fixture
          .given(established(GremiumType.BAC))
          .when(new DissolveGremium(BAC, day, BESLUIT, List.of(new Successor(BAC, null))))
          .expectNoEvents()
          .expectException(rule(GremiumRule.SUCCESSOR_EXISTS, "eigen opvolger"));
    }

    @Test
    void givenSuccessorNamedTwice_whenDissolved_thenRejected() {
      otherGremiumExists(other(wonen, "BAC Wonen & Bereikbaarheid", BEGIN, null));
      fixture
          .given(established(GremiumType.BAC))
          .when(
              new DissolveGremium(
                  BAC,
                  day,
                  BESLUIT,
                  List.of(new Successor(wonen, "wonen"), new Successor(wonen, "water"))))
          .expectNoEvents()
          .expectException(rule(GremiumRule.SUCCESSOR_EXISTS, "twee keer"));
    }
  }

  @Nested
  class Posts {

    private final MembershipId first = MembershipId.random();

    private GremiumEstablished post() {
      return new GremiumEstablished(
          BAC, "Algemeen Directeur", GremiumType.FUNCTIE, null, BEGIN, null, BESLUIT);
    }

    @Test
    void givenPost_whenHolderWithoutProvinceAppointed_thenAppointed() {
      fixture
          .given(post())
          .when(appoint(first, "R. Fraanje", null, MemberRole.FUNCTIEHOUDER, BEGIN))
          .expectEvents(appointed(first, "R. Fraanje", null, MemberRole.FUNCTIEHOUDER, BEGIN));
    }

    @Test
    void givenPostHeld_whenSecondHolderAtTheSameTime_thenRejected() {
      fixture
          .given(post(), appointed(first, "R. Fraanje", null, MemberRole.FUNCTIEHOUDER, BEGIN))
          .when(appoint(MembershipId.random(), "B. Jansen", null, MemberRole.FUNCTIEHOUDER, BEGIN))
          .expectNoEvents()
          .expectException(rule(GremiumRule.POST_HOLDER, "heeft al een functiehouder"));
    }

    @Test
    void givenPostHeldUntilAHandover_whenNextHolderFromThen_thenAppointed() {
      LocalDate handover = BEGIN.plusYears(1);
      MembershipId next = MembershipId.random();
      fixture
          .given(
              post(),
              appointed(first, "R. Fraanje", null, MemberRole.FUNCTIEHOUDER, BEGIN),
              new MembershipEnded(BAC, first, handover, BESLUIT))
          .when(appoint(next, "B. Jansen", null, MemberRole.FUNCTIEHOUDER, handover))
          .expectEvents(appointed(next, "B. Jansen", null, MemberRole.FUNCTIEHOUDER, handover));
    }

    @Test
    void givenPost_whenLidAppointed_thenRejected() {
      fixture
          .given(post())
          .when(appoint(first, "A. de Vries", Province.ZEELAND, MemberRole.LID, BEGIN))
          .expectNoEvents()
          .expectException(rule(GremiumRule.POST_HOLDER, "alleen een functiehouder"));
    }

    @Test
    void givenBac_whenFunctiehouderAppointed_thenRejected() {
      fixture
          .given(established(GremiumType.BAC))
          .when(appoint(first, "R. Fraanje", null, MemberRole.FUNCTIEHOUDER, BEGIN))
          .expectNoEvents()
          .expectException(rule(GremiumRule.POST_HOLDER, "bekleedt een functie"));
    }

    @Test
    void givenBestuur_whenChairAndAdviserWithoutProvince_thenBothAppointed() {
      MembershipId adviser = MembershipId.random();
      fixture
          .given(established(GremiumType.BESTUUR))
          .when(appoint(first, null, null, MemberRole.VOORZITTER, BEGIN))
          .expectEvents(appointed(first, null, null, MemberRole.VOORZITTER, BEGIN));
      fixture
          .given(
              established(GremiumType.BESTUUR),
              appointed(first, null, null, MemberRole.VOORZITTER, BEGIN))
          .when(appoint(adviser, null, null, MemberRole.ADVISEUR, BEGIN))
          .expectEvents(appointed(adviser, null, null, MemberRole.ADVISEUR, BEGIN));
    }

    @Test
    void aLidWithoutProvinceIsRefusedBeforeAnyRule() {
      assertThatThrownBy(() -> appoint(first, null, null, MemberRole.LID, BEGIN))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("province");
    }
  }

  @Test
  void everyEventTypeIsFoldedByTheState() {
    GremiumState.Fold fold = new GremiumState.Fold();
    MembershipId lid = MembershipId.random();
    GremiumEvent[] history = {
      established(GremiumType.BAC),
      new GremiumRenamed(BAC, "BAC W&B", "BAC Wonen & Bereikbaarheid", BEGIN, BESLUIT),
      appointed(lid, "A. de Vries", Province.ZEELAND, MemberRole.LID, BEGIN),
      new MembershipEnded(BAC, lid, BEGIN.plusDays(1), BESLUIT),
      new GremiumDissolved(BAC, BEGIN.plusDays(2), BESLUIT)
    };
    for (GremiumEvent event : history) {
      fold.add(event);
    }
    GremiumState state = fold.state();
    assertThat(state.name()).isEqualTo("BAC W&B");
    assertThat(state.memberships().get(lid).end()).isEqualTo(BEGIN.plusDays(1));
    assertThat(state.endExclusive()).contains(BEGIN.plusDays(2));
    assertThat(state.inForceOn(BEGIN.plusDays(1))).isTrue();
    assertThat(state.inForceOn(BEGIN.plusDays(2))).isFalse();
  }

  @Test
  void aStateAskedForMidwayEqualsAFoldThatNeverAsked_andAStateOnceMadeNeverChanges() {
    GremiumState.Fold fold = new GremiumState.Fold();
    GremiumState.Fold unasked = new GremiumState.Fold();
    List<GremiumEvent> history = new ArrayList<>();
    history.add(established(GremiumType.BAC));
    for (int i = 0; i < 300; i++) {
      MembershipId id = MembershipId.random();
      history.add(appointed(id, "Lid " + i, Province.ZEELAND, MemberRole.LID, BEGIN.plusDays(i)));
      history.add(new MembershipEnded(BAC, id, BEGIN.plusDays(i + 1), BESLUIT));
    }
    GremiumState halfway = null;
    for (int i = 0; i < history.size(); i++) {
      fold.add(history.get(i));
      unasked.add(history.get(i));
      if (i == history.size() / 2) {
        halfway = fold.state();
      }
    }
    // the state made halfway is not handed out again once more events were folded
    assertThat(fold.state()).isEqualTo(unasked.state());
    assertThat(fold.state().memberships()).hasSize(300);
    // the state handed out halfway is a value: what was folded after it does not reach it
    assertThat(halfway.memberships()).hasSize(150);
    assertThat(halfway.memberships().values()).allSatisfy(m -> assertThat(m.end()).isNotNull());
    Map<MembershipId, Membership> handedOut = halfway.memberships();
    assertThatThrownBy(handedOut::clear).isInstanceOf(UnsupportedOperationException.class);
  }
}
