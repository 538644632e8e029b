package nl.ipo.ledger.infra.web;

import nl.ipo.ledger.infra.support.H2Ledger;
import nl.ipo.ledger.infra.support.OwnDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@H2Ledger
class MandaatRegisterApiH2Test extends MandaatRegisterApiContract {

  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry registry) {
    OwnDatabase.h2(registry, "mandaatregister-test");
  }
}
