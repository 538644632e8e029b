package nl.ipo.ledger.command.gremium;

import java.util.Optional;
import nl.ipo.ledger.command.Rejection;

/** A membership ends once: an ended membership does not end again on another date. */
final class MembershipAlreadyEndedPolicy {

  private MembershipAlreadyEndedPolicy() {}

  static Optional<Rejection> check(Membership membership) {
    if (membership.isOpen()) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(
            GremiumRule.MEMBERSHIP_ALREADY_ENDED,
            "membershipId",
            "Het lidmaatschap van " + membership.describe() + " is al beëindigd"));
  }
}
