package nl.ipo.ledger.infra.security;

import nl.ipo.ledger.infra.support.H2Ledger;

@H2Ledger
class PersonalTokenH2Test extends PersonalTokenContract {}
