package nl.ipo.ledger.infra.web.pages.vastleggen;

import nl.ipo.ledger.infra.support.PostgresLedger;

@PostgresLedger
class VastleggenPostgresTest extends VastleggenContract {}
