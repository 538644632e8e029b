package nl.ipo.ledger.command.besluit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.gremium.GremiumDirectory;
import nl.ipo.ledger.command.gremium.GremiumFacts;
import nl.ipo.ledger.kernel.besluit.BesluitOutcome;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.besluit.Effect;
import nl.ipo.ledger.kernel.gremium.GremiumId;

/**
 * Effects fit the decision: structural effects belong to a structuurwijziging, amended effects come
 * only with an adoption with amendments, and an adopted structural effect can be carried out (the
 * gremia it changes exist on its date, the gremia it creates do not exist yet).
 */
final class EffectsPolicy {

  private EffectsPolicy() {}

  static Optional<Rejection> matchType(BesluitType type, List<Effect> effects, String field) {
    if (type == BesluitType.STRUCTUURWIJZIGING || effects.stream().noneMatch(Effect::structural)) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(
            BesluitRule.EFFECTS_MATCH_TYPE,
            field,
            "Een "
                + type.label()
                + " kan geen gremia instellen, hernoemen, samenvoegen of opheffen; leg dat vast"
                + " als structuurwijziging"));
  }

  static Optional<Rejection> amendments(BesluitOutcome outcome, List<Effect> amendedEffects) {
    boolean amended = outcome == BesluitOutcome.ADOPTED_WITH_AMENDMENTS;
    if (amended == (amendedEffects != null)) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(
            BesluitRule.AMENDMENTS_WITH_OUTCOME,
            "amendedEffects",
            amended
                ? "Bij de uitkomst '"
                    + BesluitOutcome.ADOPTED_WITH_AMENDMENTS.label()
                    + "' horen de geamendeerde effecten; geef ze op"
                : "Geamendeerde effecten horen alleen bij de uitkomst '"
                    + BesluitOutcome.ADOPTED_WITH_AMENDMENTS.label()
                    + "'"));
  }

  static Optional<Rejection> applicable(List<Effect> effects, GremiumDirectory gremia) {
    // gremia created by earlier effects of the same besluit (an AAC under a new BAC) count too
    Map<GremiumId, LocalDate> created = new HashMap<>();
    for (int i = 0; i < effects.size(); i++) {
      Optional<String> problem = problem(effects.get(i), gremia, created);
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

  private static Optional<String> problem(
      Effect effect, GremiumDirectory gremia, Map<GremiumId, LocalDate> created) {
    if (effect instanceof Effect.EstablishGremium e) {
      Optional<String> problem =
          isNew(e.gremiumId(), gremia, created)
              .or(() -> inForce(e.parentId(), e.beginDate(), gremia, created));
      created.put(e.gremiumId(), e.beginDate());
      return problem;
    } else if (effect instanceof Effect.RenameGremium e) {
      return inForce(e.gremiumId(), e.effectiveDate(), gremia, created);
    } else if (effect instanceof Effect.DissolveGremium e) {
      return inForce(e.gremiumId(), e.effectiveDate().minusDays(1), gremia, created)
          .or(() -> dissolvable(e.gremiumId(), e.effectiveDate(), gremia));
    } else if (effect instanceof Effect.MergeGremia e) {
      Optional<String> problem = isNew(e.gremiumId(), gremia, created);
      for (GremiumId merged : e.merged()) {
        problem =
            problem
                .or(() -> inForce(merged, e.effectiveDate().minusDays(1), gremia, created))
                .or(() -> dissolvable(merged, e.effectiveDate(), gremia));
      }
      problem = problem.or(() -> inForce(e.parentId(), e.effectiveDate(), gremia, created));
      created.put(e.gremiumId(), e.effectiveDate());
      return problem;
    }
    return Optional.empty();
  }

  private static Optional<String> dissolvable(
      GremiumId id, LocalDate day, GremiumDirectory gremia) {
    return gremia.find(id).flatMap(g -> g.notDissolvableOn(day)).map(Rejection::reason);
  }

  private static Optional<String> isNew(
      GremiumId id, GremiumDirectory gremia, Map<GremiumId, LocalDate> created) {
    if (created.containsKey(id)) {
      return Optional.of("dit besluit stelt gremium " + id + " twee keer in");
    }
    return gremia.find(id).map(g -> "het id " + id + " is al in gebruik voor " + g.describe());
  }

  private static Optional<String> inForce(
      GremiumId id, LocalDate day, GremiumDirectory gremia, Map<GremiumId, LocalDate> created) {
    if (id == null) {
      return Optional.empty();
    }
    if (created.containsKey(id)) {
      LocalDate begin = created.get(id);
      return day.isBefore(begin)
          ? Optional.of("gremium " + id + " begint pas op " + Dutch.date(begin))
          : Optional.empty();
    }
    Optional<GremiumFacts> facts = gremia.find(id);
    if (facts.isEmpty()) {
      return Optional.of("er is geen gremium met id " + id + " bekend");
    }
    return facts.get().inForceOn(day)
        ? Optional.empty()
        : Optional.of(facts.get().describe() + " bestaat niet op " + Dutch.date(day));
  }
}
