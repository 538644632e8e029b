package nl.ipo.ledger.command.gremium;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.MemberAppointed;
import nl.ipo.ledger.kernel.gremium.GremiumType;

/**
 * Seats per province, as the statutes give them: in a BAC, an AAC and the bestuur each province has
 * one lid and one plaatsvervanger; in the AV each province has two Statenleden (lid or
 * plaatsvervanger). Chairs, vice-chairs and advisers do not fill a province's seat.
 */
final class SeatsPerProvincePolicy {

  private SeatsPerProvincePolicy() {}

  static Optional<Rejection> check(GremiumState state, MemberAppointed appointment) {
    if (!appointment.role().holdsProvinceSeat()) {
      return Optional.empty();
    }
    GremiumType type = state.type();
    final int limit;
    final List<Membership> sameSeat;
    if (type == GremiumType.AV) {
      limit = 2;
      sameSeat =
          state.allMemberships().stream()
              .filter(m -> m.province() == appointment.province() && m.role().holdsProvinceSeat())
              .toList();
    } else if (type == GremiumType.BAC || type == GremiumType.AAC || type == GremiumType.BESTUUR) {
      limit = 1;
      sameSeat =
          state.allMemberships().stream()
              .filter(m -> m.province() == appointment.province() && m.role() == appointment.role())
              .toList();
    } else {
      return Optional.empty();
    }
    if (SeatCount.maxConcurrentFrom(appointment.startDate(), sameSeat) < limit) {
      return Optional.empty();
    }
    String holders =
        SeatCount.overlapping(appointment.startDate(), sameSeat).stream()
            .map(Membership::describe)
            .collect(Collectors.joining("; "));
    return Optional.of(
        new Rejection(
            GremiumRule.SEATS_PER_PROVINCE,
            "province",
            Dutch.capitalised(Dutch.gremium(type, state.name()))
                + " heeft voor "
                + appointment.province().label()
                + " al "
                + (type == GremiumType.AV
                    ? "twee Statenleden (lid of plaatsvervanger)"
                    : "een " + appointment.role().label())
                + " vanaf "
                + Dutch.date(appointment.startDate())
                + ": "
                + holders));
  }
}
