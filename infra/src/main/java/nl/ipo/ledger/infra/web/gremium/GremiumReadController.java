package nl.ipo.ledger.infra.web.gremium;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import nl.ipo.ledger.infra.temporal.KnownAtQueries;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.FindGremia;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.FindGremium;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.FindStructureChanges;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.GremiumDetail;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.GremiumPage;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.StructureChanges;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reading the structure over time: the list of every gremium, one gremium with its lineage and
 * members, and what changed between two days. Each answers as the ledger knows it now, or as it
 * knew it at {@code knownAt}.
 */
@RestController
public class GremiumReadController {

  private final KnownAtQueries queries;
  private final Clock clock;

  GremiumReadController(KnownAtQueries queries, Clock clock) {
    this.queries = queries;
    this.clock = clock;
  }

  @GetMapping("/api/gremia")
  public Object gremia(
      @RequestParam(required = false) String type,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      @RequestParam(required = false) Instant knownAt) {
    GremiumType gremiumType =
        type == null || type.isBlank() ? null : GremiumType.parse("type", type);
    FindGremia query = new FindGremia(gremiumType, page, size);
    return queries.answer(query, GremiumPage.class, knownAt);
  }

  @GetMapping("/api/gremia/{id}")
  public Object gremium(
      @PathVariable GremiumId id,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) Instant knownAt) {
    FindGremium query = new FindGremium(id, asOf == null ? LocalDate.now(clock) : asOf);
    return queries.answer(query, GremiumDetail.class, knownAt);
  }

  @GetMapping("/api/structure/changes")
  public Object changes(
      @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate to,
      @RequestParam(required = false) Instant knownAt) {
    FindStructureChanges query = new FindStructureChanges(from, to);
    return queries.answer(query, StructureChanges.class, knownAt);
  }
}
