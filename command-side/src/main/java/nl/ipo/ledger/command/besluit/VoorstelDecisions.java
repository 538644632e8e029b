package nl.ipo.ledger.command.besluit;

import java.util.List;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.besluit.besluiten.AdvisoryCompetencePolicy;
import nl.ipo.ledger.command.besluit.effecten.EffectsMatchTypePolicy;
import nl.ipo.ledger.command.besluit.voorstel.DatesOrderedPolicy;
import nl.ipo.ledger.command.besluit.voorstel.DecidingBodyMayDecidePolicy;
import nl.ipo.ledger.command.besluit.voorstel.OnlySubmitterWithdrawsPolicy;
import nl.ipo.ledger.command.besluit.voorstel.VoorstelClosedPolicy;
import nl.ipo.ledger.command.gremium.GremiumFacts;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.PlaceVoorstelOnAgenda;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.RecordAdvice;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.RecordDiscussion;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.SubmitVoorstel;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.WithdrawVoorstel;
import nl.ipo.ledger.kernel.besluit.BesluitEvent;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.AdviceRecorded;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelDiscussed;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelPlacedOnAgenda;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelSubmitted;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelWithdrawn;
import nl.ipo.ledger.kernel.error.ConflictException;
import nl.ipo.ledger.kernel.vergadering.VergaderingEvent.VergaderingScheduled;

/**
 * Decides which events a command on a voorstel's course records: its submission, its placing on an
 * agenda, its discussion, an advice on it, its withdrawal. An empty list is an explicit no-op (the
 * command repeats what is recorded); a broken rule throws.
 */
final class VoorstelDecisions {

  private VoorstelDecisions() {}

  static List<BesluitEvent> submit(
      BesluitState state, SubmitVoorstel command, BesluitContext context) {
    VoorstelSubmitted submitted =
        new VoorstelSubmitted(
            command.besluitId(),
            command.subject(),
            command.besluitType(),
            command.submittedBy(),
            command.decidingGremiumId(),
            command.submittedOn(),
            command.effects(),
            command.mandaatId());
    if (state.exists()) {
      if (state.voorstel().equals(submitted)) {
        return List.of();
      }
      throw new ConflictException(
          "besluitId", "Onder id " + command.besluitId() + " is al een ander voorstel ingediend");
    }
    GremiumFacts decider = context.gremium(command.decidingGremiumId(), "decidingGremiumId");
    if (command.submittedBy().namesGremium()) {
      context.gremium(command.submittedBy().gremiumId(), "submittedBy");
    }
    Rejection.throwFirst(
        EffectsMatchTypePolicy.check(command.besluitType(), command.effects(), "effects"),
        DecidingBodyMayDecidePolicy.check(
            decider,
            command.besluitType(),
            command.subject(),
            command.submittedOn(),
            context.competence(),
            command.mandaatId(),
            context.mandate()));
    return List.of(submitted);
  }

  static List<BesluitEvent> placeOnAgenda(
      BesluitState state, PlaceVoorstelOnAgenda command, BesluitContext context) {
    if (state.onAgendaOf(command.vergaderingId())) {
      return List.of();
    }
    Rejection.throwFirst(VoorstelClosedPolicy.check(state));
    VergaderingScheduled meeting = context.meeting(command.vergaderingId());
    Rejection.throwFirst(
        DatesOrderedPolicy.notBeforeSubmission(state, "vergaderingId", meeting.date()));
    GremiumFacts body = context.gremium(meeting.gremiumId(), "vergaderingId");
    return List.of(
        new VoorstelPlacedOnAgenda(
            command.besluitId(),
            command.vergaderingId(),
            meeting.gremiumId(),
            body.type(),
            meeting.date(),
            command.agendaItem()));
  }

  static List<BesluitEvent> discuss(
      BesluitState state, RecordDiscussion command, BesluitContext context) {
    boolean repeat =
        state.discussions().stream()
            .anyMatch(
                d ->
                    d.vergaderingId().equals(command.vergaderingId())
                        && d.summary().equals(command.summary()));
    if (repeat) {
      return List.of();
    }
    Rejection.throwFirst(
        VoorstelClosedPolicy.check(state),
        Meetings.onAgenda(context, state, command.vergaderingId()));
    VergaderingScheduled meeting = context.meeting(command.vergaderingId());
    GremiumFacts body = context.gremium(meeting.gremiumId(), "vergaderingId");
    return List.of(
        new VoorstelDiscussed(
            command.besluitId(),
            command.vergaderingId(),
            meeting.gremiumId(),
            body.type(),
            meeting.date(),
            command.summary()));
  }

  static List<BesluitEvent> advise(
      BesluitState state, RecordAdvice command, BesluitContext context) {
    boolean repeat =
        state.advice().stream()
            .anyMatch(
                a ->
                    a.advisingGremiumId().equals(command.advisingGremiumId())
                        && a.adviceDate().equals(command.adviceDate())
                        && a.advice().equals(command.advice()));
    if (repeat) {
      return List.of();
    }
    Rejection.throwFirst(
        VoorstelClosedPolicy.check(state),
        DatesOrderedPolicy.notBeforeSubmission(state, "adviceDate", command.adviceDate()));
    GremiumFacts adviser = context.gremium(command.advisingGremiumId(), "advisingGremiumId");
    if (command.vergaderingId() != null) {
      Rejection.throwFirst(
          Meetings.meetingOf(
              context, state, command.vergaderingId(), adviser, command.adviceDate()));
    }
    Rejection.throwFirst(
        AdvisoryCompetencePolicy.check(
            adviser, state.voorstel().besluitType(), command.adviceDate(), context.competence()));
    return List.of(
        new AdviceRecorded(
            command.besluitId(),
            command.advisingGremiumId(),
            adviser.type(),
            command.adviceDate(),
            command.vergaderingId(),
            command.advice()));
  }

  static List<BesluitEvent> withdraw(BesluitState state, WithdrawVoorstel command) {
    VoorstelWithdrawn withdrawn =
        new VoorstelWithdrawn(
            command.besluitId(), command.withdrawnBy(), command.withdrawnOn(), command.reason());
    if (withdrawn.equals(state.withdrawn())) {
      return List.of();
    }
    Rejection.throwFirst(
        VoorstelClosedPolicy.check(state),
        DatesOrderedPolicy.notBeforeSubmission(state, "withdrawnOn", command.withdrawnOn()),
        OnlySubmitterWithdrawsPolicy.check(state, command.withdrawnBy()));
    return List.of(withdrawn);
  }
}
