package nl.ipo.ledger.command.gremium;

import java.util.List;
import java.util.Optional;
import nl.ipo.ledger.command.CorrectionObeysTheRulesPolicy;
import nl.ipo.ledger.command.Outcomes;
import nl.ipo.ledger.command.Rejection;
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
 * The gremium's rules applied to a corrected fact: the replacement is decided again, as the command
 * that would record it, against the gremium as it stood before the original fact. A correction
 * therefore cannot give a gremium a second lid for a province, end a membership before it began or
 * rename a dissolved body, any more than a command can.
 */
public final class GremiumCorrections {

  /** The rule a corrected fact breaks, reported under the code of the broken rule. */
  public static final String CORRECTION_OBEYS_THE_RULES =
      CorrectionObeysTheRulesPolicy.CORRECTION_OBEYS_THE_RULES;

  private GremiumCorrections() {}

  /**
   * @param before the gremium's facts before the corrected one, in order
   * @param replacement the corrected fact
   * @param directory the other gremia, for a corrected establishment under a parent
   */
  public static Optional<Rejection> check(
      List<GremiumEvent> before, GremiumEvent replacement, GremiumDirectory directory) {
    GremiumState.Fold fold = new GremiumState.Fold();
    before.forEach(fold::add);
    GremiumState stateBefore = fold.state();
    return CorrectionObeysTheRulesPolicy.judge(
        "dit gremium", replacement, () -> decide(stateBefore, replacement, directory));
  }

  private static List<GremiumEvent> decide(
      GremiumState state, GremiumEvent replacement, GremiumDirectory directory) {
    if (replacement instanceof GremiumEstablished e) {
      return GremiumDecisions.establish(
          state,
          new EstablishGremium(
              e.gremiumId(),
              e.name(),
              e.type(),
              e.parentId(),
              e.beginDate(),
              e.endDate(),
              e.decision()),
          parent(e.parentId(), directory));
    } else if (replacement instanceof GremiumRenamed e) {
      if (state.exists() && !state.name().equals(e.previousName())) {
        throw CorrectionObeysTheRulesPolicy.derivedFieldDiffers(
                "previousName",
                "de vorige naam was '" + state.name() + "', niet '" + e.previousName() + "'.")
            .toException();
      }
      requireExists(state, e.gremiumId());
      return GremiumDecisions.rename(
          state, new RenameGremium(e.gremiumId(), e.name(), e.effectiveDate(), e.decision()));
    } else if (replacement instanceof GremiumDissolved e) {
      requireExists(state, e.gremiumId());
      return GremiumDecisions.dissolve(
          state,
          new DissolveGremium(e.gremiumId(), e.effectiveDate(), e.decision(), e.successors()),
          directory::find);
    } else if (replacement instanceof MemberAppointed e) {
      requireExists(state, e.gremiumId());
      return GremiumDecisions.appoint(
          state,
          new AppointMember(
              e.gremiumId(),
              e.membershipId(),
              e.personName(),
              e.province(),
              e.role(),
              e.startDate(),
              e.decision()));
    } else if (replacement instanceof MembershipEnded e && !state.isDissolved()) {
      // a membership ended by the dissolution itself is judged with the dissolution
      requireExists(state, e.gremiumId());
      return GremiumDecisions.endMembership(
          state, new EndMembership(e.gremiumId(), e.membershipId(), e.endDate(), e.decision()));
    }
    return List.of();
  }

  private static void requireExists(GremiumState state, GremiumId id) {
    Outcomes.requireExists(state.exists(), "gremiumId", "gremium", id);
  }

  private static Optional<GremiumState> parent(GremiumId parentId, GremiumDirectory directory) {
    return parentId == null ? Optional.empty() : directory.findState(parentId);
  }
}
