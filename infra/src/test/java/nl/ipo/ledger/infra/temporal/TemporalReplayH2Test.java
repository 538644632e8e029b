package nl.ipo.ledger.infra.temporal;

import nl.ipo.ledger.infra.support.H2Ledger;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@H2Ledger
class TemporalReplayH2Test extends TemporalReplayContract {

  /** A database of its own: the poisoned events stay in the store (see the contract). */
  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry registry) {
    registry.add(
        "spring.datasource.url",
        () ->
            "jdbc:h2:mem:ipo-ledger-temporal-replay;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE");
  }
}
