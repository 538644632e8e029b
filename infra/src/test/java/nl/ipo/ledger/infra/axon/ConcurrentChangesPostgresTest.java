package nl.ipo.ledger.infra.axon;

import nl.ipo.ledger.infra.support.PostgresLedger;

@PostgresLedger
class ConcurrentChangesPostgresTest extends ConcurrentChangesContract {}
