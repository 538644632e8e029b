package nl.ipo.ledger.command.gremium;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
 * What the rules need to know about one gremium, folded from its events by {@link Fold}, which
 * never validates. Immutable.
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

  /**
   * Folds a gremium's stream in time linear in its length: one mutable accumulator, and the
   * immutable {@link GremiumState} made only when a rule asks for it (then kept until the next
   * event). The AV and the bestuur collect thousands of memberships over the decades; copying every
   * membership for every replayed event made a replay quadratic (issue 14).
   */
  static final class Fold {
    private GremiumEstablished established;
    private String name;
    private final List<GremiumRenamed> renames = new ArrayList<>();
    private GremiumDissolved dissolution;
    private final Map<MembershipId, Membership> memberships = new LinkedHashMap<>();
    // derived from the fields above and remade on demand; transient so that Axon's fixtures,
    // which compare an aggregate's fields after sourcing, compare the facts rather than the cache
    private transient GremiumState state;

    Fold() {
      this.state = INITIAL;
    }

    Fold add(GremiumEvent event) {
      // Java 17 bytecode: no pattern matching for switch yet, so an instanceof chain over the
      // sealed hierarchy; the final throw can only fire if a new event type is forgotten here.
      if (event instanceof GremiumEstablished e) {
        established = e;
        name = e.name();
      } else if (event instanceof GremiumRenamed e) {
        name = e.name();
        renames.add(e);
      } else if (event instanceof GremiumDissolved e) {
        dissolution = e;
      } else if (event instanceof MemberAppointed e) {
        memberships.put(e.membershipId(), Membership.of(e));
      } else if (event instanceof MembershipEnded e) {
        memberships.put(e.membershipId(), memberships.get(e.membershipId()).endingOn(e.endDate()));
      } else {
        throw new IllegalArgumentException("Unhandled gremium event " + event.getClass());
      }
      state = null;
      return this;
    }

    /** The state after every event added so far. */
    GremiumState state() {
      if (state == null) {
        state =
            new GremiumState(
                established,
                name,
                List.copyOf(renames),
                dissolution,
                Collections.unmodifiableMap(new LinkedHashMap<>(memberships)));
      }
      return state;
    }
  }
}
