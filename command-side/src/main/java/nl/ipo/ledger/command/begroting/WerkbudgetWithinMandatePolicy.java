package nl.ipo.ledger.command.begroting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.mandaat.MandaatFacts;

/**
 * The werkbudget is used within its mandate: what was used under it from this begroting, with this
 * use, stays within the ceiling of the mandate's version on the day. (That the user is the
 * mandataris, within the mandate's scope and term, is the mandate's own rule, {@code
 * MANDATE_SCOPE}.)
 */
final class WerkbudgetWithinMandatePolicy {

  private WerkbudgetWithinMandatePolicy() {}

  static Optional<Rejection> check(
      BegrotingState state, MandaatFacts mandate, BigDecimal amount, LocalDate date) {
    BigDecimal ceiling = mandate.versionOn(date).orElseThrow().ceiling();
    BigDecimal used = state.werkbudgetUsed().getOrDefault(mandate.id(), BigDecimal.ZERO);
    if (ceiling == null || used.add(amount).compareTo(ceiling) <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(
            BegrotingRule.WERKBUDGET_WITHIN_MANDATE,
            "amount",
            Dutch.amount(amount)
                + " bovenop de al gebruikte "
                + Dutch.amount(used)
                + " is meer dan het werkbudget van "
                + Dutch.amount(ceiling)
                + " onder "
                + mandate.describe()));
  }
}
