package nl.ipo.ledger.command.gremium;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * Counts how many of a set of memberships hold at the same time, at worst, from a day on. Needed
 * because history is recorded late and out of order: a seat that is taken on some later day
 * conflicts as much as one taken today.
 */
final class SeatCount {

  private SeatCount() {}

  static int maxConcurrentFrom(LocalDate from, List<Membership> memberships) {
    return Stream.concat(
            Stream.of(from), memberships.stream().map(Membership::start).filter(from::isBefore))
        .mapToInt(day -> (int) memberships.stream().filter(m -> m.inForceOn(day)).count())
        .max()
        .orElse(0);
  }

  static List<Membership> overlapping(LocalDate from, List<Membership> memberships) {
    return memberships.stream().filter(m -> m.end() == null || m.end().isAfter(from)).toList();
  }
}
