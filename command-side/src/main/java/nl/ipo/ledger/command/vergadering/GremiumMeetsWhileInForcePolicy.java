package nl.ipo.ledger.command.vergadering;

import java.time.LocalDate;
import java.util.Optional;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.gremium.GremiumFacts;

/** A gremium meets only on a day it exists. */
final class GremiumMeetsWhileInForcePolicy {

  private GremiumMeetsWhileInForcePolicy() {}

  static Optional<Rejection> check(GremiumFacts gremium, LocalDate date) {
    if (gremium.inForceOn(date)) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(
            VergaderingRule.GREMIUM_MEETS_WHILE_IN_FORCE,
            "date",
            Dutch.capitalised(gremium.describe()) + " bestaat niet op " + Dutch.date(date)));
  }
}
