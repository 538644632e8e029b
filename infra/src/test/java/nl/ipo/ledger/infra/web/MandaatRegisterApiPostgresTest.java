package nl.ipo.ledger.infra.web;

import nl.ipo.ledger.infra.support.PostgresLedger;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * On a schema of its own: the register is read for the shipped history alone, without the bodies
 * other test classes record in the shared test database (several of them an "IPO-bestuur").
 */
@PostgresLedger
class MandaatRegisterApiPostgresTest extends MandaatRegisterApiContract {

  private static final String SCHEMA = "mandaat_register_test";

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
