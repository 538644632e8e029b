package nl.ipo.ledger.infra.audit;

import nl.ipo.ledger.infra.support.H2Ledger;

@H2Ledger
class BitemporalH2Test extends BitemporalContract {}
