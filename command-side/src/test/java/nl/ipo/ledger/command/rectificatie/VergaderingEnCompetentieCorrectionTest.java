package nl.ipo.ledger.command.rectificatie;

import static java.time.LocalDate.of;
import static nl.ipo.ledger.command.rectificatie.Corrections.SECRETARIAAT;
import static nl.ipo.ledger.command.rectificatie.Corrections.accepted;
import static nl.ipo.ledger.command.rectificatie.Corrections.rejected;

import java.util.Set;
import nl.ipo.ledger.command.OtherAggregates;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.competentie.CompetenceEvent.CompetenceAssigned;
import nl.ipo.ledger.kernel.competentie.VotingRule;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.GremiumEstablished;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.kernel.rectificatie.RectificatieEvent.FactCorrected;
import nl.ipo.ledger.kernel.vergadering.VergaderingEvent.VergaderingScheduled;
import nl.ipo.ledger.kernel.vergadering.VergaderingId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VergaderingEnCompetentieCorrectionTest {

  private Corrections corrections;
  private GremiumId bac;

  @BeforeEach
  void setUp() {
    corrections = new Corrections();
    bac = corrections.others.gremium("BAC Financiën", GremiumType.BAC, of(2015, 1, 1));
  }

  @Test
  void givenAMeeting_whenItsDateIsCorrectedWhileTheGremiumExists_thenCorrected() {
    VergaderingId id = VergaderingId.random();
    String meeting =
        corrections.record(new VergaderingScheduled(id, bac, of(2023, 5, 11), "BAC mei"));
    accepted(
        corrections.correct(meeting, new VergaderingScheduled(id, bac, of(2023, 5, 12), "BAC mei")),
        meeting);
  }

  @Test
  void givenAMeeting_whenCorrectedToADayBeforeTheGremiumExisted_thenRejected() {
    VergaderingId id = VergaderingId.random();
    String meeting =
        corrections.record(new VergaderingScheduled(id, bac, of(2023, 5, 11), "BAC mei"));
    rejected(
        corrections.correct(meeting, new VergaderingScheduled(id, bac, of(2014, 5, 11), "BAC mei")),
        "GREMIUM_MEETS_WHILE_IN_FORCE",
        "replacement.date");
  }

  private static CompetenceAssigned standpunt(Set<GremiumType> deciders) {
    return new CompetenceAssigned(
        BesluitType.STANDPUNT,
        deciders,
        Set.of(GremiumType.BAC),
        VotingRule.MAJORITY_OF_VOTES_CAST,
        of(2024, 1, 1),
        OtherAggregates.STATUTEN);
  }

  @Test
  void givenAStatuteChange_whenItsDecidersAreCorrected_thenCorrected() {
    String change = corrections.record(standpunt(Set.of(GremiumType.BESTUUR)));
    accepted(
        corrections.correct(change, standpunt(Set.of(GremiumType.BESTUUR, GremiumType.AV))),
        change);
  }

  @Test
  void givenAStatuteChange_whenCorrectedToNoDeciders_thenRejected() {
    String change = corrections.record(standpunt(Set.of(GremiumType.BESTUUR)));
    rejected(corrections.correct(change, standpunt(Set.of())), "DECIDERS_REQUIRED");
  }

  @Test
  void givenACorrection_whenItIsItselfCorrected_thenRejected() {
    String eventIdentifier =
        corrections.record(
            new GremiumEstablished(
                bac, "BAC Financien", GremiumType.BAC, null, of(2015, 1, 1), null, SECRETARIAAT));
    FactCorrected correction =
        new FactCorrected(
            eventIdentifier,
            bac.toString(),
            GremiumEstablished.class.getName(),
            "1",
            "{}",
            of(2015, 1, 1),
            "spelfout",
            SECRETARIAAT);
    String recorded = corrections.record(correction);
    rejected(
        corrections.correct(
            recorded,
            new FactCorrected(
                eventIdentifier,
                bac.toString(),
                GremiumEstablished.class.getName(),
                "1",
                "{\"name\":\"x\"}",
                of(2015, 1, 1),
                "spelfout",
                SECRETARIAAT)),
        RectificatieRule.NO_CORRECTION_OF_A_CORRECTION);
  }
}
