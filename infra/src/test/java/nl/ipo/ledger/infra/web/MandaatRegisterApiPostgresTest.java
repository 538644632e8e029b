package nl.ipo.ledger.infra.web;

import nl.ipo.ledger.infra.support.OwnDatabase;
import nl.ipo.ledger.infra.support.PostgresLedger;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@PostgresLedger
class MandaatRegisterApiPostgresTest extends MandaatRegisterApiContract {

  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry registry) {
    OwnDatabase.postgresSchema(registry, "mandaatregister_test");
  }
}
