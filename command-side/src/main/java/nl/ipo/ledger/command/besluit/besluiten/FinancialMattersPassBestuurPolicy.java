package nl.ipo.ledger.command.besluit.besluiten;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.besluit.BesluitRule;
import nl.ipo.ledger.command.besluit.BesluitState;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.gremium.GremiumType;

/**
 * Financial matters always pass the bestuur before the AV: a begroting, begrotingswijziging or
 * jaarrekening is decided by the AV only after the bestuur discussed it or advised on it.
 */
public final class FinancialMattersPassBestuurPolicy {

  public static final Set<BesluitType> FINANCIAL =
      EnumSet.of(BesluitType.BEGROTING, BesluitType.BEGROTINGSWIJZIGING, BesluitType.JAARREKENING);

  private FinancialMattersPassBestuurPolicy() {}

  public static Optional<Rejection> check(
      BesluitState state, GremiumType deciderType, LocalDate decisionDate) {
    BesluitType type = state.voorstel().besluitType();
    if (deciderType != GremiumType.AV || !FINANCIAL.contains(type)) {
      return Optional.empty();
    }
    boolean passedBestuur =
        state.discussions().stream()
                .anyMatch(
                    d ->
                        d.gremiumType() == GremiumType.BESTUUR
                            && !d.meetingDate().isAfter(decisionDate))
            || state.advice().stream()
                .anyMatch(
                    a ->
                        a.advisingGremiumType() == GremiumType.BESTUUR
                            && !a.adviceDate().isAfter(decisionDate));
    if (passedBestuur) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(
            BesluitRule.FINANCIAL_MATTERS_PASS_BESTUUR,
            "decider",
            "Een "
                + type.label()
                + " gaat eerst langs het bestuur en pas daarna naar de AV: leg eerst de bespreking"
                + " in of het advies van het bestuur vast"));
  }
}
