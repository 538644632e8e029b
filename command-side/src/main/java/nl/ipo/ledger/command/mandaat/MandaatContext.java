package nl.ipo.ledger.command.mandaat;

import nl.ipo.ledger.command.Known;
import nl.ipo.ledger.command.competentie.CompetenceVersions;
import nl.ipo.ledger.command.gremium.GremiumFacts;
import nl.ipo.ledger.kernel.error.NotFoundException;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.mandaat.MandaatId;

/**
 * What a command on a mandate needs to know beyond the mandate itself, read before it is decided
 * ({@link MandaatLookups}), so that {@link MandaatDecisions} are pure functions.
 *
 * @param gremia the mandaatgever and the mandataris, where they are bodies
 * @param mandaten the parent mandate of a sub-mandate
 * @param matrix every recorded version of the competence matrix
 */
record MandaatContext(
    Known<GremiumId, GremiumFacts> gremia,
    Known<MandaatId, MandaatFacts> mandaten,
    CompetenceVersions matrix) {

  GremiumFacts gremium(GremiumId id, String field) {
    return gremia
        .find(id)
        .orElseThrow(
            () -> new NotFoundException(field, "Er is geen gremium met id " + id + " bekend"));
  }

  MandaatFacts mandaat(MandaatId id, String field) {
    return mandaten
        .find(id)
        .orElseThrow(
            () -> new NotFoundException(field, "Er is geen mandaat met id " + id + " bekend"));
  }
}
