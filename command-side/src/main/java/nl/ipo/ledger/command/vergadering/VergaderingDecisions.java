package nl.ipo.ledger.command.vergadering;

import java.util.List;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.gremium.GremiumDirectory;
import nl.ipo.ledger.command.gremium.GremiumFacts;
import nl.ipo.ledger.kernel.error.ConflictException;
import nl.ipo.ledger.kernel.error.NotFoundException;
import nl.ipo.ledger.kernel.vergadering.VergaderingCommand.ScheduleVergadering;
import nl.ipo.ledger.kernel.vergadering.VergaderingEvent.VergaderingScheduled;

/** Decides whether a meeting is recorded; an empty list is an explicit no-op. */
final class VergaderingDecisions {

  static final String GREMIUM_MEETS_WHILE_IN_FORCE = "GREMIUM_MEETS_WHILE_IN_FORCE";

  private VergaderingDecisions() {}

  /**
   * @param scheduled the meeting already recorded under the id, or null
   */
  static List<VergaderingScheduled> schedule(
      VergaderingScheduled scheduled, ScheduleVergadering command, GremiumDirectory gremia) {
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
    GremiumFacts gremium =
        gremia
            .find(command.gremiumId())
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "gremiumId",
                        "Er is geen gremium met id " + command.gremiumId() + " bekend"));
    if (!gremium.inForceOn(command.date())) {
      throw new Rejection(
              GREMIUM_MEETS_WHILE_IN_FORCE,
              "date",
              Dutch.capitalised(gremium.describe())
                  + " bestaat niet op "
                  + Dutch.date(command.date()))
          .toException();
    }
    return List.of(event);
  }
}
