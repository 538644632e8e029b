package nl.ipo.ledger.command.gremium;

import java.time.LocalDate;
import java.util.Optional;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumType;

/**
 * What rules of other aggregates may know about a gremium.
 *
 * @param endExclusive first day it no longer exists (planned end or dissolution), if any
 */
public record GremiumFacts(
    GremiumId id, String name, GremiumType type, LocalDate beginDate, LocalDate endExclusive) {

  static GremiumFacts of(GremiumState state) {
    return new GremiumFacts(
        state.established().gremiumId(),
        state.name(),
        state.type(),
        state.beginDate(),
        state.endExclusive().orElse(null));
  }

  public boolean inForceOn(LocalDate day) {
    return !beginDate.isAfter(day) && (endExclusive == null || endExclusive.isAfter(day));
  }

  public Optional<LocalDate> end() {
    return Optional.ofNullable(endExclusive);
  }

  public String describe() {
    return "'"
        + name
        + "' ("
        + type.label()
        + ", from "
        + beginDate
        + (endExclusive == null ? "" : " until " + endExclusive)
        + ")";
  }
}
