package nl.ipo.ledger.command.besluit.effecten;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.command.Known;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.besluit.BesluitRule;
import nl.ipo.ledger.command.gremium.GremiumFacts;
import nl.ipo.ledger.kernel.besluit.Effect;
import nl.ipo.ledger.kernel.gremium.GremiumId;

/**
 * A body's tasks are shared out only when the besluit ends it (checked when the besluit is
 * adopted): a merger's share of a body's tasks names a body that a later effect of the same
 * besluit, or this merger, dissolves on the merger's date, and names it once. The later effect is
 * the one that records all the body's successors, so each successor then already exists
 * (SuccessorExistsPolicy).
 */
public final class TaskSharesPolicy {

  private TaskSharesPolicy() {}

  public static Optional<Rejection> check(
      List<Effect> effects, Known<GremiumId, GremiumFacts> gremia) {
    for (int i = 0; i < effects.size(); i++) {
      if (!(effects.get(i) instanceof Effect.MergeGremia merger)) {
        continue;
      }
      Set<GremiumId> named = new HashSet<>();
      for (int s = 0; s < merger.shares().size(); s++) {
        GremiumId from = merger.shares().get(s).from();
        String at = "effects[" + i + "].shares[" + s + "].from";
        if (!named.add(from)) {
          return reject(
              at,
              "Effect "
                  + i
                  + " noemt het deel van de taken van "
                  + name(from, gremia)
                  + " twee keer; noem het één keer");
        }
        if (from.equals(merger.gremiumId())) {
          return reject(
              at, "Effect " + i + " laat het nieuwe gremium taken van zichzelf overnemen");
        }
        if (!merger.merged().contains(from) && !dissolvedLater(effects, i, from, merger)) {
          return reject(
              at,
              "Effect "
                  + i
                  + " neemt een deel van de taken over van "
                  + name(from, gremia)
                  + ", maar geen later effect van dit besluit heft dat gremium op "
                  + Dutch.date(merger.effectiveDate())
                  + " op; leg de opheffing vast na deze samenvoeging, zodat het"
                  + " gremium al zijn opvolgers noemt");
        }
      }
    }
    return Optional.empty();
  }

  private static boolean dissolvedLater(
      List<Effect> effects, int after, GremiumId body, Effect.MergeGremia merger) {
    for (int j = after + 1; j < effects.size(); j++) {
      Effect later = effects.get(j);
      if (later instanceof Effect.MergeGremia m
          && m.merged().contains(body)
          && m.effectiveDate().equals(merger.effectiveDate())) {
        return true;
      }
      if (later instanceof Effect.DissolveGremium d
          && d.gremiumId().equals(body)
          && d.effectiveDate().equals(merger.effectiveDate())) {
        return true;
      }
    }
    return false;
  }

  private static String name(GremiumId id, Known<GremiumId, GremiumFacts> gremia) {
    return gremia
        .find(id)
        .map(g -> Dutch.gremium(g.type(), g.name()))
        .orElse("het gremium met id " + id);
  }

  private static Optional<Rejection> reject(String field, String reason) {
    return Optional.of(new Rejection(BesluitRule.TASK_SHARES, field, reason));
  }
}
