package nl.ipo.ledger.command.mandaat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.mandaat.MandaatFacts.Version;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.mandaat.MandaatScope;

/**
 * A sub-mandate stays within its parent: granted by the parent's mandataris, while the parent
 * holds, for no more than the parent's scope, ceiling and term.
 */
final class SubMandateWithinParentPolicy {

  private SubMandateWithinParentPolicy() {}

  static Optional<Rejection> check(
      MandaatFacts parent,
      Party mandaatgever,
      MandaatScope scope,
      BigDecimal ceiling,
      LocalDate from,
      LocalDate endDate) {
    if (mandaatgever != null && !mandaatgever.sameAs(parent.mandataris())) {
      return reject(
          "mandaatgever",
          "only the parent's mandataris (" + parent.mandataris() + ") can sub-mandate it");
    }
    Optional<String> notValid = parent.notValidOn(from);
    if (notValid.isPresent()) {
      return reject(
          "parentMandaatId", "the parent mandate does not hold on " + from + ": " + notValid.get());
    }
    Version terms = parent.versionOn(from).orElseThrow();
    if (!scope.within(terms.scope())) {
      return reject("scope", "the scope reaches beyond the parent's scope " + terms.scope());
    }
    if (terms.ceiling() != null && (ceiling == null || ceiling.compareTo(terms.ceiling()) > 0)) {
      return reject(
          "ceiling", "the ceiling must be at most the parent's ceiling of EUR " + terms.ceiling());
    }
    if (terms.endDate() != null && (endDate == null || endDate.isAfter(terms.endDate()))) {
      return reject("endDate", "the term must end by the parent's end date " + terms.endDate());
    }
    return Optional.empty();
  }

  private static Optional<Rejection> reject(String field, String reason) {
    return Optional.of(new Rejection(MandaatRule.SUBMANDATE_WITHIN_PARENT, field, reason));
  }
}
