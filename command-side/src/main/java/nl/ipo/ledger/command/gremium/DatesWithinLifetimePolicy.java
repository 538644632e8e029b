package nl.ipo.ledger.command.gremium;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.command.Rejection;

/**
 * Every change of a gremium falls within its lifetime, from its begin date up to (not including)
 * its planned end or dissolution: a rename or a membership starts on a day the gremium exists, an
 * end lies after its begin and not after its end, and no membership reaches beyond a dissolution.
 */
public final class DatesWithinLifetimePolicy {

  private DatesWithinLifetimePolicy() {}

  /** A day on which something starts must be a day on which the gremium exists. */
  static Optional<Rejection> within(GremiumState state, String field, LocalDate day) {
    if (state.inForceOn(day)) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(GremiumRule.DATES_WITHIN_LIFETIME, field, outside(state, field, day)));
  }

  /** A day on which something ends may be at most the gremium's own end. */
  static Optional<Rejection> endWithin(GremiumState state, String field, LocalDate day) {
    Optional<LocalDate> end = state.endExclusive();
    if (day.isAfter(state.beginDate()) && end.map(e -> !day.isAfter(e)).orElse(true)) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(GremiumRule.DATES_WITHIN_LIFETIME, field, outside(state, field, day)));
  }

  /**
   * A gremium is dissolved only when none of its memberships starts on or after that day or ends
   * after it; open memberships end with the dissolution. The gremium's own dissolution and a
   * besluit's dissolving effect both ask this, so the rule has one source.
   */
  public static Optional<Rejection> membershipsEndBy(
      Collection<Membership> memberships, LocalDate dissolution) {
    for (Membership membership : memberships) {
      boolean lastsBeyond = membership.end() != null && membership.end().isAfter(dissolution);
      if (!membership.start().isBefore(dissolution) || lastsBeyond) {
        return Optional.of(
            new Rejection(
                GremiumRule.DATES_WITHIN_LIFETIME,
                "effectiveDate",
                "Het lidmaatschap van "
                    + membership.describe()
                    + " loopt door na de opheffing per "
                    + Dutch.date(dissolution)
                    + "; corrigeer eerst dat lidmaatschap"));
      }
    }
    return Optional.empty();
  }

  private static String outside(GremiumState state, String field, LocalDate day) {
    return Dutch.capitalised(Dutch.field(field))
        + " ("
        + Dutch.date(day)
        + ") valt buiten de periode waarin "
        + Dutch.gremium(state.type(), state.name())
        + " bestaat: "
        + Dutch.period(state.beginDate(), state.endExclusive().orElse(null));
  }
}
