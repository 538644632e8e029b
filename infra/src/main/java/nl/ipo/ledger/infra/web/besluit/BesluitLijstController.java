package nl.ipo.ledger.infra.web.besluit;

import nl.ipo.ledger.kernel.besluit.BesluitId;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.BesluitCorrections;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.BesluitenPage;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.FindBesluitCorrections;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.FindBesluiten;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.FindVergadering;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.FindVergaderingen;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.VergaderingItem;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.VergaderingenPage;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.vergadering.VergaderingId;
import nl.ipo.ledger.kernel.zoeken.ZoekQueries.Zoek;
import nl.ipo.ledger.kernel.zoeken.ZoekQueries.Zoekresultaat;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read lists the pages use, as JSON: besluiten with filters and paging, meetings, the
 * corrections of a besluit, and the search across names and subjects. Blank filters are no filter.
 */
@RestController
public class BesluitLijstController {

  private final QueryGateway queries;

  BesluitLijstController(QueryGateway queries) {
    this.queries = queries;
  }

  @GetMapping("/api/besluiten")
  BesluitenPage besluiten(
      @RequestParam(required = false) String gremium,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) Integer jaar,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return queries
        .query(find(gremium, type, jaar, status, q, page, size), BesluitenPage.class)
        .join();
  }

  /** The list's query from its parameters, as the API and the page take them. */
  public static FindBesluiten find(
      String gremium, String type, Integer jaar, String status, String q, int page, int size) {
    return new FindBesluiten(
        blank(gremium) ? null : GremiumId.parse("gremium", gremium.strip()),
        blank(type) ? null : BesluitType.parse("type", type),
        jaar,
        status,
        q,
        page,
        size);
  }

  @GetMapping("/api/besluiten/{id}/rectificaties")
  BesluitCorrections corrections(@PathVariable BesluitId id) {
    return queries.query(new FindBesluitCorrections(id), BesluitCorrections.class).join();
  }

  @GetMapping("/api/vergaderingen")
  VergaderingenPage vergaderingen(
      @RequestParam(required = false) GremiumId gremium,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return queries
        .query(new FindVergaderingen(gremium, page, size), VergaderingenPage.class)
        .join();
  }

  @GetMapping("/api/vergaderingen/{id}")
  VergaderingItem vergadering(@PathVariable VergaderingId id) {
    return queries.query(new FindVergadering(id), VergaderingItem.class).join();
  }

  @GetMapping("/api/zoeken")
  Zoekresultaat zoeken(@RequestParam String q, @RequestParam(defaultValue = "20") int limit) {
    return queries.query(new Zoek(q, limit), Zoekresultaat.class).join();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
