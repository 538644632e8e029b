package nl.ipo.ledger.command.rectificatie;

import static java.time.LocalDate.of;

import nl.ipo.ledger.command.OtherAggregates;
import nl.ipo.ledger.command.gremium.GremiumCorrections;
import nl.ipo.ledger.kernel.common.CommandOutcome;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.common.Province;
import nl.ipo.ledger.kernel.error.NotFoundException;
import nl.ipo.ledger.kernel.error.RuleViolationException;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.GremiumEstablished;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.GremiumRenamed;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.MemberAppointed;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.kernel.gremium.MemberRole;
import nl.ipo.ledger.kernel.gremium.MembershipId;
import nl.ipo.ledger.kernel.rectificatie.RectificatieCommand.CorrectFact;
import nl.ipo.ledger.kernel.rectificatie.RectificatieCommand.RetractFact;
import nl.ipo.ledger.kernel.rectificatie.RectificatieEvent.FactCorrected;
import nl.ipo.ledger.kernel.rectificatie.RectificatieEvent.FactRetracted;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RectificatieTest {

  private static final DecisionReference SECRETARIAAT =
      new DecisionReference("Secretariaat, rectificatie");

  private FixtureConfiguration<Rectificatie> fixture;
  private GremiumId gremium;
  private String eventId;
  private GremiumEstablished original;

  @BeforeEach
  void setUp() {
    OtherAggregates others = new OtherAggregates();
    gremium = others.gremium("BAC Finacien", GremiumType.BAC, of(2019, 1, 1));
    eventId = others.store().readEvents(gremium.toString()).next().getIdentifier();
    original =
        (GremiumEstablished) others.store().readEvents(gremium.toString()).next().getPayload();
    fixture = new AggregateTestFixture<>(Rectificatie.class);
    fixture.registerInjectableResource(new FactReader(others.store()));
    fixture.registerInjectableResource(others.gremia);
    fixture.registerInjectableResource(others.mandaatLookups());
    fixture.registerInjectableResource(others.besluitLookups());
    fixture.registerInjectableResource(others.begrotingLookups());
    this.others = others;
  }

  private OtherAggregates others;

  private GremiumEstablished renamed(String name) {
    return new GremiumEstablished(
        original.gremiumId(),
        name,
        original.type(),
        null,
        original.beginDate(),
        null,
        original.decision());
  }

  private CorrectFact correct(Object replacement) {
    return new CorrectFact(
        eventId,
        gremium.toString(),
        (nl.ipo.ledger.kernel.common.LedgerEvent) replacement,
        "{}",
        "spelfout",
        SECRETARIAAT);
  }

  private FactCorrected corrected() {
    return new FactCorrected(
        eventId,
        gremium.toString(),
        GremiumEstablished.class.getName(),
        "1",
        "{}",
        of(2019, 1, 1),
        "spelfout",
        SECRETARIAAT);
  }

  private static Matcher<?> rule(String code) {
    return Matchers.predicate(e -> e instanceof RuleViolationException r && r.rule().equals(code));
  }

  @Test
  void givenAFact_whenCorrectedBySameKindOfFact_thenCorrected() {
    fixture
        .givenNoPriorActivity()
        .when(correct(renamed("BAC Financien")))
        .expectEvents(corrected());
  }

  @Test
  void givenACorrection_whenRepeated_thenNoOp() {
    fixture
        .given(corrected())
        .when(correct(renamed("BAC Financien")))
        .expectNoEvents()
        .expectResultMessagePayload(CommandOutcome.UNCHANGED);
  }

  @Test
  void givenAFact_whenCorrectedByAnotherKindOfFact_thenRejected() {
    fixture
        .givenNoPriorActivity()
        .when(correct(new GremiumRenamed(gremium, "x", "y", of(2019, 1, 1), SECRETARIAAT)))
        .expectNoEvents()
        .expectException(rule(RectificatieRule.CORRECTION_OF_THE_SAME_FACT));
  }

  @Test
  void givenAFact_whenCorrectedIntoAFactAboutAnotherRecord_thenRejected() {
    fixture
        .givenNoPriorActivity()
        .when(
            correct(
                new GremiumEstablished(
                    GremiumId.random(),
                    "BAC Financien",
                    GremiumType.BAC,
                    null,
                    of(2019, 1, 1),
                    null,
                    SECRETARIAAT)))
        .expectNoEvents()
        .expectException(rule(RectificatieRule.CORRECTION_OF_THE_SAME_FACT));
  }

  @Test
  void givenARetractedFact_whenCorrected_thenRejected() {
    fixture
        .given(
            new FactRetracted(
                eventId,
                gremium.toString(),
                GremiumEstablished.class.getName(),
                of(2019, 1, 1),
                "nooit",
                SECRETARIAAT))
        .when(correct(renamed("BAC Financien")))
        .expectNoEvents()
        .expectException(rule(RectificatieRule.FACT_RETRACTED));
  }

  @Test
  void givenAFact_whenRetracted_thenRetracted() {
    fixture
        .givenNoPriorActivity()
        .when(new RetractFact(eventId, gremium.toString(), "nooit genomen", SECRETARIAAT))
        .expectEvents(
            new FactRetracted(
                eventId,
                gremium.toString(),
                GremiumEstablished.class.getName(),
                of(2019, 1, 1),
                "nooit genomen",
                SECRETARIAAT));
  }

  @Test
  void givenNoSuchFact_whenCorrected_thenNotFound() {
    fixture
        .givenNoPriorActivity()
        .when(
            new CorrectFact(
                "unknown", gremium.toString(), renamed("x"), "{}", "spelfout", SECRETARIAAT))
        .expectNoEvents()
        .expectException(NotFoundException.class);
  }

  @Test
  void givenTwoCorrections_whenTheOlderIsRetried_thenNoOpSoTheNewerStays() {
    FactCorrected newer =
        new FactCorrected(
            eventId,
            gremium.toString(),
            GremiumEstablished.class.getName(),
            "1",
            "{\"later\":1}",
            of(2019, 1, 1),
            "tweede",
            SECRETARIAAT);
    fixture
        .given(corrected(), newer)
        .when(correct(renamed("BAC Financien")))
        .expectNoEvents()
        .expectResultMessagePayload(CommandOutcome.UNCHANGED);
  }

  @Test
  void givenAFact_whenTheReplacementLacksItsIdentity_thenRejectedNotCrashed() {
    fixture
        .givenNoPriorActivity()
        .when(
            correct(
                new GremiumEstablished(
                    null,
                    "BAC Financien",
                    GremiumType.BAC,
                    null,
                    of(2019, 1, 1),
                    null,
                    SECRETARIAAT)))
        .expectNoEvents()
        .expectException(rule(RectificatieRule.CORRECTION_OF_THE_SAME_FACT));
  }

  @Test
  void givenAFact_whenTheReplacementEmptiesAField_thenRejected() {
    fixture
        .givenNoPriorActivity()
        .when(correct(renamed(null)))
        .expectNoEvents()
        .expectException(rule(RectificatieRule.CORRECTION_KEEPS_EVERY_FIELD));
  }

  @Test
  void givenAnEstablishment_whenCorrectedToEndBeforeItBegins_thenRejectedByTheGremiumsRule() {
    fixture
        .givenNoPriorActivity()
        .when(
            correct(
                new GremiumEstablished(
                    original.gremiumId(),
                    original.name(),
                    original.type(),
                    null,
                    original.beginDate(),
                    of(2018, 6, 1),
                    original.decision())))
        .expectNoEvents()
        .expectException(rule("DATES_ORDERED"));
  }

  @Test
  void givenTwoLeden_whenTheSecondIsCorrectedToTheFirstsProvince_thenRejectedBySeatsPerProvince() {
    MembershipId first = MembershipId.random();
    MembershipId second = MembershipId.random();
    others.publish(
        gremium.toString(),
        new MemberAppointed(
            gremium,
            first,
            "A. de Vries",
            Province.ZEELAND,
            MemberRole.LID,
            of(2019, 2, 1),
            SECRETARIAAT));
    others.publish(
        gremium.toString(),
        new MemberAppointed(
            gremium,
            second,
            "B. Jansen",
            Province.UTRECHT,
            MemberRole.LID,
            of(2019, 2, 1),
            SECRETARIAAT));
    String secondId = identifierOf(2);
    fixture
        .givenNoPriorActivity()
        .when(
            new CorrectFact(
                secondId,
                gremium.toString(),
                new MemberAppointed(
                    gremium,
                    second,
                    "B. Jansen",
                    Province.ZEELAND,
                    MemberRole.LID,
                    of(2019, 2, 1),
                    SECRETARIAAT),
                "{}",
                "verkeerde provincie",
                SECRETARIAAT))
        .expectNoEvents()
        .expectException(rule("SEATS_PER_PROVINCE"));
  }

  @Test
  void givenTwoLeden_whenTheSecondsNameIsCorrected_thenCorrected() {
    MembershipId member = MembershipId.random();
    others.publish(
        gremium.toString(),
        new MemberAppointed(
            gremium,
            member,
            "B. Jansne",
            Province.UTRECHT,
            MemberRole.LID,
            of(2019, 2, 1),
            SECRETARIAAT));
    String memberEvent = identifierOf(1);
    fixture
        .givenNoPriorActivity()
        .when(
            new CorrectFact(
                memberEvent,
                gremium.toString(),
                new MemberAppointed(
                    gremium,
                    member,
                    "B. Jansen",
                    Province.UTRECHT,
                    MemberRole.LID,
                    of(2019, 2, 1),
                    SECRETARIAAT),
                "{}",
                "spelfout",
                SECRETARIAAT))
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(
            Matchers.payloadsMatching(
                Matchers.exactSequenceOf(
                    Matchers.predicate(
                        e ->
                            e instanceof FactCorrected c
                                && c.eventIdentifier().equals(memberEvent)),
                    Matchers.andNoMore())));
  }

  @Test
  void givenAMembership_whenTheRenameIsCorrectedWithAWrongPreviousName_thenRejected() {
    others.publish(
        gremium.toString(),
        new GremiumRenamed(gremium, "BAC Financiën", "BAC Finacien", of(2020, 1, 1), SECRETARIAAT));
    String renameEvent = identifierOf(1);
    fixture
        .givenNoPriorActivity()
        .when(
            new CorrectFact(
                renameEvent,
                gremium.toString(),
                new GremiumRenamed(
                    gremium, "BAC Financiën", "Iets anders", of(2020, 1, 1), SECRETARIAAT),
                "{}",
                "vorige naam",
                SECRETARIAAT))
        .expectNoEvents()
        .expectException(rule(GremiumCorrections.CORRECTION_OBEYS_THE_RULES));
  }

  private String identifierOf(int sequence) {
    var stream = others.store().readEvents(gremium.toString());
    String id = null;
    for (int i = 0; i <= sequence; i++) {
      id = stream.next().getIdentifier();
    }
    return id;
  }
}
