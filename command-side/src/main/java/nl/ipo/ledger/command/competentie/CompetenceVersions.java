package nl.ipo.ledger.command.competentie;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.competentie.CompetenceEvent.CompetenceAssigned;

/** Every version of the matrix recorded so far, in recorded order. Immutable. */
public record CompetenceVersions(List<CompetenceAssigned> versions) {

  public static final CompetenceVersions EMPTY = new CompetenceVersions(List.of());

  public CompetenceVersions {
    versions = List.copyOf(versions);
  }

  CompetenceVersions with(CompetenceAssigned event) {
    List<CompetenceAssigned> next = new ArrayList<>(versions);
    next.add(event);
    return new CompetenceVersions(next);
  }

  /**
   * The competence for a type in force on a day: the version with the latest effective date on or
   * before it; of two versions with the same date, the one recorded last.
   */
  public Optional<CompetenceAssigned> inForce(BesluitType type, LocalDate day) {
    CompetenceAssigned found = null;
    for (CompetenceAssigned version : versions) {
      if (version.besluitType() == type
          && !version.effectiveFrom().isAfter(day)
          && (found == null || !version.effectiveFrom().isBefore(found.effectiveFrom()))) {
        found = version;
      }
    }
    return Optional.ofNullable(found);
  }
}
