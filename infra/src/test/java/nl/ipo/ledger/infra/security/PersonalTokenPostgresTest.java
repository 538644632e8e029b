package nl.ipo.ledger.infra.security;

import nl.ipo.ledger.infra.support.PostgresLedger;

@PostgresLedger
class PersonalTokenPostgresTest extends PersonalTokenContract {}
