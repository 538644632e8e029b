package nl.ipo.ledger.infra.audit;

import nl.ipo.ledger.infra.support.PostgresLedger;

@PostgresLedger
class BitemporalPostgresTest extends BitemporalContract {}
