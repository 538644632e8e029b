package nl.ipo.ledger.command.vergadering;

import nl.ipo.ledger.command.Outcomes;
import nl.ipo.ledger.command.gremium.GremiumDirectory;
import nl.ipo.ledger.kernel.common.CommandOutcome;
import nl.ipo.ledger.kernel.vergadering.VergaderingCommand.ScheduleVergadering;
import nl.ipo.ledger.kernel.vergadering.VergaderingEvent.VergaderingScheduled;
import nl.ipo.ledger.kernel.vergadering.VergaderingId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/** A meeting of a gremium on a date; voorstellen refer to it for their agenda and decisions. */
public final class Vergadering {

  @AggregateIdentifier private VergaderingId id;
  private VergaderingScheduled scheduled;

  Vergadering() {
    // required by Axon
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  CommandOutcome handle(ScheduleVergadering command, GremiumDirectory gremia) {
    return Outcomes.record(
        VergaderingDecisions.schedule(scheduled, command, gremia.find(command.gremiumId())));
  }

  @EventSourcingHandler
  void on(VergaderingScheduled event) {
    id = event.vergaderingId();
    scheduled = event;
  }
}
