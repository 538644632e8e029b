package nl.ipo.ledger.command.vergadering;

import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.gremium.GremiumDirectory;
import nl.ipo.ledger.command.gremium.GremiumFacts;
import nl.ipo.ledger.kernel.common.CommandOutcome;
import nl.ipo.ledger.kernel.error.ConflictException;
import nl.ipo.ledger.kernel.error.NotFoundException;
import nl.ipo.ledger.kernel.vergadering.VergaderingCommand.ScheduleVergadering;
import nl.ipo.ledger.kernel.vergadering.VergaderingEvent.VergaderingScheduled;
import nl.ipo.ledger.kernel.vergadering.VergaderingId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;

/** A meeting of a gremium on a date; voorstellen refer to it for their agenda and decisions. */
final class VergaderingAggregate {

  static final String GREMIUM_MEETS_WHILE_IN_FORCE = "GREMIUM_MEETS_WHILE_IN_FORCE";

  @AggregateIdentifier private VergaderingId id;
  private VergaderingScheduled scheduled;

  VergaderingAggregate() {
    // required by Axon
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  CommandOutcome handle(ScheduleVergadering command, GremiumDirectory gremia) {
    VergaderingScheduled event =
        new VergaderingScheduled(
            command.vergaderingId(), command.gremiumId(), command.date(), command.description());
    if (scheduled != null) {
      if (scheduled.equals(event)) {
        return CommandOutcome.UNCHANGED;
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
    AggregateLifecycle.apply(event);
    return CommandOutcome.RECORDED;
  }

  @EventSourcingHandler
  void on(VergaderingScheduled event) {
    id = event.vergaderingId();
    scheduled = event;
  }
}
