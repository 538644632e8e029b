package nl.ipo.ledger.command.gremium;

import java.util.Optional;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.EstablishGremium;

/** A tijdelijk gremium or werkgroep is set up for a task with a begin and an end date. */
final class TemporaryGremiumTermPolicy {

  private TemporaryGremiumTermPolicy() {}

  static Optional<Rejection> check(EstablishGremium command) {
    if (!command.type().isTemporary() || command.endDate() != null) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(
            GremiumRule.TEMPORARY_GREMIUM_NEEDS_TERM,
            "endDate",
            "Een "
                + command.type().label()
                + " wordt voor een bepaalde tijd ingesteld en heeft daarom een einddatum nodig"));
  }
}
