package nl.ipo.ledger.command.besluit;

import nl.ipo.ledger.command.competentie.CompetenceMatrixReader;
import nl.ipo.ledger.command.gremium.GremiumDirectory;
import nl.ipo.ledger.command.mandaat.MandateScopePolicy;
import nl.ipo.ledger.command.vergadering.VergaderingDirectory;

/**
 * Everything the decision rules read beyond the voorstel itself, each from its own aggregate's
 * event stream. Injected into the command handlers as one resource.
 */
public record BesluitLookups(
    GremiumDirectory gremia,
    VergaderingDirectory vergaderingen,
    CompetenceMatrixReader matrix,
    MandateScopePolicy mandates) {}
