package nl.ipo.ledger.infra.axon;

import nl.ipo.ledger.infra.support.PostgresLedger;

@PostgresLedger
class AxonWiringPostgresTest extends AxonWiringContract {

  @Override
  String expectedBinaryType() {
    return "bytea";
  }
}
