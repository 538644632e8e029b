package nl.ipo.ledger.command.besluit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.besluit.besluiten.AdvisoryCompetencePolicy;
import nl.ipo.ledger.command.besluit.besluiten.CompetencePolicy;
import nl.ipo.ledger.command.besluit.besluiten.FinancialMattersPassBestuurPolicy;
import nl.ipo.ledger.command.besluit.besluiten.MeetingOfDeciderPolicy;
import nl.ipo.ledger.command.besluit.besluiten.VoteResultMatchesOutcomePolicy;
import nl.ipo.ledger.command.besluit.effecten.AmendmentsWithOutcomePolicy;
import nl.ipo.ledger.command.besluit.effecten.BesluitEffects;
import nl.ipo.ledger.command.besluit.effecten.EffectUnknownPolicy;
import nl.ipo.ledger.command.besluit.effecten.EffectsApplicablePolicy;
import nl.ipo.ledger.command.besluit.effecten.EffectsMatchTypePolicy;
import nl.ipo.ledger.command.besluit.voorstel.DatesOrderedPolicy;
import nl.ipo.ledger.command.besluit.voorstel.NotOnAgendaPolicy;
import nl.ipo.ledger.command.besluit.voorstel.OnlySubmitterWithdrawsPolicy;
import nl.ipo.ledger.command.besluit.voorstel.VoorstelClosedPolicy;
import nl.ipo.ledger.command.gremium.GremiumFacts;
import nl.ipo.ledger.command.mandaat.MandateScopePolicy;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.DecideVoorstel;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.PlaceVoorstelOnAgenda;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.RecordAdvice;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.RecordDiscussion;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.RecordEffectCarriedOut;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.RecordEffectFailed;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.SubmitVoorstel;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.WithdrawVoorstel;
import nl.ipo.ledger.kernel.besluit.BesluitEvent;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.AdviceRecorded;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitEffectCarriedOut;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitEffectFailed;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitTaken;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelDeferred;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelDiscussed;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelPlacedOnAgenda;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelSubmitted;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelWithdrawn;
import nl.ipo.ledger.kernel.besluit.BesluitOutcome;
import nl.ipo.ledger.kernel.besluit.CompetenceBasis;
import nl.ipo.ledger.kernel.besluit.Effect;
import nl.ipo.ledger.kernel.besluit.VoteTally;
import nl.ipo.ledger.kernel.competentie.CompetenceEvent.CompetenceAssigned;
import nl.ipo.ledger.kernel.competentie.VotingRule;
import nl.ipo.ledger.kernel.error.ConflictException;
import nl.ipo.ledger.kernel.vergadering.VergaderingEvent.VergaderingScheduled;
import nl.ipo.ledger.kernel.vergadering.VergaderingId;

/**
 * Decides which events a command on a voorstel records. An empty list is an explicit no-op (the
 * command repeats what is recorded); a broken rule throws.
 */
final class BesluitDecisions {

