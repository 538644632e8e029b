package nl.ipo.ledger.infra.axon;

import nl.ipo.ledger.infra.support.H2Ledger;

@H2Ledger
class ConcurrentChangesH2Test extends ConcurrentChangesContract {}
