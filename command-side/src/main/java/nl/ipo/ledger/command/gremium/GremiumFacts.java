package nl.ipo.ledger.command.gremium;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumType;

/**
 * What rules of other aggregates may know about a gremium.
 *
 * @param endExclusive first day it no longer exists (planned end or dissolution), if any
 * @param memberships every membership it has had, ended or open
 */
public record GremiumFacts(
    GremiumId id,
    String name,
    GremiumType type,
    LocalDate beginDate,
    LocalDate endExclusive,
    List<Membership> memberships) {

  public GremiumFacts {
    memberships = List.copyOf(memberships);
  }

  static GremiumFacts of(GremiumState state) {
    return new GremiumFacts(
        state.established().gremiumId(),
        state.name(),
        state.type(),
        state.beginDate(),
        state.endExclusive().orElse(null),
        List.copyOf(state.allMemberships()));
  }

  /** A gremium a besluit is about to create: it has no memberships yet. */
  public static GremiumFacts planned(
      GremiumId id, String name, GremiumType type, LocalDate beginDate, LocalDate endExclusive) {
    return new GremiumFacts(id, name, type, beginDate, endExclusive, List.of());
  }

  /**
   * Why the gremium cannot be dissolved on a day, if it cannot: the gremium's own rule ({@link
   * DatesWithinLifetimePolicy#membershipsEndBy}).
   */
  public Optional<Rejection> notDissolvableOn(LocalDate day) {
    return DatesWithinLifetimePolicy.membershipsEndBy(memberships, day);
  }

  public boolean inForceOn(LocalDate day) {
    return !beginDate.isAfter(day) && (endExclusive == null || endExclusive.isAfter(day));
  }

  public Optional<LocalDate> end() {
    return Optional.ofNullable(endExclusive);
  }

  /** "de BAC Cultuur (vanaf 1 januari 2019)", to stand inside a sentence. */
  public String describe() {
    return Dutch.gremium(type, name) + " (" + Dutch.period(beginDate, endExclusive) + ")";
  }
}
