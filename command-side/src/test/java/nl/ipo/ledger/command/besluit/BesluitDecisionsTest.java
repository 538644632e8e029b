package nl.ipo.ledger.command.besluit;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.ipo.ledger.command.Known;
import nl.ipo.ledger.command.gremium.GremiumFacts;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.DecideVoorstel;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitTaken;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelSubmitted;
import nl.ipo.ledger.kernel.besluit.BesluitId;
import nl.ipo.ledger.kernel.besluit.BesluitOutcome;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.besluit.CompetenceBasis;
import nl.ipo.ledger.kernel.besluit.Effect;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.competentie.CompetenceEvent.CompetenceAssigned;
import nl.ipo.ledger.kernel.competentie.VotingRule;
import nl.ipo.ledger.kernel.error.RuleViolationException;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import org.junit.jupiter.api.Test;

/**
 * The decide function on its own: state, command and the facts read before it, with no Axon fixture
 * and no event store. What the aggregate tests prove through Axon, this proves is a pure function
 * of its inputs.
 */
class BesluitDecisionsTest {

  private static final BesluitId ID = BesluitId.random();
  private static final LocalDate DAY = of(2023, 7, 6);
  private final GremiumId bestuur = GremiumId.random();
  private final GremiumId bac = GremiumId.random();
  private final GremiumId werkgroep = GremiumId.random();

  private final BesluitState submitted =
      BesluitState.INITIAL.evolve(
          new VoorstelSubmitted(
              ID,
              "Een werkgroep voor de begroting",
              BesluitType.STRUCTUURWIJZIGING,
              Party.person("Algemeen Directeur"),
              bestuur,
              of(2023, 5, 1),
              List.of(
                  new Effect.EstablishGremium(
                      werkgroep,
                      "Werkgroep Begroting",
                      GremiumType.WERKGROEP,
                      bestuur,
                      of(2023, 9, 1),
                      of(2024, 9, 1)))));

  private final Optional<CompetenceAssigned> statutes =
      Optional.of(
          new CompetenceAssigned(
              BesluitType.STRUCTUURWIJZIGING,
              Set.of(GremiumType.BESTUUR),
              Set.of(),
              VotingRule.MAJORITY_OF_VOTES_CAST,
              of(2003, 1, 1),
              new DecisionReference("Statuten")));

  private BesluitContext known(Map<GremiumId, GremiumFacts> gremia) {
    // the new werkgroep's id was read too, and is unknown: it does not exist yet
    List<GremiumId> asked = new ArrayList<>(gremia.keySet());
    asked.add(werkgroep);
    Known<GremiumId, GremiumFacts> read =
        Known.load(asked, id -> Optional.ofNullable(gremia.get(id)));
    return new BesluitContext(read, Known.of(Map.of()), statutes, Optional.empty());
  }

  private GremiumFacts body(GremiumId id, String name, GremiumType type) {
    return GremiumFacts.planned(id, name, type, of(2003, 1, 1), null);
  }

  private DecideVoorstel decidedBy(GremiumId decider) {
    return new DecideVoorstel(
        ID,
        Party.gremium(decider),
        DAY,
        null,
        BesluitOutcome.ADOPTED,
        null,
        List.of(),
        null,
        null,
        null);
  }

  @Test
  void theCompetentBodyDecides() {
    BesluitContext context =
        known(Map.of(bestuur, body(bestuur, "IPO-bestuur", GremiumType.BESTUUR)));

    assertThat(BesluitDecisions.decide(submitted, decidedBy(bestuur), context))
        .singleElement()
        .isInstanceOfSatisfying(
            BesluitTaken.class,
            taken -> {
              assertThat(taken.deciderType()).isEqualTo(GremiumType.BESTUUR);
              assertThat(taken.competenceBasis())
                  .isEqualTo(CompetenceBasis.ownCompetence(GremiumType.BESTUUR, "Statuten"));
            });
  }

  @Test
  void aBodyTheMatrixDoesNotNameIsRefused() {
    BesluitContext context =
        known(
            Map.of(
                bestuur,
                body(bestuur, "IPO-bestuur", GremiumType.BESTUUR),
                bac,
                body(bac, "BAC Financiën", GremiumType.BAC)));

    assertThatThrownBy(() -> BesluitDecisions.decide(submitted, decidedBy(bac), context))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.rule()).isEqualTo(BesluitRule.COMPETENCE);
              assertThat(e.getMessage()).contains("niet bevoegd").contains("bevoegd: bestuur");
            });
  }

  @Test
  void aLoaderThatForgotAGremiumFailsLoudlyInsteadOfCallingItUnknown() {
    BesluitContext context = known(Map.of());

    assertThatThrownBy(() -> BesluitDecisions.decide(submitted, decidedBy(bestuur), context))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("was not loaded");
  }
}
