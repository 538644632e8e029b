package nl.ipo.ledger.command.gremium;

import java.time.LocalDate;
import java.util.Optional;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.kernel.gremium.GremiumType;

/**
 * A tijdelijk gremium or werkgroep is set up for a task with a begin and an end date. Asked when a
 * gremium is established, directly or by a besluit's effect.
 */
public final class TemporaryGremiumNeedsTermPolicy {

  private TemporaryGremiumNeedsTermPolicy() {}

  public static Optional<Rejection> check(GremiumType type, LocalDate endDate) {
    if (!type.isTemporary() || endDate != null) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(
            GremiumRule.TEMPORARY_GREMIUM_NEEDS_TERM,
            "endDate",
            "Een "
                + type.label()
                + " wordt voor een bepaalde tijd ingesteld en heeft daarom een einddatum nodig"));
  }
}
