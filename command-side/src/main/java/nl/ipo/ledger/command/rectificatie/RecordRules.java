package nl.ipo.ledger.command.rectificatie;

import nl.ipo.ledger.command.begroting.BegrotingLookups;
import nl.ipo.ledger.command.besluit.BesluitLookups;
import nl.ipo.ledger.command.gremium.GremiumDirectory;
import nl.ipo.ledger.command.mandaat.MandaatLookups;

/** What the aggregates' rules read beyond their own stream, for judging a corrected fact. */
record RecordRules(
    GremiumDirectory gremia,
    MandaatLookups mandaten,
    BesluitLookups besluiten,
    BegrotingLookups begrotingen) {}
