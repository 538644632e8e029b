package nl.ipo.ledger.command.besluit;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.ipo.ledger.command.CorrectionObeysTheRulesPolicy;
import nl.ipo.ledger.command.Outcomes;
import nl.ipo.ledger.command.Rejection;
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

/**
 * The decision rules applied to a corrected fact: the replacement is decided again by {@link
 * BesluitDecisions}, as the command that would record it, against the voorstel as it stood before
 * the original fact. A corrected besluit therefore still needs a competent decider (or a mandate
 * that covers it), a vote result that matches its outcome and a meeting of the decider on its date;
 * a corrected agenda entry or discussion takes the meeting's gremium and date from the meeting.
 *
 * <p>The competence basis of a besluit is kept as recorded: it is worded when the besluit is taken.
 * The other records (gremia, meetings, the matrix, mandates) are read as they are recorded now.
 */
public final class BesluitCorrections {

  private static final Set<String> RECORDED_AS_GIVEN = Set.of("competenceBasis");

  private BesluitCorrections() {}

  /**
   * @param before the voorstel's facts before the corrected one, in order
   * @param replacement the corrected fact
   * @param lookups the gremia, meetings, matrix and mandates the decision rules read
   */
  public static Optional<Rejection> check(
      List<BesluitEvent> before, BesluitEvent replacement, BesluitLookups lookups) {
    BesluitState state = BesluitState.INITIAL;
    for (BesluitEvent event : before) {
      state = state.evolve(event);
    }
    BesluitState stateBefore = state;
    return CorrectionObeysTheRulesPolicy.judge(
        "dit voorstel",
        replacement,
        () -> decide(stateBefore, replacement, lookups),
        RECORDED_AS_GIVEN);
  }

  private static List<BesluitEvent> decide(
      BesluitState state, BesluitEvent replacement, BesluitLookups lookups) {
    if (replacement instanceof VoorstelSubmitted e) {
      SubmitVoorstel command =
          new SubmitVoorstel(
              e.besluitId(),
              e.subject(),
              e.besluitType(),
              e.submittedBy(),
              e.decidingGremiumId(),
              e.submittedOn(),
              e.effects(),
              e.mandaatId());
      return VoorstelDecisions.submit(state, command, lookups.forSubmission(command));
    }
    Outcomes.requireExists(state.exists(), "besluitId", "besluit", replacement.besluitId());
    if (replacement instanceof VoorstelPlacedOnAgenda e) {
      PlaceVoorstelOnAgenda command =
          new PlaceVoorstelOnAgenda(e.besluitId(), e.vergaderingId(), e.agendaItem());
      return VoorstelDecisions.placeOnAgenda(state, command, lookups.forAgenda(command));
    } else if (replacement instanceof VoorstelDiscussed e) {
      RecordDiscussion command =
          new RecordDiscussion(e.besluitId(), e.vergaderingId(), e.summary());
      return VoorstelDecisions.discuss(state, command, lookups.forDiscussion(command));
    } else if (replacement instanceof AdviceRecorded e) {
      RecordAdvice command =
          new RecordAdvice(
              e.besluitId(), e.advisingGremiumId(), e.adviceDate(), e.vergaderingId(), e.advice());
      return VoorstelDecisions.advise(state, command, lookups.forAdvice(state, command));
    } else if (replacement instanceof BesluitTaken e) {
      DecideVoorstel command =
          new DecideVoorstel(
              e.besluitId(),
              e.decider(),
              e.decisionDate(),
              e.vergaderingId(),
              e.outcome(),
              e.outcome() == BesluitOutcome.ADOPTED_WITH_AMENDMENTS ? e.effects() : null,
              e.votes(),
              e.mandaatId(),
              e.amount(),
              e.summary());
      return BesluitDecisions.decide(state, command, lookups.forDecision(state, command));
    } else if (replacement instanceof VoorstelDeferred e) {
      DecideVoorstel command =
          new DecideVoorstel(
              e.besluitId(),
              e.decider(),
              e.decisionDate(),
              e.vergaderingId(),
              BesluitOutcome.DEFERRED,
              null,
              List.of(),
              null,
              null,
              e.summary());
      return BesluitDecisions.decide(state, command, lookups.forDecision(state, command));
    } else if (replacement instanceof VoorstelWithdrawn e) {
      return VoorstelDecisions.withdraw(
          state, new WithdrawVoorstel(e.besluitId(), e.withdrawnBy(), e.withdrawnOn(), e.reason()));
    } else if (replacement instanceof BesluitEffectCarriedOut e) {
      return EffectDecisions.effectCarriedOut(
          state, new RecordEffectCarriedOut(e.besluitId(), e.effectIndex()));
    } else if (replacement instanceof BesluitEffectFailed e) {
      return EffectDecisions.effectFailed(
          state, new RecordEffectFailed(e.besluitId(), e.effectIndex(), e.reason()));
    }
    throw new IllegalArgumentException("Unhandled besluit event " + replacement.getClass());
  }
}
