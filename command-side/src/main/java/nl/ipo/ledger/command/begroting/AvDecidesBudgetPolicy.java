package nl.ipo.ledger.command.begroting;

import java.time.LocalDate;
import java.util.Optional;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitTaken;
import nl.ipo.ledger.kernel.besluit.BesluitId;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.gremium.GremiumType;

/**
 * The AV approves the begroting, its wijzigingen and the jaarrekening: each budget step names an
 * adopted besluit of the AV of the right type, about this begroting's year (its subject names the
 * year, so one besluit cannot approve another year's begroting). Its competence was checked when it
 * was taken.
 */
final class AvDecidesBudgetPolicy {

  private AvDecidesBudgetPolicy() {}

  static Optional<Rejection> check(
      BesluitId id,
      Optional<BesluitTaken> besluit,
      BesluitType type,
      LocalDate notBefore,
      int jaar) {
    if (besluit.isEmpty()) {
      return reject("Besluit " + id + " is onbekend, of er is nog niet over besloten");
    }
    BesluitTaken taken = besluit.get();
    String named = "Besluit '" + taken.subject() + "' van " + Dutch.date(taken.decisionDate());
    if (!taken.outcome().isAdopted()) {
      return reject(named + " is niet aangenomen maar " + taken.outcome().label());
    }
    if (taken.besluitType() != type) {
      return reject(named + " is een " + taken.besluitType().label() + ", geen " + type.label());
    }
    if (taken.deciderType() != GremiumType.AV) {
      return reject(
          "Over een "
              + type.label()
              + " besluit de AV; het besluit '"
              + taken.subject()
              + "' van "
              + Dutch.date(taken.decisionDate())
              + " is niet door de AV genomen");
    }
    if (!taken.subject().contains(Integer.toString(jaar))) {
      return reject(
          named
              + " gaat niet over de begroting "
              + jaar
              + ": het onderwerp van het besluit noemt het jaar waarover het gaat");
    }
    if (notBefore != null && taken.decisionDate().isBefore(notBefore)) {
      return reject(
          named + " ligt vóór de stap waarop het voortbouwt (" + Dutch.date(notBefore) + ")");
    }
    return Optional.empty();
  }

  private static Optional<Rejection> reject(String reason) {
    return Optional.of(new Rejection(BegrotingRule.AV_DECIDES_BUDGET, "besluitId", reason));
  }
}
