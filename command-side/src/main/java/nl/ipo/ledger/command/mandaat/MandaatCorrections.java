package nl.ipo.ledger.command.mandaat;

import java.util.List;
import java.util.Optional;
import nl.ipo.ledger.command.CorrectionObeysTheRulesPolicy;
import nl.ipo.ledger.command.Outcomes;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.kernel.mandaat.MandaatCommand.AmendMandaat;
import nl.ipo.ledger.kernel.mandaat.MandaatCommand.GrantMandaat;
import nl.ipo.ledger.kernel.mandaat.MandaatCommand.RevokeMandaat;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent.MandaatAmended;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent.MandaatExpired;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent.MandaatGranted;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent.MandaatRevoked;

/**
 * The mandate's rules applied to a corrected fact: the replacement is decided again by {@link
 * MandaatDecisions}, as the command that would record it, against the mandate as it stood before
 * the original fact. The expiry, which no command records, is judged by the rule the deadline
 * follows: an open mandate expires on the end date of the version in force.
 *
 * <p>The rules that read other records (the mandaatgever's competence in the matrix, a parent
 * mandate, the gremia named) read them as they are recorded now. An amendment of the ceiling to
 * "none" cannot be expressed by {@link AmendMandaat} (a null keeps the current value), so such a
 * fact is not one a correction can produce either.
 */
public final class MandaatCorrections {

  private MandaatCorrections() {}

  /**
   * @param before the mandate's facts before the corrected one, in order
   * @param replacement the corrected fact
   * @param lookups the gremia, mandates and matrix the mandate rules read
   */
  public static Optional<Rejection> check(
      List<MandaatEvent> before, MandaatEvent replacement, MandaatLookups lookups) {
    MandaatFacts state = MandaatFacts.INITIAL;
    for (MandaatEvent event : before) {
      state = state.evolve(event);
    }
    MandaatFacts stateBefore = state;
    return CorrectionObeysTheRulesPolicy.judge(
        "dit mandaat", replacement, () -> decide(stateBefore, replacement, lookups));
  }

  private static List<MandaatEvent> decide(
      MandaatFacts state, MandaatEvent replacement, MandaatLookups lookups) {
    if (replacement instanceof MandaatGranted e) {
      GrantMandaat command =
          new GrantMandaat(
              e.mandaatId(),
              e.mandaatgever(),
              e.mandataris(),
              e.scope(),
              e.ceiling(),
              e.startDate(),
              e.endDate(),
              e.conditions(),
              e.parentMandaatId(),
              e.decision());
      return MandaatDecisions.grant(state, command, lookups.forGrant(command));
    }
    Outcomes.requireExists(state.exists(), "mandaatId", "mandaat", replacement.mandaatId());
    if (replacement instanceof MandaatAmended e) {
      return MandaatDecisions.amend(
          state,
          new AmendMandaat(
              e.mandaatId(),
              e.effectiveDate(),
              e.scope(),
              e.ceiling(),
              e.endDate(),
              e.conditions(),
              e.decision()),
          lookups.forAmendment(state));
    } else if (replacement instanceof MandaatRevoked e) {
      return MandaatDecisions.revoke(
          state, new RevokeMandaat(e.mandaatId(), e.effectiveDate(), e.decision()));
    } else if (replacement instanceof MandaatExpired e) {
      Rejection.throwFirst(MandaatDecisions.expiryDue(state, e.effectiveDate()));
      return List.of(e);
    }
    throw new IllegalArgumentException("Unhandled mandaat event " + replacement.getClass());
  }
}
