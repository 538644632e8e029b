package nl.ipo.ledger.infra.web.gremium;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import nl.ipo.ledger.infra.temporal.KnownAtQueries;
import nl.ipo.ledger.infra.temporal.TemporalReplay;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.FindStructure;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.StructureView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The governance structure on a day: every gremium in force with its members that day. */
@RestController
class StructureController {

  private final KnownAtQueries queries;
  private final Clock clock;

  StructureController(KnownAtQueries queries, Clock clock) {
    this.queries = queries;
    this.clock = clock;
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
    return queries.answer(new FindStructure(day), StructureView.class, knownAt);
  }
}