  private BesluitDecisions() {}

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
            command.effects());
    if (state.exists()) {
      if (state.voorstel().equals(submitted)) {
        return List.of();
      }
      throw new ConflictException(
          "besluitId", "Onder id " + command.besluitId() + " is al een ander voorstel ingediend");
    }
    context.gremium(command.decidingGremiumId(), "decidingGremiumId");
    if (command.submittedBy().namesGremium()) {
      context.gremium(command.submittedBy().gremiumId(), "submittedBy");
    }
    Rejection.throwFirst(
        EffectsMatchTypePolicy.check(command.besluitType(), command.effects(), "effects"));
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
        VoorstelClosedPolicy.check(state), onAgenda(context, state, command.vergaderingId()));
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
          meetingOf(context, state, command.vergaderingId(), adviser, command.adviceDate()));
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

  static List<BesluitEvent> decide(
      BesluitState state, DecideVoorstel command, BesluitContext context) {
    VoorstelSubmitted voorstel = state.voorstel();
    LocalDate day = command.decisionDate();
    Optional<CompetenceAssigned> competence = context.competence();
    List<Effect> effects =
        command.amendedEffects() == null ? voorstel.effects() : command.amendedEffects();
    Optional<GremiumFacts> deciderBody =
        command.decider().namesGremium()
            ? Optional.of(context.gremium(command.decider().gremiumId(), "decider"))
            : Optional.empty();
    CompetenceBasis basis =
        command.mandaatId() == null
            ? CompetenceBasis.ownCompetence(
                deciderBody.map(GremiumFacts::type).orElse(null),
                competence.map(c -> c.decision().text()).orElse(null))
            : CompetenceBasis.mandate(command.mandaatId());
    BesluitEvent event =
        command.outcome() == BesluitOutcome.DEFERRED
            ? new VoorstelDeferred(
                command.besluitId(),
                command.decider(),
                day,
                command.vergaderingId(),
                command.summary())
            : new BesluitTaken(
                command.besluitId(),
                voorstel.subject(),
                voorstel.besluitType(),
                command.decider(),
                deciderBody.map(GremiumFacts::type).orElse(null),
                day,
                command.vergaderingId(),
                command.outcome(),
                effects,
                command.votes(),
                VoteTally.of(command.votes()),
                command.mandaatId(),
                command.amount(),
                basis,
                command.summary());
    if (sameDecision(event, state.besluit()) || state.deferrals().contains(event)) {
      return List.of();
    }
    Rejection.throwFirst(
        VoorstelClosedPolicy.check(state),
        DatesOrderedPolicy.notBeforeSubmission(state, "decisionDate", day),
        AmendmentsWithOutcomePolicy.check(command.outcome(), command.amendedEffects()),
        EffectsMatchTypePolicy.check(voorstel.besluitType(), effects, "amendedEffects"));
    if (command.vergaderingId() != null) {
      Rejection.throwFirst(MeetingOfDeciderPolicy.bodyDecidesAtMeeting(command.decider()));
      Rejection.throwFirst(
          meetingOf(context, state, command.vergaderingId(), deciderBody.orElseThrow(), day));
    }
    if (command.mandaatId() != null) {
      Rejection.throwFirst(
          MandateScopePolicy.check(
              context.mandate().orElseThrow(() -> MandateScopePolicy.unknown(command.mandaatId())),
              command.decider(),
              voorstel.besluitType(),
              voorstel.subject(),
              command.amount(),
              day));
    } else if (deciderBody.isEmpty()) {
      Rejection.throwFirst(CompetencePolicy.personWithoutMandate(command.decider().personName()));
    } else {
      Rejection.throwFirst(
          CompetencePolicy.check(deciderBody.get(), voorstel.besluitType(), day, competence));
    }
    Rejection.throwFirst(
        FinancialMattersPassBestuurPolicy.check(
            state, deciderBody.map(GremiumFacts::type).orElse(null), day),
        VoteResultMatchesOutcomePolicy.check(
            command.outcome(),
            command.votes(),
            competence
                .map(CompetenceAssigned::votingRule)
                .orElse(VotingRule.MAJORITY_OF_VOTES_CAST)));
    if (command.outcome().isAdopted()) {
      Rejection.throwFirst(EffectsApplicablePolicy.check(effects, context.gremia()));
    }
    return List.of(event);
  }

  /**
   * A repeat of a recorded besluit: the same decision as the caller gave it, whatever competence
   * basis the ledger derives for it now (the matrix in force that day may since have been recorded
   * anew).
   */
  private static boolean sameDecision(BesluitEvent event, BesluitTaken recorded) {
    if (!(event instanceof BesluitTaken taken) || recorded == null) {
      return false;
    }
    return taken.equals(
        new BesluitTaken(
            recorded.besluitId(),
            recorded.subject(),
            recorded.besluitType(),
            recorded.decider(),
            recorded.deciderType(),
            recorded.decisionDate(),
            recorded.vergaderingId(),
            recorded.outcome(),
            recorded.effects(),
            recorded.votes(),
            recorded.tally(),
            recorded.mandaatId(),
            recorded.amount(),
            taken.competenceBasis(),
            recorded.summary()));
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

  static List<BesluitEvent> effectCarriedOut(BesluitState state, RecordEffectCarriedOut command) {
    if (state.effectsHandled().contains(command.effectIndex())) {
      return List.of();
    }
    Effect effect = adoptedEffect(state, command.effectIndex());
    return List.of(
        new BesluitEffectCarriedOut(
            command.besluitId(),
            command.effectIndex(),
            effect,
            BesluitEffects.date(effect, state.besluit())));
  }

  static List<BesluitEvent> effectFailed(BesluitState state, RecordEffectFailed command) {
    if (state.effectsHandled().contains(command.effectIndex())) {
      return List.of();
    }
    Effect effect = adoptedEffect(state, command.effectIndex());
    return List.of(
        new BesluitEffectFailed(
            command.besluitId(),
            command.effectIndex(),
            effect,
            BesluitEffects.date(effect, state.besluit()),
            command.reason()));
  }

  private static Effect adoptedEffect(BesluitState state, int index) {
    Rejection.throwFirst(EffectUnknownPolicy.check(state, index));
    return state.besluit().effects().get(index);
  }

  private static Optional<Rejection> meetingOf(
      BesluitContext context,
      BesluitState state,
      VergaderingId id,
      GremiumFacts body,
      LocalDate day) {
    VergaderingScheduled meeting = context.meeting(id);
    return MeetingOfDeciderPolicy.check(meeting, context.describe(meeting), body, day)
        .or(() -> onAgenda(context, state, id));
  }

  private static Optional<Rejection> onAgenda(
      BesluitContext context, BesluitState state, VergaderingId id) {
    if (state.onAgendaOf(id)) {
      return Optional.empty();
    }
    String which =
        context.vergaderingen().find(id).map(context::describe).orElse("die vergadering");
    return NotOnAgendaPolicy.check(state, id, which);
  }
}
