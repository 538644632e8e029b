package nl.ipo.ledger.command.mandaat;

import nl.ipo.ledger.command.competentie.CompetenceMatrixReader;
import nl.ipo.ledger.command.gremium.GremiumDirectory;

/** Everything the mandate rules read beyond the mandate itself, from the event streams. */
public record MandaatLookups(
    GremiumDirectory gremia, MandaatDirectory mandaten, CompetenceMatrixReader matrix) {}
