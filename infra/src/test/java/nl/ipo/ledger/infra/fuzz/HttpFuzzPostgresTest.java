package nl.ipo.ledger.infra.fuzz;

import nl.ipo.ledger.infra.support.PostgresLedger;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@PostgresLedger
class HttpFuzzPostgresTest extends HttpFuzzContract {

  private static final String SCHEMA = "fuzz_test";

  /** A schema of its own in the test database, with the IPO's history (see the contract). */
  @DynamicPropertySource
  static void ownSchema(DynamicPropertyRegistry registry) {
    registry.add(
        "spring.datasource.url",
        () -> {
          String url = System.getProperty("ledger.test.pg.url");
          return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
        });
    registry.add("spring.flyway.schemas", () -> SCHEMA);
    registry.add("ledger.journal.load-on-start", () -> "true");
  }

  @Override
  String database() {
    return "PostgreSQL";
  }
}
