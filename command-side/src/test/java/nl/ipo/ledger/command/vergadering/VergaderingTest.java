package nl.ipo.ledger.command.vergadering;

import static java.time.LocalDate.of;

import nl.ipo.ledger.command.OtherAggregates;
import nl.ipo.ledger.kernel.common.CommandOutcome;
import nl.ipo.ledger.kernel.error.ConflictException;
import nl.ipo.ledger.kernel.error.NotFoundException;
import nl.ipo.ledger.kernel.error.RuleViolationException;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.kernel.vergadering.VergaderingCommand.ScheduleVergadering;
import nl.ipo.ledger.kernel.vergadering.VergaderingEvent.VergaderingScheduled;
import nl.ipo.ledger.kernel.vergadering.VergaderingId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VergaderingTest {

  private static final VergaderingId ID = VergaderingId.random();

  private FixtureConfiguration<Vergadering> fixture;
  private GremiumId bestuur;

  @BeforeEach
  void setUp() {
    OtherAggregates others = new OtherAggregates();
    bestuur = others.gremium("IPO-bestuur", GremiumType.BESTUUR, of(2003, 1, 1));
    others.dissolve(bestuur, of(2030, 1, 1));
    fixture = new AggregateTestFixture<>(Vergadering.class);
    fixture.registerInjectableResource(others.gremia);
  }

  @Test
  void givenNothing_whenScheduled_thenScheduled() {
    fixture
        .givenNoPriorActivity()
        .when(new ScheduleVergadering(ID, bestuur, of(2023, 7, 6), "Bestuursvergadering"))
        .expectEvents(new VergaderingScheduled(ID, bestuur, of(2023, 7, 6), "Bestuursvergadering"));
  }

  @Test
  void givenScheduled_whenExactRepeat_thenNoOp() {
    fixture
        .given(new VergaderingScheduled(ID, bestuur, of(2023, 7, 6), null))
        .when(new ScheduleVergadering(ID, bestuur, of(2023, 7, 6), null))
        .expectNoEvents()
        .expectResultMessagePayload(CommandOutcome.UNCHANGED);
  }

  @Test
  void givenScheduled_whenSameIdOtherDate_thenConflict() {
    fixture
        .given(new VergaderingScheduled(ID, bestuur, of(2023, 7, 6), null))
        .when(new ScheduleVergadering(ID, bestuur, of(2023, 7, 7), null))
        .expectNoEvents()
        .expectException(ConflictException.class);
  }

  @Test
  void givenNothing_whenTheGremiumIsUnknown_thenNotFound() {
    fixture
        .givenNoPriorActivity()
        .when(new ScheduleVergadering(ID, GremiumId.random(), of(2023, 7, 6), null))
        .expectNoEvents()
        .expectException(NotFoundException.class);
  }

  @Test
  void givenNothing_whenTheGremiumNoLongerExists_thenRejected() {
    fixture
        .givenNoPriorActivity()
        .when(new ScheduleVergadering(ID, bestuur, of(2030, 1, 1), null))
        .expectNoEvents()
        .expectException(
            Matchers.predicate(
                e ->
                    e instanceof RuleViolationException r
                        && r.rule().equals(VergaderingRule.GREMIUM_MEETS_WHILE_IN_FORCE)));
  }
}
