package nl.ipo.ledger.infra.admin;

import nl.ipo.ledger.infra.support.H2Ledger;

@H2Ledger
class ReadModelVersionsH2Test extends ReadModelVersionsContract {}
