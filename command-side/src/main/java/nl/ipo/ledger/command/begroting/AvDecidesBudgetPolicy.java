package nl.ipo.ledger.command.begroting;

import java.time.LocalDate;
import java.util.Optional;
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
      return reject("besluit " + id + " is unknown or not decided");
    }
    BesluitTaken taken = besluit.get();
    if (!taken.outcome().isAdopted()) {
      return reject("besluit " + id + " was not adopted but " + taken.outcome().label());
    }
    if (taken.besluitType() != type) {
      return reject(
          "besluit " + id + " is a " + taken.besluitType().label() + ", not a " + type.label());
    }
    if (taken.deciderType() != GremiumType.AV) {
      return reject(
          "a " + type.label() + " is the AV's besluit; besluit " + id + " was not taken by the AV");
    }
    if (!taken.subject().contains(Integer.toString(jaar))) {
      return reject(
          "besluit "
              + id
              + " ('"
              + taken.subject()
              + "') is not about the begroting "
              + jaar
              + ": its subject names the year it decides on");
    }
    if (notBefore != null && taken.decisionDate().isBefore(notBefore)) {
      return reject(
          "besluit "
              + id
              + " of "
              + taken.decisionDate()
              + " precedes the step it builds on ("
              + notBefore
              + ")");
    }
    return Optional.empty();
  }

  private static Optional<Rejection> reject(String reason) {
    return Optional.of(new Rejection(BegrotingRule.AV_DECIDES_BUDGET, "besluitId", reason));
  }
}
