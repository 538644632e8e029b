package nl.ipo.ledger.command.gremium;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.ipo.ledger.kernel.gremium.GremiumEvent;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.GremiumDissolved;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.GremiumEstablished;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.GremiumRenamed;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.MemberAppointed;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.MembershipEnded;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.kernel.gremium.MembershipId;

/**
 * What the rules need to know about one gremium, folded from its events. Immutable: {@link #evolve}
 * returns the next state and never validates.
 */
record GremiumState(
    GremiumEstablished established,
    String name,
    List<GremiumRenamed> renames,
    GremiumDissolved dissolution,
    Map<MembershipId, Membership> memberships) {

  static final GremiumState INITIAL = new GremiumState(null, null, List.of(), null, Map.of());

  boolean exists() {
    return established != null;
  }

  boolean isDissolved() {
    return dissolution != null;
  }

  GremiumType type() {
    return established.type();
  }

  LocalDate beginDate() {
    return established.beginDate();
  }

  /** First day the gremium no longer exists: the dissolution or the planned end, if any. */
  Optional<LocalDate> endExclusive() {
    return Stream.of(
            dissolution == null ? null : dissolution.effectiveDate(), established.endDate())
        .filter(d -> d != null)
        .min(LocalDate::compareTo);
  }

  boolean inForceOn(LocalDate day) {
    return exists()
        && !beginDate().isAfter(day)
        && endExclusive().map(end -> end.isAfter(day)).orElse(true);
  }

  Optional<LocalDate> latestRenameDate() {
    return renames.stream().map(GremiumRenamed::effectiveDate).max(LocalDate::compareTo);
  }

  Collection<Membership> allMemberships() {
    return memberships.values();
  }

  GremiumState evolve(GremiumEvent event) {
    // Java 17 bytecode: no pattern matching for switch yet, so an instanceof chain over the
    // sealed hierarchy; the final throw can only fire if a new event type is forgotten here.
    if (event instanceof GremiumEstablished e) {
      return new GremiumState(e, e.name(), renames, dissolution, memberships);
    } else if (event instanceof GremiumRenamed e) {
      return new GremiumState(established, e.name(), append(renames, e), dissolution, memberships);
    } else if (event instanceof GremiumDissolved e) {
      return new GremiumState(established, name, renames, e, memberships);
    } else if (event instanceof MemberAppointed e) {
      return withMemberships(put(memberships, e.membershipId(), Membership.of(e)));
    } else if (event instanceof MembershipEnded e) {
      Membership ended = memberships.get(e.membershipId()).endingOn(e.endDate());
      return withMemberships(put(memberships, e.membershipId(), ended));
    }
    throw new IllegalArgumentException("Unhandled gremium event " + event.getClass());
  }

  private GremiumState withMemberships(Map<MembershipId, Membership> next) {
    return new GremiumState(established, name, renames, dissolution, next);
  }

  private static <T> List<T> append(List<T> list, T item) {
    return Stream.concat(list.stream(), Stream.of(item)).toList();
  }

  private static Map<MembershipId, Membership> put(
      Map<MembershipId, Membership> map, MembershipId key, Membership value) {
    Map<MembershipId, Membership> copy = new LinkedHashMap<>(map);
    copy.put(key, value);
    return copy;
  }
}
