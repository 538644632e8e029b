package nl.ipo.ledger.infra.web;

import nl.ipo.ledger.infra.support.OwnDatabase;
import nl.ipo.ledger.infra.support.PostgresLedger;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@PostgresLedger
class HistoryApiPostgresTest extends HistoryApiContract {

  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry registry) {
    OwnDatabase.postgresSchema(registry, "history_test");
  }
}
