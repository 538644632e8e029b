package nl.ipo.ledger.command.besluit.effecten;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.command.Known;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.besluit.BesluitRule;
import nl.ipo.ledger.command.gremium.GremiumFacts;
import nl.ipo.ledger.command.gremium.ParentGremiumPolicy;
import nl.ipo.ledger.command.gremium.SuccessorExistsPolicy;
import nl.ipo.ledger.command.gremium.TemporaryGremiumNeedsTermPolicy;
import nl.ipo.ledger.kernel.besluit.Effect;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumType;

/**
 * An adopted structural effect can be carried out: what it changes exists on its date (or is
 * created by an earlier effect of the same besluit), what it creates does not exist yet, and the
 * gremium's own rules for a new or dissolved body hold. Those rules are asked of the gremium
 * package's policies, not restated here, so the besluit and the gremium cannot disagree.
 */
public final class EffectsApplicablePolicy {

  private EffectsApplicablePolicy() {}

  public static Optional<Rejection> check(
      List<Effect> effects, Known<GremiumId, GremiumFacts> gremia) {
    // gremia created by earlier effects of the same besluit (an AAC under a new BAC) count too
    Map<GremiumId, GremiumFacts> created = new HashMap<>();
    for (int i = 0; i < effects.size(); i++) {
      Optional<String> problem = problem(effects, effects.get(i), gremia, created);
      if (problem.isPresent()) {
        return Optional.of(
            new Rejection(
                BesluitRule.EFFECTS_APPLICABLE,
                "effects[" + i + "]",
                "Effect " + i + " kan niet worden uitgevoerd: " + problem.get()));
      }
    }
    return Optional.empty();
  }

  /** The gremia an effect changes, creates or hangs under: what the check must know. */
  public static List<GremiumId> gremiaNamed(Effect effect) {
    List<GremiumId> named = new ArrayList<>();
    if (effect instanceof Effect.EstablishGremium e) {
      named.add(e.gremiumId());
      named.add(e.parentId());
    } else if (effect instanceof Effect.RenameGremium e) {
      named.add(e.gremiumId());
    } else if (effect instanceof Effect.DissolveGremium e) {
      named.add(e.gremiumId());
      e.successors().forEach(s -> named.add(s.gremiumId()));
    } else if (effect instanceof Effect.MergeGremia e) {
      named.addAll(e.merged());
      named.add(e.gremiumId());
      named.add(e.parentId());
      e.shares().forEach(s -> named.add(s.from()));
    }
    return named;
  }

  private static Optional<String> problem(
      List<Effect> effects,
      Effect effect,
      Known<GremiumId, GremiumFacts> gremia,
      Map<GremiumId, GremiumFacts> created) {
    if (effect instanceof Effect.EstablishGremium e) {
      Optional<String> problem =
          isNew(e.gremiumId(), gremia, created)
              .or(() -> reason(TemporaryGremiumNeedsTermPolicy.check(e.type(), e.endDate())))
              .or(
                  () ->
                      parent(
                          e.gremiumId(), e.type(), e.parentId(), e.beginDate(), gremia, created));
      created.put(
          e.gremiumId(),
          GremiumFacts.planned(e.gremiumId(), e.name(), e.type(), e.beginDate(), e.endDate()));
      return problem;
    } else if (effect instanceof Effect.RenameGremium e) {
      return inForce(e.gremiumId(), e.effectiveDate(), gremia, created);
    } else if (effect instanceof Effect.DissolveGremium e) {
      return inForce(e.gremiumId(), e.effectiveDate().minusDays(1), gremia, created)
          .or(() -> dissolvable(e.gremiumId(), e.effectiveDate(), gremia))
          .or(() -> successors(e.gremiumId(), e.effectiveDate(), effects, gremia, created));
    } else if (effect instanceof Effect.MergeGremia e) {
      Optional<String> problem = isNew(e.gremiumId(), gremia, created);
      for (GremiumId merged : e.merged()) {
        problem =
            problem
                .or(() -> inForce(merged, e.effectiveDate().minusDays(1), gremia, created))
                .or(() -> dissolvable(merged, e.effectiveDate(), gremia));
      }
      problem =
          problem.or(
              () ->
                  parent(
                      e.gremiumId(), e.type(), e.parentId(), e.effectiveDate(), gremia, created));
      created.put(
          e.gremiumId(),
          GremiumFacts.planned(e.gremiumId(), e.name(), e.type(), e.effectiveDate(), null));
      for (GremiumId merged : e.merged()) {
        problem = problem.or(() -> successors(merged, e.effectiveDate(), effects, gremia, created));
      }
      return problem;
    }
    return Optional.empty();
  }

