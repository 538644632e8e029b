package nl.ipo.ledger.command.begroting;

import java.util.Optional;
import nl.ipo.ledger.command.besluit.BesluitDirectory;
import nl.ipo.ledger.command.competentie.CompetenceMatrixReader;
import nl.ipo.ledger.command.gremium.GremiumDirectory;
import nl.ipo.ledger.command.mandaat.MandaatDirectory;
import nl.ipo.ledger.command.mandaat.MandateChain;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.RecordWerkbudgetUse;
import nl.ipo.ledger.kernel.besluit.BesluitId;
import nl.ipo.ledger.kernel.besluit.BesluitType;

/**
 * Reads, from the besluiten's and the mandates' own event streams, the {@link BegrotingContext} a
 * budget step needs, before it is decided.
 */
public record BegrotingLookups(
    BesluitDirectory besluiten,
    MandaatDirectory mandaten,
    GremiumDirectory gremia,
    CompetenceMatrixReader matrix) {

  BegrotingContext forBesluit(BesluitId id) {
    return new BegrotingContext(besluiten.taken(id), Optional.empty());
  }

  BegrotingContext forWerkbudget(RecordWerkbudgetUse command) {
    return new BegrotingContext(
        Optional.empty(),
        MandateChain.load(
            command.mandaatId(),
            matrix.inForce(BesluitType.BEGROTING, command.date()),
            mandaten,
            gremia));
  }
}
