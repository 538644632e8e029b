package nl.ipo.ledger.infra.web.pages.mandaat;

import java.time.Clock;
import java.time.LocalDate;
import nl.ipo.ledger.infra.temporal.KnownAtQueries;
import nl.ipo.ledger.infra.temporal.TemporalReplay.Replayed;
import nl.ipo.ledger.infra.web.pages.Tijdkeuze;
import nl.ipo.ledger.infra.web.pages.Weergave;
import nl.ipo.ledger.kernel.error.NotFoundException;
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
 * The mandate register on a day and a mandate's lineage, live or, with "zoals bekend op", as the
 * ledger knew them at a moment ({@link KnownAtQueries} replays the three read models they join).
 */
@Controller
class MandaatPagina {

  static final int PER_PAGINA = 25;

  private final QueryGateway queries;
  private final Clock clock;
  private final KnownAtQueries known;

  MandaatPagina(QueryGateway queries, Clock clock, KnownAtQueries known) {
    this.queries = queries;
    this.clock = clock;
    this.known = known;
  }

  @GetMapping("/mandaten")
  String register(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate datum,
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int pagina,
      @RequestParam(required = false) String bekend,
      Model model) {
    Tijdkeuze tijd = Tijdkeuze.of(datum, bekend, clock, "/mandaten");
    FindMandaten query = new FindMandaten(tijd.geldigOp(), status, pagina, PER_PAGINA);
    MandatenPage page;
    if (tijd.bekendOp() == null) {
      page = queries.query(query, MandatenPage.class).join();
    } else {
      Replayed<MandatenPage> replayed = known.asKnownAt(tijd.bekendOp(), query, MandatenPage.class);
      page = replayed.answer();
      tijd = tijd.metWeggelaten(replayed.leftOut().size());
    }
    model.addAttribute("tijd", tijd);
    model.addAttribute("register", page);
    model.addAttribute("statussen", MandaatQueries.STATUSES);
    model.addAttribute("laatstePagina", Math.max(0, (page.total() - 1) / PER_PAGINA));
    return "mandaat/register";
  }

  @GetMapping("/mandaten/{id}")
  String lineage(
      @PathVariable MandaatId id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate datum,
      @RequestParam(required = false) String bekend,
      Model model) {
    MandaatId mandaat = id;
    Tijdkeuze tijd = Tijdkeuze.of(datum, bekend, clock, "/mandaten/" + mandaat);
    FindMandaatDossier query = new FindMandaatDossier(mandaat, tijd.geldigOp());
    MandaatDossier dossier;
    if (tijd.bekendOp() == null) {
      dossier = queries.query(query, MandaatDossier.class).join();
    } else {
      Replayed<MandaatDossier> replayed;
      try {
        replayed = known.asKnownAt(tijd.bekendOp(), query, MandaatDossier.class);
      } catch (NotFoundException e) {
        // said with the moment, rather than as an unknown id
        throw new NotFoundException(
            "bekend",
            "Op "
                + Weergave.moment(tijd.bekendOp())
                + " was dit mandaat op "
                + Weergave.datum(tijd.geldigOp())
                + " nog niet in het register bekend; kies een later moment bij 'Zoals bekend op'.");
      }
      dossier = replayed.answer();
      tijd = tijd.metWeggelaten(replayed.leftOut().size());
    }
    model.addAttribute("tijd", tijd);
    model.addAttribute("dossier", dossier);
    model.addAttribute("mandaatId", mandaat.toString());
    return "mandaat/lineage";
  }
}
