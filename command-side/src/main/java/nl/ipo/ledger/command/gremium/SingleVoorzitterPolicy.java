package nl.ipo.ledger.command.gremium;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.MemberAppointed;
import nl.ipo.ledger.kernel.gremium.MemberRole;

/** A gremium has one voorzitter at a time. */
final class SingleVoorzitterPolicy {

  private SingleVoorzitterPolicy() {}

  static Optional<Rejection> check(GremiumState state, MemberAppointed appointment) {
    if (appointment.role() != MemberRole.VOORZITTER) {
      return Optional.empty();
    }
    List<Membership> chairs =
        state.allMemberships().stream().filter(m -> m.role() == MemberRole.VOORZITTER).toList();
    if (SeatCount.maxConcurrentFrom(appointment.startDate(), chairs) == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(
            GremiumRule.SINGLE_VOORZITTER,
            "role",
            Dutch.capitalised(Dutch.gremium(state.type(), state.name()))
                + " heeft al een voorzitter vanaf "
                + Dutch.date(appointment.startDate())
                + ": "
                + SeatCount.overlapping(appointment.startDate(), chairs).stream()
                    .map(Membership::describe)
                    .collect(Collectors.joining("; "))
                + "; beëindig eerst dat lidmaatschap"));
  }
}
