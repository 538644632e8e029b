package nl.ipo.ledger.command.rectificatie;

import static java.time.LocalDate.of;

import nl.ipo.ledger.command.OtherAggregates;
import nl.ipo.ledger.kernel.common.CommandOutcome;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.error.NotFoundException;
import nl.ipo.ledger.kernel.error.RuleViolationException;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.GremiumEstablished;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.GremiumRenamed;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumType;
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
  }

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
        .expectException(rule(Rectificatie.CORRECTION_OF_THE_SAME_FACT));
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
        .expectException(rule(Rectificatie.CORRECTION_OF_THE_SAME_FACT));
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
        .expectException(rule(Rectificatie.FACT_RETRACTED));
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
        .expectException(rule(Rectificatie.CORRECTION_OF_THE_SAME_FACT));
  }
}
