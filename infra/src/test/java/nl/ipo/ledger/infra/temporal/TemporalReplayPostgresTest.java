package nl.ipo.ledger.infra.temporal;

import nl.ipo.ledger.infra.support.PostgresLedger;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@PostgresLedger
class TemporalReplayPostgresTest extends TemporalReplayContract {

  private static final String SCHEMA = "temporal_replay_test";

  /**
   * A schema of its own in the test database: the poisoned events stay in the store (see the
   * contract). Flyway creates it; every connection searches it only.
   */
  @DynamicPropertySource
  static void ownSchema(DynamicPropertyRegistry registry) {
    registry.add(
        "spring.datasource.url",
        () -> {
          String url = System.getProperty("ledger.test.pg.url");
          return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
        });
    registry.add("spring.flyway.schemas", () -> SCHEMA);
  }
}
