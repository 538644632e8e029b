package nl.ipo.ledger.command.mandaat;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ipo.ledger.command.Known;
import nl.ipo.ledger.command.competentie.CompetenceVersions;
import nl.ipo.ledger.command.gremium.GremiumFacts;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.competentie.CompetenceEvent.CompetenceAssigned;
import nl.ipo.ledger.kernel.competentie.VotingRule;
import nl.ipo.ledger.kernel.error.RuleViolationException;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.kernel.mandaat.MandaatCommand.GrantMandaat;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent.MandaatGranted;
import nl.ipo.ledger.kernel.mandaat.MandaatId;
import nl.ipo.ledger.kernel.mandaat.MandaatScope;
import org.junit.jupiter.api.Test;

/** The grant decision on its own: state, command and the facts read before it, no Axon. */
class MandaatDecisionsTest {

  private final GremiumId bestuur = GremiumId.random();
  private final GremiumId bac = GremiumId.random();
  private final MandaatScope standpunt =
      new MandaatScope(Set.of(BesluitType.STANDPUNT), List.of("IBP"));

  private final MandaatContext context =
      new MandaatContext(
          Known.of(
              Map.of(
                  bestuur,
                  GremiumFacts.planned(
                      bestuur, "IPO-bestuur", GremiumType.BESTUUR, of(2003, 1, 1), null),
                  bac,
                  GremiumFacts.planned(
                      bac, "BAC Financiën", GremiumType.BAC, of(2015, 1, 1), null))),
          Known.of(Map.of()),
          new CompetenceVersions(
              List.of(
                  new CompetenceAssigned(
                      BesluitType.STANDPUNT,
                      Set.of(GremiumType.BESTUUR),
                      Set.of(),
                      VotingRule.MAJORITY_OF_VOTES_CAST,
                      of(2003, 1, 1),
                      new DecisionReference("Statuten")))));

  private GrantMandaat grantedBy(GremiumId gever) {
    return new GrantMandaat(
        MandaatId.random(),
        Party.gremium(gever),
        Party.person("Gedeputeerde Zeeland"),
        standpunt,
        new BigDecimal("50000"),
        of(2018, 1, 1),
        of(2018, 12, 31),
        null,
        null,
        new DecisionReference("Besluit bestuur"));
  }

  @Test
  void aBodyMandatesWhatItMayDecideItself() {
    assertThat(MandaatDecisions.grant(MandaatFacts.INITIAL, grantedBy(bestuur), context))
        .singleElement()
        .isInstanceOfSatisfying(
            MandaatGranted.class,
            g -> assertThat(g.mandaatgever()).isEqualTo(Party.gremium(bestuur)));
  }

  @Test
  void aBodyCannotMandateWhatTheMatrixGivesAnother() {
    assertThatThrownBy(() -> MandaatDecisions.grant(MandaatFacts.INITIAL, grantedBy(bac), context))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.rule()).isEqualTo(MandaatRule.MANDAATGEVER_IS_COMPETENT_BODY);
              assertThat(e.getMessage()).contains("kan dat dus ook niet mandateren");
            });
  }
}
