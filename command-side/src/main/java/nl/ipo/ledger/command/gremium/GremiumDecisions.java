package nl.ipo.ledger.command.gremium;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.kernel.error.ConflictException;
import nl.ipo.ledger.kernel.error.NotFoundException;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.AppointMember;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.DissolveGremium;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.EndMembership;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.EstablishGremium;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.RenameGremium;
import nl.ipo.ledger.kernel.gremium.GremiumEvent;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.GremiumDissolved;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.GremiumEstablished;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.GremiumRenamed;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.MemberAppointed;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.MembershipEnded;
import nl.ipo.ledger.kernel.gremium.GremiumId;

/**
 * Decides, for a gremium's state and a command, which events to record. Pure functions: no clock,
 * no I/O. An empty list means the command repeats what is already recorded (an explicit no-op); a
 * rule that forbids the command throws.
 */
final class GremiumDecisions {

  private GremiumDecisions() {}

  static List<GremiumEvent> establish(
      GremiumState state, EstablishGremium command, Optional<GremiumState> parent) {
    GremiumEstablished established =
        new GremiumEstablished(
            command.gremiumId(),
            command.name(),
            command.type(),
            command.parentId(),
            command.beginDate(),
            command.endDate(),
            command.decision());
    if (state.exists()) {
      if (state.established().equals(established)) {
        return List.of();
      }
      throw new ConflictException(
          "gremiumId",
          "Het id "
              + command.gremiumId()
              + " is al in gebruik voor "
              + Dutch.gremium(state.type(), state.established().name())
              + " ("
              + Dutch.period(state.beginDate(), null)
              + ")");
    }
    Rejection.throwFirst(
        TemporaryGremiumNeedsTermPolicy.check(command.type(), command.endDate()),
        DatesOrderedPolicy.endAfterStart(
            "endDate", command.endDate(), "de begindatum", command.beginDate()));
    if (command.parentId() != null) {
      GremiumState parentState =
          parent.orElseThrow(
              () ->
                  new NotFoundException(
                      "parentId", "Er is geen gremium met id " + command.parentId() + " bekend"));
      Rejection.throwFirst(
          ParentGremiumPolicy.check(
              command.gremiumId(),
              command.type(),
              command.beginDate(),
              GremiumFacts.of(parentState)));
    }
    return List.of(established);
  }

  static List<GremiumEvent> rename(GremiumState state, RenameGremium command) {
    boolean repeat =
        state.renames().stream()
            .anyMatch(
                r ->
                    r.name().equals(command.name())
                        && r.effectiveDate().equals(command.effectiveDate())
                        && r.decision().equals(command.decision()));
    if (repeat) {
      return List.of();
    }
    Rejection.throwFirst(
        DissolvedGremiumIsClosedPolicy.check(state),
        DatesWithinLifetimePolicy.within(state, "effectiveDate", command.effectiveDate()),
        DatesOrderedPolicy.notBeforeLatestRename(state, "effectiveDate", command.effectiveDate()));
    if (state.name().equals(command.name())) {
      return List.of();
    }
    return List.of(
        new GremiumRenamed(
            command.gremiumId(),
            command.name(),
            state.name(),
            command.effectiveDate(),
            command.decision()));
  }

  static List<GremiumEvent> dissolve(
      GremiumState state,
      DissolveGremium command,
      Function<GremiumId, Optional<GremiumFacts>> gremia) {
    GremiumDissolved dissolved =
        new GremiumDissolved(
            command.gremiumId(), command.effectiveDate(), command.decision(), command.successors());
    if (dissolved.equals(state.dissolution())) {
      return List.of();
    }
    Rejection.throwFirst(
        DissolvedGremiumIsClosedPolicy.check(state),
        DatesWithinLifetimePolicy.endWithin(state, "effectiveDate", command.effectiveDate()),
        DatesOrderedPolicy.notBeforeLatestRename(state, "effectiveDate", command.effectiveDate()),
        DatesWithinLifetimePolicy.membershipsEndBy(state.allMemberships(), command.effectiveDate()),
        SuccessorExistsPolicy.check(
            command.gremiumId(), command.effectiveDate(), command.successors(), gremia));
    List<GremiumEvent> events = new ArrayList<>();
    for (Membership membership : state.allMemberships()) {
      if (membership.isOpen()) {
        events.add(
            new MembershipEnded(
                command.gremiumId(), membership.id(), command.effectiveDate(), command.decision()));
      }
    }
    events.add(dissolved);
    return events;
  }

  static List<GremiumEvent> appoint(GremiumState state, AppointMember command) {
    MemberAppointed appointed =
        new MemberAppointed(
            command.gremiumId(),
            command.membershipId(),
            command.personName(),
            command.province(),
            command.role(),
            command.startDate(),
            command.decision());
    Membership sameId = state.memberships().get(command.membershipId());
    if (sameId != null) {
      if (sameId.sameAppointmentAs(appointed)) {
        return List.of();
      }
      throw new ConflictException(
          "membershipId",
          "Onder id "
              + command.membershipId()
              + " is al een ander lidmaatschap vastgelegd: "
              + sameId.describe());
    }
    // a named person's appointment repeated under another id is the same appointment; unnamed
    // seats are told apart by their ids only (two seats of a province may start the same day)
    if (appointed.personName() != null
        && state.allMemberships().stream().anyMatch(m -> m.sameAppointmentAs(appointed))) {
      return List.of();
    }
    Rejection.throwFirst(
        DissolvedGremiumIsClosedPolicy.check(state),
        DatesWithinLifetimePolicy.within(state, "startDate", command.startDate()),
        SeatsPerProvincePolicy.check(state, appointed),
        SingleVoorzitterPolicy.check(state, appointed),
        PostHolderPolicy.check(state, appointed));
    return List.of(appointed);
  }

  static List<GremiumEvent> endMembership(GremiumState state, EndMembership command) {
    Membership membership = state.memberships().get(command.membershipId());
    if (membership == null) {
      throw new NotFoundException(
          "membershipId",
          Dutch.capitalised(Dutch.gremium(state.type(), state.name()))
              + " heeft geen lidmaatschap met id "
              + command.membershipId());
    }
    if (!membership.isOpen() && membership.end().equals(command.endDate())) {
      return List.of();
    }
    Rejection.throwFirst(
        MembershipAlreadyEndedPolicy.check(membership),
        DissolvedGremiumIsClosedPolicy.check(state),
        DatesOrderedPolicy.endAfterStart(
            "endDate", command.endDate(), "de begindatum van het lidmaatschap", membership.start()),
        DatesWithinLifetimePolicy.endWithin(state, "endDate", command.endDate()));
    return List.of(
        new MembershipEnded(
            command.gremiumId(), command.membershipId(), command.endDate(), command.decision()));
  }
}
