package nl.ipo.ledger.query.competentie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.competentie.CompetenceEvent.CompetenceAssigned;
import nl.ipo.ledger.kernel.competentie.CompetenceQueries.CompetentGremium;
import nl.ipo.ledger.kernel.competentie.CompetenceQueries.FindCompetent;
import nl.ipo.ledger.kernel.competentie.VotingRule;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.query.ReadModelDatabase;
import nl.ipo.ledger.query.mandaat.MandaatProjection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The competence matrix projection and the competence query over it, the structure and the
 * mandates, called directly on the read models' tables (H2).
 */
class CompetenceProjectionTest {

  private static final LocalDate DAY = LocalDate.of(2023, 10, 1);

  private JdbcClient jdbc;
  private CompetenceProjection projection;
  private CompetentQuery competent;

  @BeforeEach
  void setUp() {
    jdbc = ReadModelDatabase.fresh();
    projection = new CompetenceProjection(jdbc);
    competent = new CompetentQuery(jdbc, projection, new MandaatProjection(jdbc));
  }

  /** A gremium as the structure projection keeps it. */
  private void gremium(String id, String name) {
    jdbc.sql("INSERT INTO structure_gremium (id, type, begin_date) VALUES (:id, 'BAC', :begin)")
        .param("id", id)
        .param("begin", LocalDate.of(2019, 1, 1))
        .update();
    jdbc.sql(
            "INSERT INTO structure_gremium_name (gremium_id, seq, valid_from, name)"
                + " VALUES (:id, 0, :begin, :name)")
        .param("id", id)
        .param("begin", LocalDate.of(2019, 1, 1))
        .param("name", name)
        .update();
  }

  @Test
  void gremiaOfOneKindAndNameAreListedInTheOrderOfTheirIdsWhateverTheOrderOfTheRows() {
    projection.on(
        new CompetenceAssigned(
            BesluitType.STANDPUNT,
            Set.of(GremiumType.BAC),
            Set.of(),
            VotingRule.MAJORITY_OF_VOTES_CAST,
            LocalDate.of(2019, 1, 1),
            new DecisionReference("Statuten")),
        0);
    // two BACs of one name (a name is not unique), stored in the other order than their ids
    String high = "ffffffff-0000-0000-0000-000000000000";
    String low = "00000000-0000-0000-0000-00000000000f";
    gremium(high, "BAC Ruimte");
    gremium(low, "BAC Ruimte");

    assertThat(competent.handle(new FindCompetent(BesluitType.STANDPUNT, DAY)).gremia())
        .extracting(CompetentGremium::gremiumId)
        .containsExactly(low, high);
  }
}
