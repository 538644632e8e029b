package nl.ipo.ledger.command.vergadering;

import java.util.List;
import java.util.Optional;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.gremium.GremiumFacts;
import nl.ipo.ledger.kernel.error.ConflictException;
import nl.ipo.ledger.kernel.error.NotFoundException;
import nl.ipo.ledger.kernel.vergadering.VergaderingCommand.ScheduleVergadering;
import nl.ipo.ledger.kernel.vergadering.VergaderingEvent.VergaderingScheduled;

/** Decides whether a meeting is recorded; an empty list is an explicit no-op. */
final class VergaderingDecisions {

  private VergaderingDecisions() {}

  /**
   * @param scheduled the meeting already recorded under the id, or null
   * @param gremium the meeting's gremium, read before deciding; empty when it is unknown
   */
  static List<VergaderingScheduled> schedule(
      VergaderingScheduled scheduled, ScheduleVergadering command, Optional<GremiumFacts> gremium) {
    VergaderingScheduled event =
        new VergaderingScheduled(
            command.vergaderingId(), command.gremiumId(), command.date(), command.description());
    if (scheduled != null) {
      if (scheduled.equals(event)) {
        return List.of();
      }
      throw new ConflictException(
          "vergaderingId",
          "Onder id " + command.vergaderingId() + " is al een andere vergadering vastgelegd");
    }
    GremiumFacts body =
        gremium.orElseThrow(
            () ->
                new NotFoundException(
                    "gremiumId", "Er is geen gremium met id " + command.gremiumId() + " bekend"));
    Rejection.throwFirst(GremiumMeetsWhileInForcePolicy.check(body, command.date()));
    return List.of(event);
  }
}
