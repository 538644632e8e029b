package nl.ipo.ledger.command.besluit.voorstel;

import java.util.Optional;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.besluit.BesluitRule;
import nl.ipo.ledger.command.besluit.BesluitState;
import nl.ipo.ledger.kernel.vergadering.VergaderingId;

/** A voorstel is discussed or decided at a meeting only when it is on that meeting's agenda. */
public final class NotOnAgendaPolicy {

  private NotOnAgendaPolicy() {}

  /**
   * @param meeting the meeting as a sentence names it ("de vergadering van de AV op 27 juni 2023")
   */
  public static Optional<Rejection> check(BesluitState state, VergaderingId id, String meeting) {
    if (state.onAgendaOf(id)) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(
            BesluitRule.NOT_ON_AGENDA,
            "vergaderingId",
            "Het voorstel staat niet op de agenda van " + meeting + "; zet het daar eerst op"));
  }
}
