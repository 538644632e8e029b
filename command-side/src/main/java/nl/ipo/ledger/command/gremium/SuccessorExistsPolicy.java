package nl.ipo.ledger.command.gremium;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.Successor;

/**
 * The bodies that take over a dissolved gremium's tasks exist on the day it is dissolved, are not
 * the dissolved gremium itself, and are each named once. Asked when a gremium is dissolved,
 * directly or by a besluit's effect (a successor may then be one the same besluit creates: {@link
 * GremiumFacts#planned}).
 */
public final class SuccessorExistsPolicy {

  private SuccessorExistsPolicy() {}

  public static Optional<Rejection> check(
      GremiumId dissolved,
      LocalDate effectiveDate,
      List<Successor> successors,
      Function<GremiumId, Optional<GremiumFacts>> gremia) {
    Set<GremiumId> seen = new HashSet<>();
    for (int i = 0; i < successors.size(); i++) {
      GremiumId id = successors.get(i).gremiumId();
      String field = "successors[" + i + "].gremiumId";
      if (id.equals(dissolved)) {
        return reject(field, "Een gremium kan niet zijn eigen opvolger zijn");
      }
      if (!seen.add(id)) {
        return reject(
            field, "Gremium " + id + " staat twee keer als opvolger genoemd; noem het één keer");
      }
      Optional<GremiumFacts> successor = gremia.apply(id);
      if (successor.isEmpty()) {
        return reject(
            field, "Er is geen gremium met id " + id + " bekend dat de taken kan overnemen");
      }
      GremiumFacts facts = successor.get();
      if (!facts.inForceOn(effectiveDate)) {
        return reject(
            field,
            Dutch.capitalised(Dutch.gremium(facts.type(), facts.name()))
                + " bestaat niet op "
                + Dutch.date(effectiveDate)
                + ", de dag waarop het de taken zou overnemen, maar alleen "
                + Dutch.period(facts.beginDate(), facts.endExclusive()));
      }
    }
    return Optional.empty();
  }

  private static Optional<Rejection> reject(String field, String reason) {
    return Optional.of(new Rejection(GremiumRule.SUCCESSOR_EXISTS, field, reason));
  }
}
