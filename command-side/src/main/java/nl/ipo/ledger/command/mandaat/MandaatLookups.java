package nl.ipo.ledger.command.mandaat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.ipo.ledger.command.Known;
import nl.ipo.ledger.command.competentie.CompetenceMatrixReader;
import nl.ipo.ledger.command.gremium.GremiumDirectory;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.mandaat.MandaatCommand.GrantMandaat;
import nl.ipo.ledger.kernel.mandaat.MandaatId;

/**
 * Reads, from the gremia's, the mandates' and the matrix's own event streams, the {@link
 * MandaatContext} a command on a mandate needs, before it is decided.
 */
public record MandaatLookups(
    GremiumDirectory gremia, MandaatDirectory mandaten, CompetenceMatrixReader matrix) {

  MandaatContext forGrant(GrantMandaat command) {
    // a sub-mandate names no mandaatgever: it is the parent's mandataris
    return context(
        Arrays.asList(command.mandataris(), command.mandaatgever()), command.parentMandaatId());
  }

  /** An amendment is judged against the grant's mandaatgever, or the parent of a sub-mandate. */
  MandaatContext forAmendment(MandaatFacts state) {
    return context(List.of(state.mandaatgever()), state.parent().orElse(null));
  }

  private MandaatContext context(List<Party> parties, MandaatId parent) {
    List<GremiumId> named = new ArrayList<>();
    for (Party party : parties) {
      if (party != null && party.namesGremium()) {
        named.add(party.gremiumId());
      }
    }
    return new MandaatContext(
        Known.load(named, gremia::find),
        Known.load(parent == null ? List.of() : List.of(parent), mandaten::find),
        matrix.versions());
  }
}
