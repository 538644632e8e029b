package nl.ipo.ledger.command.mandaat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.mandaat.MandaatFacts.Version;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.mandaat.MandaatScope;

/**
 * A sub-mandate stays within its parent: granted by the parent's mandataris, while the parent
 * holds, for no more than the parent's scope, ceiling and term.
 */
final class SubmandateWithinParentPolicy {

  private SubmandateWithinParentPolicy() {}

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
          "Alleen de mandataris van het bovenliggende mandaat ("
              + parent.mandataris()
              + ") kan een ondermandaat verlenen");
    }
    Optional<String> notValid = parent.notValidOn(from);
    if (notValid.isPresent()) {
      return reject(
          "parentMandaatId",
          "Het bovenliggende mandaat geldt niet op " + Dutch.date(from) + ": " + notValid.get());
    }
    Version terms = parent.versionOn(from).orElseThrow();
    if (!scope.within(terms.scope())) {
      return reject(
          "scope",
          "Het ondermandaat gaat verder dan het bovenliggende mandaat, dat geldt voor "
              + MandaatFacts.describe(terms.scope()));
    }
    if (terms.ceiling() != null && (ceiling == null || ceiling.compareTo(terms.ceiling()) > 0)) {
      return reject(
          "ceiling",
          "Het maximumbedrag mag niet hoger zijn dan dat van het bovenliggende mandaat: "
              + Dutch.amount(terms.ceiling()));
    }
    if (terms.endDate() != null && (endDate == null || endDate.isAfter(terms.endDate()))) {
      return reject(
          "endDate",
          "Het ondermandaat eindigt uiterlijk op de einddatum van het bovenliggende mandaat: "
              + Dutch.date(terms.endDate()));
    }
    return Optional.empty();
  }

  private static Optional<Rejection> reject(String field, String reason) {
    return Optional.of(new Rejection(MandaatRule.SUBMANDATE_WITHIN_PARENT, field, reason));
  }
}
