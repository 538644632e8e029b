package nl.ipo.ledger.infra.web;

import java.time.Clock;
import java.time.LocalDate;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.FindStructure;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.StructureView;
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

  StructureController(QueryGateway queries, Clock clock) {
    this.queries = queries;
    this.clock = clock;
  }

  @GetMapping("/api/structure")
  StructureView structure(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
    return queries.query(new FindStructure(day), StructureView.class).join();
  }
}
