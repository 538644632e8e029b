package nl.ipo.ledger.command.gremium;

import java.util.Optional;
import nl.ipo.ledger.command.Outcomes;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.besluit.AuthorisingBesluit;
import nl.ipo.ledger.command.besluit.BesluitDirectory;
import nl.ipo.ledger.kernel.common.CommandOutcome;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.AppointMember;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.DissolveGremium;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.EndMembership;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.EstablishGremium;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.RenameGremium;
import nl.ipo.ledger.kernel.gremium.GremiumEvent;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * A gremium and its memberships: the consistency boundary for every rule inside one body (seats per
 * province, one voorzitter, dates within its lifetime). Thin on purpose: the handlers delegate to
 * {@link GremiumDecisions} and the event sourcing handler only folds state.
 */
public final class Gremium {

  @AggregateIdentifier private GremiumId id;
  private final GremiumState.Fold fold = new GremiumState.Fold();

  Gremium() {
    // required by Axon to rebuild the aggregate from its events
  }

  /** Creates the gremium, or, for an exact repeat of its establishment, does nothing. */
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  CommandOutcome handle(
      EstablishGremium command, GremiumDirectory directory, BesluitDirectory besluiten) {
    authorised(command.decision(), besluiten, AuthorisingBesluitPolicy.FOR_THE_BODY, "een gremium");
    Optional<GremiumState> parent =
        command.parentId() == null ? Optional.empty() : directory.findState(command.parentId());
    return Outcomes.record(GremiumDecisions.establish(state(), command, parent));
  }

  @CommandHandler
  CommandOutcome handle(RenameGremium command, BesluitDirectory besluiten) {
    Outcomes.requireExists(state().exists(), "gremiumId", "gremium", command.gremiumId());
    authorised(
        command.decision(), besluiten, AuthorisingBesluitPolicy.FOR_THE_BODY, "een nieuwe naam");
    return Outcomes.record(GremiumDecisions.rename(state(), command));
  }

  @CommandHandler
  CommandOutcome handle(
      DissolveGremium command, GremiumDirectory directory, BesluitDirectory besluiten) {
    Outcomes.requireExists(state().exists(), "gremiumId", "gremium", command.gremiumId());
    authorised(
        command.decision(), besluiten, AuthorisingBesluitPolicy.FOR_THE_BODY, "een opheffing");
    return Outcomes.record(GremiumDecisions.dissolve(state(), command, directory::find));
  }

  @CommandHandler
  CommandOutcome handle(AppointMember command, BesluitDirectory besluiten) {
    Outcomes.requireExists(state().exists(), "gremiumId", "gremium", command.gremiumId());
    authorised(command.decision(), besluiten, AuthorisingBesluitPolicy.FOR_A_SEAT, "een benoeming");
    return Outcomes.record(GremiumDecisions.appoint(state(), command));
  }

  @CommandHandler
  CommandOutcome handle(EndMembership command, BesluitDirectory besluiten) {
    Outcomes.requireExists(state().exists(), "gremiumId", "gremium", command.gremiumId());
    authorised(
        command.decision(),
        besluiten,
        AuthorisingBesluitPolicy.FOR_A_SEAT,
        "het einde van een zetel");
    return Outcomes.record(GremiumDecisions.endMembership(state(), command));
  }

  /** The besluit the command names, if it names one, must be able to carry it. */
  private static void authorised(
      DecisionReference decision,
      BesluitDirectory besluiten,
      java.util.Set<nl.ipo.ledger.kernel.besluit.BesluitType> fitting,
      String change) {
    Rejection.throwFirst(
        AuthorisingBesluitPolicy.check(
            decision, AuthorisingBesluit.taken(decision, besluiten), fitting, change));
  }

  /** The gremium as its events so far leave it. */
  private GremiumState state() {
    return fold.state();
  }

  @EventSourcingHandler
  void on(GremiumEvent event) {
    id = event.gremiumId();
    fold.add(event);
  }
}
