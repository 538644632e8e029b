package nl.ipo.ledger.command.gremium;

import java.time.LocalDate;
import java.util.Optional;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumType;

/**
 * What rules of other aggregates may know about a gremium.
 *
 * @param endExclusive first day it no longer exists (planned end or dissolution), if any
 */
public record GremiumFacts(
    GremiumId id,
    String name,
    GremiumType type,
    LocalDate beginDate,
    LocalDate endExclusive,
    LocalDate latestMembershipStart,
    LocalDate latestMembershipEnd) {

  static GremiumFacts of(GremiumState state) {
    LocalDate latestStart =
        state.allMemberships().stream()
            .map(Membership::start)
            .max(LocalDate::compareTo)
            .orElse(null);
    LocalDate latestEnd =
        state.allMemberships().stream()
            .map(Membership::end)
            .filter(java.util.Objects::nonNull)
            .max(LocalDate::compareTo)
            .orElse(null);
    return new GremiumFacts(
        state.established().gremiumId(),
        state.name(),
        state.type(),
        state.beginDate(),
        state.endExclusive().orElse(null),
        latestStart,
        latestEnd);
  }

  /**
   * Why the gremium cannot be dissolved on a day, if it cannot: a membership that starts on or
   * after it, or ends after it (the same rule the gremium itself applies).
   */
  public Optional<String> notDissolvableOn(LocalDate day) {
    if (latestMembershipStart != null && !latestMembershipStart.isBefore(day)) {
      return Optional.of(
          describe()
              + " heeft een lidmaatschap dat begint op "
              + Dutch.date(latestMembershipStart)
              + ", op of na de opheffing per "
              + Dutch.date(day));
    }
    if (latestMembershipEnd != null && latestMembershipEnd.isAfter(day)) {
      return Optional.of(
          describe()
              + " heeft een lidmaatschap dat eindigt op "
              + Dutch.date(latestMembershipEnd)
              + ", na de opheffing per "
              + Dutch.date(day));
    }
    return Optional.empty();
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
