package nl.ipo.ledger.command.mandaat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import nl.ipo.ledger.command.Outcomes;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.besluit.AuthorisingBesluit;
import nl.ipo.ledger.command.besluit.BesluitDirectory;
import nl.ipo.ledger.kernel.common.CommandOutcome;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.mandaat.MandaatCommand.AmendMandaat;
import nl.ipo.ledger.kernel.mandaat.MandaatCommand.GrantMandaat;
import nl.ipo.ledger.kernel.mandaat.MandaatCommand.RevokeMandaat;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent.MandaatExpired;
import nl.ipo.ledger.kernel.mandaat.MandaatId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * A mandate and all its versions. When its term ends the ledger records the expiry itself: an Axon
 * deadline, scheduled for the end date and moved when an amendment moves the end, fires without any
 * request.
 */
public final class Mandaat {

  static final String EXPIRY = "mandaat-expiry";

  /** Decisions are dated in Dutch time, so a term ends at midnight in Amsterdam. */
  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  @AggregateIdentifier private MandaatId id;
  private MandaatFacts state = MandaatFacts.INITIAL;

  Mandaat() {
    // required by Axon
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  CommandOutcome handle(
      GrantMandaat command,
      MandaatLookups lookups,
      BesluitDirectory besluiten,
      DeadlineManager deadlines) {
    authorised(command.decision(), besluiten);
    LocalDate endBefore = state.exists() ? state.current().endDate() : null;
    return record(
        MandaatDecisions.grant(state, command, lookups.forGrant(command)), endBefore, deadlines);
  }

  @CommandHandler
  CommandOutcome handle(
      AmendMandaat command,
      MandaatLookups lookups,
      BesluitDirectory besluiten,
      DeadlineManager deadlines) {
    Outcomes.requireExists(state.exists(), "mandaatId", "mandaat", command.mandaatId());
    authorised(command.decision(), besluiten);
    return record(
        MandaatDecisions.amend(state, command, lookups.forAmendment(state)),
        state.current().endDate(),
        deadlines);
  }

  @CommandHandler
  CommandOutcome handle(
      RevokeMandaat command, BesluitDirectory besluiten, DeadlineManager deadlines) {
    Outcomes.requireExists(state.exists(), "mandaatId", "mandaat", command.mandaatId());
    authorised(command.decision(), besluiten);
    return record(MandaatDecisions.revoke(state, command), state.current().endDate(), deadlines);
  }

  /** The besluit the command names, if it names one, must be able to carry a mandate. */
  private static void authorised(DecisionReference decision, BesluitDirectory besluiten) {
    Rejection.throwFirst(
        AuthorisingBesluitPolicy.check(decision, AuthorisingBesluit.taken(decision, besluiten)));
  }

  @DeadlineHandler(deadlineName = EXPIRY)
  void expire(LocalDate endDate) {
    if (MandaatDecisions.expiryDue(state, endDate).isEmpty()) {
      AggregateLifecycle.apply(new MandaatExpired(id, endDate));
    }
  }

  @EventSourcingHandler
  void on(MandaatEvent event) {
    id = event.mandaatId();
    state = state.evolve(event);
  }

  /** Applies the events and keeps the expiry deadline in step with the term's end. */
  private CommandOutcome record(
      List<MandaatEvent> events, LocalDate endBefore, DeadlineManager deadlines) {
    events.forEach(AggregateLifecycle::apply);
    if (events.isEmpty()) {
      return CommandOutcome.UNCHANGED;
    }
    LocalDate endAfter = state.current().endDate();
    if (state.isClosed() || !Objects.equals(endBefore, endAfter)) {
      deadlines.cancelAllWithinScope(EXPIRY);
      if (!state.isClosed() && endAfter != null) {
        Instant at = endAfter.atStartOfDay(ZONE).toInstant();
        deadlines.schedule(at, EXPIRY, endAfter);
      }
    }
    return CommandOutcome.RECORDED;
  }
}
