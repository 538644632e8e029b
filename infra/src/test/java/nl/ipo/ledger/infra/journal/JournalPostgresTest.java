package nl.ipo.ledger.infra.journal;

import nl.ipo.ledger.infra.support.PostgresLedger;

@PostgresLedger
class JournalPostgresTest extends JournalContract {}
