package nl.ipo.ledger.infra.web.pages.vastleggen;

import nl.ipo.ledger.infra.support.H2Ledger;

@H2Ledger
class VastleggenH2Test extends VastleggenContract {}
