package nl.ipo.ledger.kernel.mandaat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.common.Bounds;
import nl.ipo.ledger.kernel.error.InvalidValueException;

/**
 * What a mandate covers: decision types and/or subjects. A decision is within scope when its type
 * is listed (or no types are listed) and its subject mentions one of the subjects (or no subjects
 * are listed). At least one of the two lists is given.
 */
public record MandaatScope(Set<BesluitType> besluitTypes, List<String> subjects) {

  public MandaatScope {
    besluitTypes =
        besluitTypes == null ? Set.of() : Bounds.set("scope.besluitTypes", besluitTypes, 50);
    subjects =
        subjects == null
            ? List.of()
            : Bounds.list("scope.subjects", subjects, 15).stream()
                .map(s -> InvalidValueException.requiredName("scope.subjects", s, 200))
                .toList();
    if (besluitTypes.isEmpty() && subjects.isEmpty()) {
      throw new InvalidValueException(
          "scope",
          "'scope' noemt minstens één soort besluit (besluitTypes) of één onderwerp (subjects).");
    }
  }

  public boolean covers(BesluitType type, String subject) {
    boolean typeCovered = besluitTypes.isEmpty() || besluitTypes.contains(type);
    String text = subject.toLowerCase(Locale.ROOT);
    boolean subjectCovered =
        subjects.isEmpty()
            || subjects.stream().anyMatch(s -> text.contains(s.toLowerCase(Locale.ROOT)));
    return typeCovered && subjectCovered;
  }

  /** Whether everything this scope covers, {@code outer} covers too. */
  public boolean within(MandaatScope outer) {
    boolean types =
        outer.besluitTypes.isEmpty()
            || (!besluitTypes.isEmpty() && outer.besluitTypes.containsAll(besluitTypes));
    boolean subjectsWithin =
        outer.subjects.isEmpty()
            || (!subjects.isEmpty()
                && subjects.stream()
                    .allMatch(
                        s ->
                            outer.subjects.stream()
                                .anyMatch(
                                    o ->
                                        s.toLowerCase(Locale.ROOT)
                                            .contains(o.toLowerCase(Locale.ROOT)))));
    return types && subjectsWithin;
  }
}
