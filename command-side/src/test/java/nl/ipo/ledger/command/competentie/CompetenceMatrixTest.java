package nl.ipo.ledger.command.competentie;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.common.CommandOutcome;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.competentie.CompetenceCommand.AssignCompetence;
import nl.ipo.ledger.kernel.competentie.CompetenceEvent.CompetenceAssigned;
import nl.ipo.ledger.kernel.competentie.VotingRule;
import nl.ipo.ledger.kernel.error.RuleViolationException;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CompetenceMatrixTest {

  private static final DecisionReference STATUTEN = new DecisionReference("Statuten");
  private FixtureConfiguration<CompetenceMatrix> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(CompetenceMatrix.class);
  }

  private static AssignCompetence assign(Set<GremiumType> deciders, int year) {
    return new AssignCompetence(
        BesluitType.STATUTENWIJZIGING,
        deciders,
        Set.of(GremiumType.BESTUUR),
        VotingRule.TWO_THIRDS_OF_VOTES_CAST,
        of(year, 1, 1),
        STATUTEN);
  }

  private static CompetenceAssigned assigned(Set<GremiumType> deciders, int year) {
    AssignCompetence c = assign(deciders, year);
    return new CompetenceAssigned(
        c.besluitType(),
        c.deciders(),
        c.advisers(),
        c.votingRule(),
        c.effectiveFrom(),
        c.decision());
  }

  @Test
  void givenNothing_whenAssigned_thenAssigned() {
    fixture
        .givenNoPriorActivity()
        .when(assign(Set.of(GremiumType.AV), 2003))
        .expectEvents(assigned(Set.of(GremiumType.AV), 2003));
  }

  @Test
  void givenAssigned_whenExactRepeat_thenNoOp() {
    fixture
        .given(assigned(Set.of(GremiumType.AV), 2003))
        .when(assign(Set.of(GremiumType.AV), 2003))
        .expectNoEvents()
        .expectResultMessagePayload(CommandOutcome.UNCHANGED);
  }

  @Test
  void givenAssigned_whenAStatuteChangeAssignsAnew_thenANewVersion() {
    fixture
        .given(assigned(Set.of(GremiumType.AV), 2003))
        .when(assign(Set.of(GremiumType.AV, GremiumType.BESTUUR), 2024))
        .expectEvents(assigned(Set.of(GremiumType.AV, GremiumType.BESTUUR), 2024));
  }

  @Test
  void givenNothing_whenNobodyDecides_thenRejected() {
    fixture
        .givenNoPriorActivity()
        .when(assign(Set.of(), 2003))
        .expectNoEvents()
        .expectException(
            Matchers.predicate(
                e ->
                    e instanceof RuleViolationException r && r.rule().equals("DECIDERS_REQUIRED")));
  }

  @Test
  void theVersionInForceIsTheLatestOnOrBeforeTheDay() {
    CompetenceVersions versions =
        CompetenceVersions.EMPTY
            .with(assigned(Set.of(GremiumType.AV), 2003))
            .with(assigned(Set.of(GremiumType.BESTUUR), 2024))
            .with(assigned(Set.of(GremiumType.BAC), 2020));

    assertThat(versions.inForce(BesluitType.STATUTENWIJZIGING, of(2002, 12, 31))).isEmpty();
    assertThat(versions.inForce(BesluitType.STATUTENWIJZIGING, of(2019, 1, 1)).get().deciders())
        .containsExactly(GremiumType.AV);
    assertThat(versions.inForce(BesluitType.STATUTENWIJZIGING, of(2021, 1, 1)).get().deciders())
        .containsExactly(GremiumType.BAC);
    assertThat(versions.inForce(BesluitType.STATUTENWIJZIGING, of(2024, 1, 1)).get().deciders())
        .containsExactly(GremiumType.BESTUUR);
    assertThat(versions.inForce(BesluitType.BEGROTING, of(2024, 1, 1))).isEmpty();
  }

  @Test
  void theStatutesGiveEveryDecisionTypeADecider() {
    assertThat(StatutoryCompetences.defaults())
        .hasSize(BesluitType.values().length)
        .allSatisfy(c -> assertThat(c.deciders()).isNotEmpty());
  }
}
