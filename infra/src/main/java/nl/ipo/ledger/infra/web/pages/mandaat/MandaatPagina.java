package nl.ipo.ledger.infra.web.pages.mandaat;

import java.time.Clock;
import java.time.LocalDate;
import nl.ipo.ledger.infra.web.pages.Tijdkeuze;
import nl.ipo.ledger.kernel.mandaat.MandaatId;
import nl.ipo.ledger.kernel.mandaat.MandaatQueries;
import nl.ipo.ledger.kernel.mandaat.MandaatQueries.FindMandaatDossier;
import nl.ipo.ledger.kernel.mandaat.MandaatQueries.FindMandaten;
import nl.ipo.ledger.kernel.mandaat.MandaatQueries.MandaatDossier;
import nl.ipo.ledger.kernel.mandaat.MandaatQueries.MandatenPage;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The mandate register on a day and a mandate's lineage. Only "geldig op" is offered here: the
 * register joins three read models (mandates, names, sources), and the knownAt replay builds one
 * projection at a time, so "zoals bekend op" would show names and sources as known now.
 */
@Controller
class MandaatPagina {

  static final int PER_PAGINA = 25;

  private final QueryGateway queries;
  private final Clock clock;

  MandaatPagina(QueryGateway queries, Clock clock) {
    this.queries = queries;
    this.clock = clock;
  }

  @GetMapping("/mandaten")
  String register(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate datum,
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int pagina,
      Model model) {
    Tijdkeuze tijd = Tijdkeuze.of(datum, null, clock, "/mandaten");
    MandatenPage page =
        queries
            .query(
                new FindMandaten(tijd.geldigOp(), status, pagina, PER_PAGINA), MandatenPage.class)
            .join();
    model.addAttribute("tijd", tijd);
    model.addAttribute("register", page);
    model.addAttribute("statussen", MandaatQueries.STATUSES);
    model.addAttribute("laatstePagina", Math.max(0, (page.total() - 1) / PER_PAGINA));
    return "mandaat/register";
  }

  @GetMapping("/mandaten/{id}")
  String lineage(
      @PathVariable String id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate datum,
      Model model) {
    Tijdkeuze tijd = Tijdkeuze.of(datum, null, clock, "/mandaten/" + MandaatId.parse("id", id));
    MandaatDossier dossier =
        queries
            .query(
                new FindMandaatDossier(MandaatId.parse("id", id), tijd.geldigOp()),
                MandaatDossier.class)
            .join();
    model.addAttribute("tijd", tijd);
    model.addAttribute("dossier", dossier);
    return "mandaat/lineage";
  }
}
