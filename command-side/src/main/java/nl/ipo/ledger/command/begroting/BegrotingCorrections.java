package nl.ipo.ledger.command.begroting;

import java.util.List;
import java.util.Optional;
import nl.ipo.ledger.command.CorrectionObeysTheRulesPolicy;
import nl.ipo.ledger.command.Outcomes;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.AdoptJaarrekening;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.AmendBegroting;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.ApproveBegroting;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.DraftBegroting;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.RecordRealisation;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.RecordWerkbudgetUse;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.SubmitBegroting;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.BegrotingAmended;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.BegrotingApproved;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.BegrotingDrafted;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.BegrotingSubmitted;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.JaarrekeningAdopted;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.RealisationRecorded;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.WerkbudgetUsed;

/**
 * The budget's rules applied to a corrected fact: the replacement is decided again by {@link
 * BegrotingDecisions}, as the command that would record it, against the begroting as it stood
 * before the original fact. So a correction keeps the P&C cycle in order, names only lines the
 * begroting has, ties an approval, amendment or jaarrekening to the AV's adopted besluit of the
 * right kind (and takes its date and reference from that besluit) and keeps werkbudget use within
 * its mandate. The besluiten and mandates are read as they are recorded now.
 */
public final class BegrotingCorrections {

  private BegrotingCorrections() {}

  /**
   * @param before the begroting's facts before the corrected one, in order
   * @param replacement the corrected fact
   * @param lookups the besluiten and mandates the budget rules read
   */
  public static Optional<Rejection> check(
      List<BegrotingEvent> before, BegrotingEvent replacement, BegrotingLookups lookups) {
    BegrotingState state = BegrotingState.INITIAL;
    for (BegrotingEvent event : before) {
      state = state.evolve(event);
    }
    BegrotingState stateBefore = state;
    return CorrectionObeysTheRulesPolicy.judge(
        "deze begroting", replacement, () -> decide(stateBefore, replacement, lookups));
  }

  private static List<BegrotingEvent> decide(
      BegrotingState state, BegrotingEvent replacement, BegrotingLookups lookups) {
    if (replacement instanceof BegrotingDrafted e) {
      return BegrotingDecisions.draft(
          state, new DraftBegroting(e.begrotingId(), e.document(), e.draftedOn()));
    }
    Outcomes.requireExists(state.exists(), "begrotingId", "begroting", replacement.begrotingId());
    if (replacement instanceof BegrotingSubmitted e) {
      return BegrotingDecisions.submit(
          state, new SubmitBegroting(e.begrotingId(), e.submittedOn(), e.decision()));
    } else if (replacement instanceof BegrotingApproved e) {
      return BegrotingDecisions.approve(
          state,
          new ApproveBegroting(e.begrotingId(), e.besluitId()),
          lookups.forBesluit(e.besluitId()));
    } else if (replacement instanceof BegrotingAmended e) {
      return BegrotingDecisions.amend(
          state,
          new AmendBegroting(
              e.begrotingId(), e.besluitId(), e.nota(), e.effectiveDate(), e.changes()),
          lookups.forBesluit(e.besluitId()));
    } else if (replacement instanceof RealisationRecorded e) {
      return BegrotingDecisions.realise(
          state,
          new RecordRealisation(
              e.begrotingId(), e.opgaveCode(), e.line(), e.realised(), e.asOf(), e.source()));
    } else if (replacement instanceof JaarrekeningAdopted e) {
      return BegrotingDecisions.adoptJaarrekening(
          state,
          new AdoptJaarrekening(e.begrotingId(), e.besluitId(), e.auditorStatement()),
          lookups.forBesluit(e.besluitId()));
    } else if (replacement instanceof WerkbudgetUsed e) {
      RecordWerkbudgetUse command =
          new RecordWerkbudgetUse(
              e.begrotingId(), e.mandaatId(), e.usedBy(), e.amount(), e.date(), e.description());
      return BegrotingDecisions.useWerkbudget(state, command, lookups.forWerkbudget(command));
    }
    throw new IllegalArgumentException("Unhandled begroting event " + replacement.getClass());
  }
}
