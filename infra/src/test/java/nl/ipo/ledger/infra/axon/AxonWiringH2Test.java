package nl.ipo.ledger.infra.axon;

import nl.ipo.ledger.infra.support.H2Ledger;

@H2Ledger
class AxonWiringH2Test extends AxonWiringContract {

  @Override
  String expectedBinaryType() {
    return "binary varying";
  }
}
