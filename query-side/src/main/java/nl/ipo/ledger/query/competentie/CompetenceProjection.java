package nl.ipo.ledger.query.competentie;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.competentie.CompetenceEvent.CompetenceAssigned;
import nl.ipo.ledger.kernel.competentie.CompetenceQueries.Competent;
import nl.ipo.ledger.kernel.competentie.CompetenceQueries.CompetentGremium;
import nl.ipo.ledger.kernel.competentie.CompetenceQueries.CompetentMandaat;
import nl.ipo.ledger.kernel.competentie.CompetenceQueries.FindCompetent;
import nl.ipo.ledger.kernel.competentie.VotingRule;
import nl.ipo.ledger.kernel.error.NotFoundException;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.kernel.mandaat.MandaatQueries.MandaatVersion;
import nl.ipo.ledger.query.gremium.GremiumNameSql;
import nl.ipo.ledger.query.mandaat.MandaatProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every version of the competence matrix, and the answer to "who was competent to decide type T on
 * day D": the kinds of body the matrix then named, the gremia of those kinds in force that day
 * (from the structure read model), and the mandates that held that day and cover the type.
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
  private final MandaatProjection mandaten;

  public CompetenceProjection(JdbcClient jdbc, MandaatProjection mandaten) {
    this.jdbc = jdbc;
    this.mandaten = mandaten;
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

  @QueryHandler
  public Competent handle(FindCompetent query) {
    LocalDate day = query.date();
    Version version =
        jdbc.sql(
                """
                SELECT deciders, advisers, voting_rule FROM competence_version
                 WHERE besluit_type = :type AND effective_from <= :day
                 ORDER BY effective_from DESC, seq DESC LIMIT 1""")
            .param("type", query.besluitType().name())
            .param("day", day)
            .query(
                (rs, n) ->
                    new Version(
                        types(rs.getString("deciders")),
                        types(rs.getString("advisers")),
                        VotingRule.valueOf(rs.getString("voting_rule"))))
            .optional()
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "date",
                        "Op "
                            + day
                            + " is geen bevoegdheid vastgelegd voor een besluit van de soort "
                            + query.besluitType().label()
                            + "."));
    List<CompetentGremium> gremia =
        version.deciders().isEmpty()
            ? List.of()
            : jdbc.sql(
                    "SELECT g.id, g.type, "
                        + GremiumNameSql.onDay("g.id", ":day")
                        + """
                         AS name
                      FROM structure_gremium g
                     WHERE g.type IN (:types) AND g.begin_date <= :day
                       AND (g.dissolved_on IS NULL OR g.dissolved_on > :day)
                       AND (g.planned_end_date IS NULL OR g.planned_end_date > :day)
                     ORDER BY g.type, name, g.id""")
                .param("types", version.deciders().stream().map(Enum::name).toList())
                .param("day", day)
                .query(
                    (rs, n) ->
                        new CompetentGremium(
                            rs.getString("id"),
                            rs.getString("name"),
                            GremiumType.valueOf(rs.getString("type"))))
                .list();
    List<CompetentMandaat> mandates =
        mandaten.validOn(day).stream()
            .filter(
                node -> {
                  MandaatVersion terms = node.versions().get(node.versions().size() - 1);
                  Set<BesluitType> types = terms.scope().besluitTypes();
                  return types.isEmpty() || types.contains(query.besluitType());
                })
            .map(
                node -> {
                  MandaatVersion terms = node.versions().get(node.versions().size() - 1);
                  return new CompetentMandaat(
                      node.mandaatId(),
                      node.mandaatgever(),
                      node.mandataris(),
                      terms.scope(),
                      terms.ceiling());
                })
            .toList();
    return new Competent(
        query.besluitType(),
        day,
        version.deciders(),
        version.advisers(),
        version.rule(),
        gremia,
        mandates);
  }

  private static String names(Set<GremiumType> types) {
    return types.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  private static List<GremiumType> types(String text) {
    return text.isEmpty()
        ? List.of()
        : Arrays.stream(text.split(",")).map(GremiumType::valueOf).toList();
  }

  private record Version(List<GremiumType> deciders, List<GremiumType> advisers, VotingRule rule) {}
}
