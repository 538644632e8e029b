package nl.ipo.ledger.command.besluit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.besluit.besluiten.CompetencePolicy;
import nl.ipo.ledger.command.besluit.besluiten.FinancialMattersPassBestuurPolicy;
import nl.ipo.ledger.command.besluit.besluiten.MeetingOfDeciderPolicy;
import nl.ipo.ledger.command.besluit.besluiten.VoteResultMatchesOutcomePolicy;
import nl.ipo.ledger.command.besluit.besluiten.VotersSitInDeciderPolicy;
import nl.ipo.ledger.command.besluit.effecten.AmendmentsWithOutcomePolicy;
import nl.ipo.ledger.command.besluit.effecten.EffectsApplicablePolicy;
import nl.ipo.ledger.command.besluit.effecten.EffectsMatchTypePolicy;
import nl.ipo.ledger.command.besluit.effecten.TaskSharesPolicy;
import nl.ipo.ledger.command.besluit.voorstel.DatesOrderedPolicy;
import nl.ipo.ledger.command.besluit.voorstel.VoorstelClosedPolicy;
import nl.ipo.ledger.command.gremium.GremiumFacts;
import nl.ipo.ledger.command.mandaat.MandateScopePolicy;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.DecideVoorstel;
import nl.ipo.ledger.kernel.besluit.BesluitEvent;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitTaken;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelDeferred;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelSubmitted;
import nl.ipo.ledger.kernel.besluit.BesluitOutcome;
import nl.ipo.ledger.kernel.besluit.CompetenceBasis;
import nl.ipo.ledger.kernel.besluit.Effect;
import nl.ipo.ledger.kernel.besluit.VoteTally;
import nl.ipo.ledger.kernel.competentie.CompetenceEvent.CompetenceAssigned;
import nl.ipo.ledger.kernel.competentie.VotingRule;

/**
 * Decides which events taking the decision on a voorstel records: adopted, amended, rejected or
 * deferred, by a body under its competence or under a mandate. An empty list is an explicit no-op
 * (the command repeats what is recorded); a broken rule throws.
 */
final class BesluitDecisions {

  private BesluitDecisions() {}

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
          Meetings.meetingOf(
              context, state, command.vergaderingId(), deciderBody.orElseThrow(), day));
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
        VotersSitInDeciderPolicy.check(deciderBody, command.votes(), day),
        VoteResultMatchesOutcomePolicy.check(
            command.outcome(),
            command.votes(),
            competence
                .map(CompetenceAssigned::votingRule)
                .orElse(VotingRule.MAJORITY_OF_VOTES_CAST)));
    if (command.outcome().isAdopted()) {
      Rejection.throwFirst(
          TaskSharesPolicy.check(effects, context.gremia()),
          EffectsApplicablePolicy.check(effects, context.gremia()));
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
}
