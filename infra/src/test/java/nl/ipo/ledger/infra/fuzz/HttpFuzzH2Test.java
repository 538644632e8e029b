package nl.ipo.ledger.infra.fuzz;

import nl.ipo.ledger.infra.support.H2Ledger;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@H2Ledger
class HttpFuzzH2Test extends HttpFuzzContract {

  /** A database of its own, with the IPO's history (see the contract). */
  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry registry) {
    registry.add(
        "spring.datasource.url",
        () ->
            "jdbc:h2:mem:ipo-ledger-fuzz;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE");
    registry.add("ledger.journal.load-on-start", () -> "true");
  }

  @Override
  String database() {
    return "H2";
  }
}
