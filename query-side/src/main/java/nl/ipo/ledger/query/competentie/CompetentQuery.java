package nl.ipo.ledger.query.competentie;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.competentie.CompetenceQueries.Competent;
import nl.ipo.ledger.kernel.competentie.CompetenceQueries.CompetentGremium;
import nl.ipo.ledger.kernel.competentie.CompetenceQueries.CompetentMandaat;
import nl.ipo.ledger.kernel.competentie.CompetenceQueries.FindCompetent;
import nl.ipo.ledger.kernel.error.NotFoundException;
import nl.ipo.ledger.kernel.mandaat.MandaatQueries.MandaatVersion;
import nl.ipo.ledger.query.competentie.CompetenceProjection.Version;
import nl.ipo.ledger.query.gremium.GremiaInForce;
import nl.ipo.ledger.query.mandaat.MandaatProjection;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Who was competent to decide a besluit of type T on day D": the kinds of body the competence
 * matrix then named ({@link CompetenceProjection}), the gremia of those kinds in force that day
 * ({@link GremiaInForce}, the structure's read model) and the mandates that held that day and cover
 * the type ({@link MandaatProjection}). A query over three read models, each read through its own
 * projection's code, so none of their tables is read here; each lags on its own (the forms wait for
 * all of them after recording).
 */
public class CompetentQuery {

  private final JdbcClient jdbc;
  private final CompetenceProjection matrix;
  private final MandaatProjection mandaten;

  public CompetentQuery(JdbcClient jdbc, CompetenceProjection matrix, MandaatProjection mandaten) {
    this.jdbc = jdbc;
    this.matrix = matrix;
    this.mandaten = mandaten;
  }

  @QueryHandler
  public Competent handle(FindCompetent query) {
    LocalDate day = query.date();
    Version version =
        matrix
            .version(query.besluitType(), day)
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
        GremiaInForce.ofTypes(jdbc, version.deciders(), day).stream()
            .map(g -> new CompetentGremium(g.id(), g.name(), g.type()))
            .toList();
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
}
