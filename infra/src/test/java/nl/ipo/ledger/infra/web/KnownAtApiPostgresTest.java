package nl.ipo.ledger.infra.web;

import nl.ipo.ledger.infra.support.PostgresLedger;

@PostgresLedger
class KnownAtApiPostgresTest extends KnownAtApiContract {}