  private static Optional<String> parent(
      GremiumId child,
      GremiumType type,
      GremiumId parentId,
      LocalDate begin,
      Known<GremiumId, GremiumFacts> gremia,
      Map<GremiumId, GremiumFacts> created) {
    if (parentId == null) {
      return Optional.empty();
    }
    Optional<GremiumFacts> parent = facts(parentId, gremia, created);
    if (parent.isEmpty()) {
      return Optional.of("er is geen gremium met id " + parentId + " bekend");
    }
    return reason(ParentGremiumPolicy.check(child, type, begin, parent.get()));
  }

  /** The successors a dissolution will record exist on its date (the gremium package's rule). */
  private static Optional<String> successors(
      GremiumId dissolved,
      LocalDate day,
      List<Effect> effects,
      Known<GremiumId, GremiumFacts> gremia,
      Map<GremiumId, GremiumFacts> created) {
    return reason(
        SuccessorExistsPolicy.check(
            dissolved,
            day,
            BesluitEffects.successors(dissolved, effects),
            id -> facts(id, gremia, created)));
  }

  private static Optional<String> dissolvable(
      GremiumId id, LocalDate day, Known<GremiumId, GremiumFacts> gremia) {
    return gremia.find(id).flatMap(g -> reason(g.notDissolvableOn(day)));
  }

  private static Optional<String> isNew(
      GremiumId id, Known<GremiumId, GremiumFacts> gremia, Map<GremiumId, GremiumFacts> created) {
    if (created.containsKey(id)) {
      return Optional.of("dit besluit stelt gremium " + id + " twee keer in");
    }
    return gremia.find(id).map(g -> "het id " + id + " is al in gebruik voor " + g.describe());
  }

  private static Optional<String> inForce(
      GremiumId id,
      LocalDate day,
      Known<GremiumId, GremiumFacts> gremia,
      Map<GremiumId, GremiumFacts> created) {
    Optional<GremiumFacts> facts = facts(id, gremia, created);
    if (facts.isEmpty()) {
      return Optional.of("er is geen gremium met id " + id + " bekend");
    }
    return facts.get().inForceOn(day)
        ? Optional.empty()
        : Optional.of(facts.get().describe() + " bestaat niet op " + Dutch.date(day));
  }

  /**
   * A gremium as this besluit leaves it so far: one an earlier effect creates, or a recorded one.
   */
  private static Optional<GremiumFacts> facts(
      GremiumId id, Known<GremiumId, GremiumFacts> gremia, Map<GremiumId, GremiumFacts> created) {
    return Optional.ofNullable(created.get(id)).or(() -> gremia.find(id));
  }

  /** A gremium rule's reason, to stand after "Effect i kan niet worden uitgevoerd: ". */
  private static Optional<String> reason(Optional<Rejection> rejection) {
    // "De BAC …" continues the sentence as "de BAC …"; an abbreviation ("AV …") keeps its case
    return rejection
        .map(Rejection::reason)
        .map(
            r ->
                r.length() > 1 && Character.isLowerCase(r.charAt(1))
                    ? Character.toLowerCase(r.charAt(0)) + r.substring(1)
                    : r);
  }
}
