package nl.ipo.ledger.infra.web.gremium;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import nl.ipo.ledger.infra.temporal.TemporalReplay;
import nl.ipo.ledger.infra.web.KnownAtReadModels;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.FindStructure;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.StructureView;
import nl.ipo.ledger.query.gremium.StructureProjection;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The governance structure on a day: every gremium in force with its members that day. */
@RestController
class StructureController {

  private final QueryGateway queries;
  private final Clock clock;
  private final TemporalReplay temporal;

  StructureController(QueryGateway queries, Clock clock, TemporalReplay temporal) {
    this.queries = queries;
    this.clock = clock;
    this.temporal = temporal;
  }

  /**
   * The live structure, or, with {@code knownAt}, the structure as known then with the events the
   * reading had to leave out ({@link TemporalReplay.Replayed}).
   */
  @GetMapping("/api/structure")
  Object structure(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) Instant knownAt) {
    LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
    if (knownAt != null) {
      return temporal.asKnownAt(
          knownAt,
          KnownAtReadModels.STRUCTURE,
          jdbc -> new StructureProjection(jdbc).handle(new FindStructure(day)));
    }
    return queries.query(new FindStructure(day), StructureView.class).join();
  }
}
