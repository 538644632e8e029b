package nl.ipo.ledger.command.competentie;

import java.time.LocalDate;
import java.util.Optional;
import nl.ipo.ledger.command.EventStreams;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.competentie.CompetenceCommand;
import nl.ipo.ledger.kernel.competentie.CompetenceEvent.CompetenceAssigned;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** Reads the competence in force on a day from the matrix's own event stream. */
public final class CompetenceMatrixReader {

  private final EventStore eventStore;

  public CompetenceMatrixReader(EventStore eventStore) {
    this.eventStore = eventStore;
  }

  public Optional<CompetenceAssigned> inForce(BesluitType type, LocalDate day) {
    return versions().inForce(type, day);
  }

  /** Every version of the matrix recorded so far: what a pure decision is given. */
  public CompetenceVersions versions() {
    return EventStreams.fold(
        eventStore,
        CompetenceCommand.MATRIX_ID,
        CompetenceAssigned.class,
        CompetenceVersions.EMPTY,
        CompetenceVersions::with);
  }
}
