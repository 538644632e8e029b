package nl.ipo.ledger.command.competentie;

import static nl.ipo.ledger.kernel.besluit.BesluitType.BEGROTING;
import static nl.ipo.ledger.kernel.besluit.BesluitType.BEGROTINGSWIJZIGING;
import static nl.ipo.ledger.kernel.besluit.BesluitType.JAARPLAN;
import static nl.ipo.ledger.kernel.besluit.BesluitType.JAARREKENING;
import static nl.ipo.ledger.kernel.besluit.BesluitType.JAARVERSLAG;
import static nl.ipo.ledger.kernel.besluit.BesluitType.MEERJARENAGENDA;
import static nl.ipo.ledger.kernel.besluit.BesluitType.STATUTENWIJZIGING;
import static nl.ipo.ledger.kernel.gremium.GremiumType.AAC;
import static nl.ipo.ledger.kernel.gremium.GremiumType.AV;
import static nl.ipo.ledger.kernel.gremium.GremiumType.BAC;
import static nl.ipo.ledger.kernel.gremium.GremiumType.BESTUUR;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.competentie.CompetenceCommand.AssignCompetence;
import nl.ipo.ledger.kernel.competentie.VotingRule;

/**
 * The competence matrix as the IPO statutes give it, according to the seeds: the AV approves the
 * begroting (and its wijzigingen), the jaarrekening, the jaarverslag, the meerjarenagenda, the
 * jaarplannen and statute changes, prepared by the bestuur; the bestuur decides the rest (the
 * structure, appointments, mandates, financial decisions and positions), advised by the BACs and
 * AACs, and on the structure also by the AV in its advisory role. In force from 1 January 2003,
 * when the IPO became a vereniging (the statutes were last changed in 2017; the seeds print no date
 * of an earlier change of competences, so none is assumed).
 */
public final class StatutoryCompetences {

  public static final LocalDate IN_FORCE_FROM = LocalDate.of(2003, 1, 1);
  public static final DecisionReference SOURCE =
      new DecisionReference("Statuten IPO (vereniging sinds 2003, laatst gewijzigd 2017)");

  private static final Set<BesluitType> AV_DECIDES =
      EnumSet.of(
          BEGROTING,
          BEGROTINGSWIJZIGING,
          JAARREKENING,
          JAARVERSLAG,
          MEERJARENAGENDA,
          JAARPLAN,
          STATUTENWIJZIGING);

  private StatutoryCompetences() {}

  public static List<AssignCompetence> defaults() {
    return Arrays.stream(BesluitType.values()).map(StatutoryCompetences::assignment).toList();
  }

  private static AssignCompetence assignment(BesluitType type) {
    if (AV_DECIDES.contains(type)) {
      return new AssignCompetence(
          type,
          Set.of(AV),
          Set.of(BESTUUR),
          VotingRule.MAJORITY_OF_VOTES_CAST,
          IN_FORCE_FROM,
          SOURCE);
    }
    Set<nl.ipo.ledger.kernel.gremium.GremiumType> advisers =
        type == BesluitType.STRUCTUURWIJZIGING ? Set.of(BAC, AAC, AV) : Set.of(BAC, AAC);
    return new AssignCompetence(
        type, Set.of(BESTUUR), advisers, VotingRule.MAJORITY_OF_VOTES_CAST, IN_FORCE_FROM, SOURCE);
  }
}
