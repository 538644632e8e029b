package nl.ipo.ledger.infra.journal;

import nl.ipo.ledger.infra.support.H2Ledger;

@H2Ledger
class JournalH2Test extends JournalContract {}
