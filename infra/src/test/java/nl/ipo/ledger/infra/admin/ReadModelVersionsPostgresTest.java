package nl.ipo.ledger.infra.admin;

import nl.ipo.ledger.infra.support.PostgresLedger;

@PostgresLedger
class ReadModelVersionsPostgresTest extends ReadModelVersionsContract {}
