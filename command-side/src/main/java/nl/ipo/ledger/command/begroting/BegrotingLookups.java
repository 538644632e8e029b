package nl.ipo.ledger.command.begroting;

import nl.ipo.ledger.command.besluit.BesluitDirectory;
import nl.ipo.ledger.command.mandaat.MandaatDirectory;
import nl.ipo.ledger.command.mandaat.MandateScopePolicy;

/** What the budget rules read beyond the begroting: besluiten and mandates, from their streams. */
public record BegrotingLookups(
    BesluitDirectory besluiten, MandaatDirectory mandaten, MandateScopePolicy mandates) {}
