package nl.ipo.ledger.infra.web.pages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.competentie.CompetenceQueries.Competent;
import nl.ipo.ledger.kernel.competentie.CompetenceQueries.FindCompetent;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The competences on a day: for each kind of besluit who decides, who advises, by which rule. */
@Controller
public class BevoegdhedenPagina {

  /** One kind of besluit in the table, in Dutch. */
  public record Rij(String soort, String besluit, String advies, String stemregel) {}

  private final QueryGateway queries;
  private final Clock clock;

  BevoegdhedenPagina(QueryGateway queries, Clock clock) {
    this.queries = queries;
    this.clock = clock;
  }

  @GetMapping("/bevoegdheden")
  String bevoegdheden(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate datum,
      Model model) {
    Tijdkeuze tijd = Tijdkeuze.of(datum, null, clock, "/bevoegdheden");
    List<Rij> rijen = new ArrayList<>();
    for (BesluitType type : BesluitType.values()) {
      Competent c = queries.query(new FindCompetent(type, tijd.geldigOp()), Competent.class).join();
      rijen.add(
          new Rij(
              type.label(),
              namen(c.deciderTypes()),
              namen(c.adviserTypes()),
              c.votingRule() == null ? "" : c.votingRule().label()));
    }
    model.addAttribute("tijd", tijd);
    model.addAttribute("rijen", rijen);
    return "bevoegdheden";
  }

  private static String namen(List<GremiumType> types) {
    return types.isEmpty()
        ? "—"
        : String.join(", ", types.stream().map(GremiumType::label).toList());
  }
}
