package nl.ipo.ledger.infra.web;

import nl.ipo.ledger.infra.support.H2Ledger;

@H2Ledger
class HistoryApiH2Test extends HistoryApiContract {}
