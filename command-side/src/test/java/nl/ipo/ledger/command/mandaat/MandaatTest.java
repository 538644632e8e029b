package nl.ipo.ledger.command.mandaat;

import static java.time.LocalDate.of;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.ipo.ledger.command.OtherAggregates;
import nl.ipo.ledger.kernel.besluit.BesluitOutcome;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.common.CommandOutcome;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.error.NotFoundException;
import nl.ipo.ledger.kernel.error.RuleViolationException;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.kernel.mandaat.MandaatCommand.AmendMandaat;
import nl.ipo.ledger.kernel.mandaat.MandaatCommand.GrantMandaat;
import nl.ipo.ledger.kernel.mandaat.MandaatCommand.RevokeMandaat;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent.MandaatAmended;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent.MandaatExpired;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent.MandaatGranted;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent.MandaatRevoked;
import nl.ipo.ledger.kernel.mandaat.MandaatId;
import nl.ipo.ledger.kernel.mandaat.MandaatScope;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MandaatTest {

  private static final MandaatId ID = MandaatId.random();
  private static final DecisionReference BESLUIT = new DecisionReference("Bestuur 2017-11-30");
  private static final LocalDate START = of(2017, 12, 1);
  private static final LocalDate END = of(2018, 12, 1);
  private static final Party KOPGROEP = Party.person("Bestuurlijke kopgroep IBP");
  private static final MandaatScope IBP =
      new MandaatScope(Set.of(BesluitType.STANDPUNT), List.of("IBP"));

  private FixtureConfiguration<Mandaat> fixture;
  private OtherAggregates others;
  private GremiumId bestuur;
  private GremiumId bac;

  @BeforeEach
  void setUp() {
    others = new OtherAggregates().withStatutes();
    bestuur = others.gremium("IPO-bestuur", GremiumType.BESTUUR, of(2003, 1, 1));
    bac = others.gremium("BAC Financiën", GremiumType.BAC, of(2010, 1, 1));
    fixture = new AggregateTestFixture<>(Mandaat.class);
    fixture.registerInjectableResource(others.mandaatLookups());
    fixture.registerInjectableResource(others.besluiten);
  }

  private GrantMandaat grant(Party gever, MandaatScope scope, BigDecimal ceiling, LocalDate end) {
    return new GrantMandaat(
        ID, gever, KOPGROEP, scope, ceiling, START, end, "verslag in het bestuur", null, BESLUIT);
  }

  private MandaatGranted granted() {
    return new MandaatGranted(
        ID,
        Party.gremium(bestuur),
        KOPGROEP,
        IBP,
        new BigDecimal("50000"),
        START,
        END,
        "verslag in het bestuur",
        null,
        BESLUIT);
  }

  private static Matcher<?> rule(String code) {
    return Matchers.predicate(e -> e instanceof RuleViolationException r && r.rule().equals(code));
  }

  @Nested
  class Grant {

    @Test
    void givenNothing_whenTheBestuurGrants_thenGrantedAndExpiryScheduled() {
      fixture
          .givenNoPriorActivity()
          .when(grant(Party.gremium(bestuur), IBP, new BigDecimal("50000"), END))
          .expectEvents(granted())
          .expectScheduledDeadlineWithName(
              END.atStartOfDay(Mandaat.ZONE).toInstant(), Mandaat.EXPIRY);
    }

    @Test
    void givenGranted_whenExactRepeat_thenNoOp() {
      fixture
          .given(granted())
          .when(grant(Party.gremium(bestuur), IBP, new BigDecimal("50000"), END))
          .expectNoEvents()
          .expectResultMessagePayload(CommandOutcome.UNCHANGED);
    }

    private GrantMandaat grantUnder(DecisionReference decision) {
      return new GrantMandaat(
          ID,
          Party.gremium(bestuur),
          KOPGROEP,
          IBP,
          new BigDecimal("50000"),
          START,
          END,
          "verslag in het bestuur",
          null,
          decision);
    }

    @Test
    void givenAnAdoptedMandaatverlening_whenGrantedUnderIt_thenGrantedWithTheLink() {
      DecisionReference decision =
          new DecisionReference(
              "Bestuur 2017-12",
              others.besluit(
                  BesluitType.MANDAATVERLENING,
                  GremiumType.BESTUUR,
                  BesluitOutcome.ADOPTED,
                  START));
      fixture
          .givenNoPriorActivity()
          .when(grantUnder(decision))
          .expectSuccessfulHandlerExecution()
          .expectEventsMatching(
              org.axonframework.test.matchers.Matchers.exactSequenceOf(
                  org.axonframework.test.matchers.Matchers.messageWithPayload(
                      org.axonframework.test.matchers.Matchers.predicate(
                          p -> p instanceof MandaatGranted g && g.decision().equals(decision))),
                  org.axonframework.test.matchers.Matchers.andNoMore()));
    }

    @Test
    void givenABegrotingBesluit_whenAMandateIsGrantedUnderIt_thenRejected() {
      DecisionReference decision =
          new DecisionReference(
              "AV 2017",
              others.besluit(BesluitType.BEGROTING, GremiumType.AV, BesluitOutcome.ADOPTED, START));
      fixture
          .givenNoPriorActivity()
          .when(grantUnder(decision))
          .expectNoEvents()
          .expectException(rule(MandaatRule.AUTHORISING_BESLUIT));
    }

    @Test
    void givenNothing_whenABacMandatesWhatOnlyTheBestuurDecides_thenRejected() {
      fixture
          .givenNoPriorActivity()
          .when(grant(Party.gremium(bac), IBP, null, END))
          .expectNoEvents()
          .expectException(rule(MandaatRule.MANDAATGEVER_IS_COMPETENT_BODY));
    }

    @Test
    void givenNothing_whenAPersonGrantsATopLevelMandate_thenRejected() {
      fixture
          .givenNoPriorActivity()
          .when(grant(Party.person("Voorzitter"), IBP, null, END))
          .expectNoEvents()
          .expectException(rule(MandaatRule.MANDAATGEVER_IS_COMPETENT_BODY));
    }

    @Test
    void givenNothing_whenTheTermEndsBeforeItStarts_thenRejected() {
      fixture
          .givenNoPriorActivity()
          .when(grant(Party.gremium(bestuur), IBP, null, START))
          .expectNoEvents()
          .expectException(rule(MandaatRule.DATES_ORDERED));
    }

    @Test
    void givenNothing_whenTheMandaatgeverIsUnknown_thenNotFound() {
      fixture
          .givenNoPriorActivity()
          .when(grant(Party.gremium(GremiumId.random()), IBP, null, END))
          .expectNoEvents()
          .expectException(NotFoundException.class);
    }
  }

  @Nested
  class SubMandate {

    private final MandaatId child = MandaatId.random();

    @BeforeEach
    void parent() {
      others.mandate(granted());
    }

    private GrantMandaat sub(MandaatScope scope, BigDecimal ceiling, LocalDate end) {
      return new GrantMandaat(
          child,
          null,
          Party.person("Gedeputeerde Groningen"),
          scope,
          ceiling,
          of(2018, 1, 1),
          end,
          null,
          ID,
          BESLUIT);
    }

    @Test
    void givenAParent_whenSubMandatedWithinIt_thenGrantedByTheParentsMandataris() {
      MandaatScope narrower = new MandaatScope(Set.of(BesluitType.STANDPUNT), List.of("IBP wonen"));
      fixture
          .givenNoPriorActivity()
          .when(sub(narrower, new BigDecimal("1000"), of(2018, 6, 1)))
          .expectEvents(
              new MandaatGranted(
                  child,
                  KOPGROEP,
                  Party.person("Gedeputeerde Groningen"),
                  narrower,
                  new BigDecimal("1000"),
                  of(2018, 1, 1),
                  of(2018, 6, 1),
                  null,
                  ID,
                  BESLUIT));
    }

    @Test
    void givenAParent_whenTheScopeIsWider_thenRejected() {
      fixture
          .givenNoPriorActivity()
          .when(
              sub(
                  new MandaatScope(
                      Set.of(BesluitType.STANDPUNT, BesluitType.BENOEMING), List.of("IBP")),
                  new BigDecimal("1000"),
                  of(2018, 6, 1)))
          .expectNoEvents()
          .expectException(rule(MandaatRule.SUBMANDATE_WITHIN_PARENT));
    }

    @Test
    void givenAParent_whenTheCeilingIsHigher_thenRejected() {
      fixture
          .givenNoPriorActivity()
          .when(sub(IBP, new BigDecimal("50000.01"), of(2018, 6, 1)))
          .expectNoEvents()
          .expectException(rule(MandaatRule.SUBMANDATE_WITHIN_PARENT));
    }

    @Test
    void givenAParent_whenTheTermOutlastsIt_thenRejected() {
      fixture
          .givenNoPriorActivity()
          .when(sub(IBP, new BigDecimal("1000"), of(2019, 1, 1)))
          .expectNoEvents()
          .expectException(rule(MandaatRule.SUBMANDATE_WITHIN_PARENT));
    }

    @Test
    void givenNoSuchParent_whenSubMandated_thenNotFound() {
      fixture
          .givenNoPriorActivity()
          .when(
              new GrantMandaat(
                  child,
                  null,
                  KOPGROEP,
                  IBP,
                  null,
                  of(2018, 1, 1),
                  null,
                  null,
                  MandaatId.random(),
                  BESLUIT))
          .expectNoEvents()
          .expectException(NotFoundException.class);
    }
  }

  @Nested
  class AmendRevokeExpire {

    @Test
    void givenGranted_whenTheEndMoves_thenANewVersionAndTheDeadlineMoves() {
      LocalDate later = of(2019, 6, 1);
      fixture
          .givenCommands(grant(Party.gremium(bestuur), IBP, new BigDecimal("50000"), END))
          .when(new AmendMandaat(ID, of(2018, 6, 1), null, null, later, null, BESLUIT))
          .expectEvents(
              new MandaatAmended(
                  ID,
                  of(2018, 6, 1),
                  IBP,
                  new BigDecimal("50000"),
                  later,
                  "verslag in het bestuur",
                  BESLUIT))
          .expectScheduledDeadlineWithName(
              later.atStartOfDay(Mandaat.ZONE).toInstant(), Mandaat.EXPIRY)
          .expectNoScheduledDeadlineWithName(
              END.atStartOfDay(Mandaat.ZONE).toInstant(), Mandaat.EXPIRY);
    }

    @Test
    void givenGranted_whenAmendedBeforeTheCurrentVersion_thenRejected() {
      fixture
          .given(granted())
          .when(new AmendMandaat(ID, of(2017, 11, 1), null, null, null, "x", BESLUIT))
          .expectNoEvents()
          .expectException(rule(MandaatRule.DATES_ORDERED));
    }

    @Test
    void givenGranted_whenRevoked_thenRevokedAndNoExpiryLeft() {
      fixture
          .givenCommands(grant(Party.gremium(bestuur), IBP, new BigDecimal("50000"), END))
          .when(new RevokeMandaat(ID, of(2018, 3, 1), BESLUIT))
          .expectEvents(new MandaatRevoked(ID, of(2018, 3, 1), BESLUIT))
          .expectNoScheduledDeadlines();
    }

    @Test
    void givenRevoked_whenRevokedAgainTheSameDay_thenNoOp() {
      fixture
          .given(granted(), new MandaatRevoked(ID, of(2018, 3, 1), BESLUIT))
          .when(new RevokeMandaat(ID, of(2018, 3, 1), BESLUIT))
          .expectNoEvents();
    }

    @Test
    void givenRevoked_whenAmended_thenClosed() {
      fixture
          .given(granted(), new MandaatRevoked(ID, of(2018, 3, 1), BESLUIT))
          .when(new AmendMandaat(ID, of(2018, 6, 1), null, null, null, "x", BESLUIT))
          .expectNoEvents()
          .expectException(rule(MandaatRule.MANDAAT_CLOSED));
    }

    @Test
    void givenGrantedWithAnEnd_whenTheEndArrives_thenTheLedgerRecordsTheExpiryItself() {
      fixture
          .givenCommands(grant(Party.gremium(bestuur), IBP, new BigDecimal("50000"), END))
          .whenTimeAdvancesTo(END.atStartOfDay(Mandaat.ZONE).toInstant())
          .expectEvents(new MandaatExpired(ID, END));
    }

    @Test
    void givenRevokedEarly_whenTheOldEndArrives_thenNothingExpires() {
      fixture
          .givenCommands(
              grant(Party.gremium(bestuur), IBP, new BigDecimal("50000"), END),
              new RevokeMandaat(ID, of(2018, 3, 1), BESLUIT))
          .whenTimeAdvancesTo(END.atStartOfDay(Mandaat.ZONE).toInstant())
          .expectNoEvents();
    }
  }

  @Test
  void givenGranted_whenAnAmendmentEndsBeforeItTakesEffect_thenRejected() {
    fixture
        .given(granted())
        .when(new AmendMandaat(ID, of(2018, 6, 1), null, null, of(2018, 3, 1), null, BESLUIT))
        .expectNoEvents()
        .expectException(rule(MandaatRule.DATES_ORDERED));
  }

  @Test
  void givenTwoAmendments_whenTheOlderIsRetried_thenNoOp() {
    MandaatAmended first =
        new MandaatAmended(
            ID,
            of(2018, 3, 1),
            IBP,
            new BigDecimal("40000"),
            END,
            "verslag in het bestuur",
            BESLUIT);
    MandaatAmended second =
        new MandaatAmended(
            ID,
            of(2018, 6, 1),
            IBP,
            new BigDecimal("30000"),
            END,
            "verslag in het bestuur",
            BESLUIT);
    fixture
        .given(granted(), first, second)
        .when(
            new AmendMandaat(
                ID, of(2018, 3, 1), null, new BigDecimal("40000"), null, null, BESLUIT))
        .expectNoEvents()
        .expectResultMessagePayload(CommandOutcome.UNCHANGED);
  }
}
