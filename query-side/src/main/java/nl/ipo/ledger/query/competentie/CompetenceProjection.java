package nl.ipo.ledger.query.competentie;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.competentie.CompetenceEvent.CompetenceAssigned;
import nl.ipo.ledger.kernel.competentie.VotingRule;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every version of the competence matrix, in its own table; {@link CompetentQuery} joins it with
 * the structure and the mandates to say who was competent on a day.
 */
@ProcessingGroup(CompetenceProjection.PROCESSING_GROUP)
public class CompetenceProjection {

  public static final String PROCESSING_GROUP = "competentie";

  /**
   * The version of this projection's tables and of what it writes into them: raise it with every
   * change that needs the stored events projected again (a new table or column, a new way of
   * filling one), and the ledger rebuilds this read model once at its next start.
   */
  public static final int READ_MODEL_VERSION = 1;

  private final JdbcClient jdbc;

  public CompetenceProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(CompetenceAssigned event, @SequenceNumber long sequence) {
    jdbc.sql(
            """
            INSERT INTO competence_version (seq, besluit_type, effective_from, deciders, advisers,
                                            voting_rule, decision_text)
            VALUES (:seq, :type, :from, :deciders, :advisers, :rule, :decision)
            ON CONFLICT DO NOTHING""")
        .param("seq", sequence)
        .param("type", event.besluitType().name())
        .param("from", event.effectiveFrom())
        .param("deciders", names(event.deciders()))
        .param("advisers", names(event.advisers()))
        .param("rule", event.votingRule().name())
        .param("decision", event.decision().text())
        .update();
  }

  @ResetHandler
  void reset() {
    jdbc.sql("DELETE FROM competence_version").update();
  }

  /**
   * The matrix version in force on {@code day} for {@code type}: the latest to take effect on or
   * before it, of two on one day the one recorded last.
   */
  public Optional<Version> version(BesluitType type, LocalDate day) {
    return jdbc.sql(
            """
            SELECT deciders, advisers, voting_rule FROM competence_version
             WHERE besluit_type = :type AND effective_from <= :day
             ORDER BY effective_from DESC, seq DESC LIMIT 1""")
        .param("type", type.name())
        .param("day", day)
        .query(
            (rs, n) ->
                new Version(
                    types(rs.getString("deciders")),
                    types(rs.getString("advisers")),
                    VotingRule.valueOf(rs.getString("voting_rule"))))
        .optional();
  }

  private static String names(Set<GremiumType> types) {
    return types.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  private static List<GremiumType> types(String text) {
    return text.isEmpty()
        ? List.of()
        : Arrays.stream(text.split(",")).map(GremiumType::valueOf).toList();
  }

  /** One version of the matrix for one kind of besluit. */
  public record Version(List<GremiumType> deciders, List<GremiumType> advisers, VotingRule rule) {}
}
