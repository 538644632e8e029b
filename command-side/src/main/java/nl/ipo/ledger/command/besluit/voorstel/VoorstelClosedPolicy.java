package nl.ipo.ledger.command.besluit.voorstel;

import java.util.Optional;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.besluit.BesluitRule;
import nl.ipo.ledger.command.besluit.BesluitState;

/**
 * A voorstel is closed once it is decided (adopted or rejected) or withdrawn: nothing about it
 * changes after that. A deferral keeps it open.
 */
public final class VoorstelClosedPolicy {

  private VoorstelClosedPolicy() {}

  public static Optional<Rejection> check(BesluitState state) {
    if (!state.isClosed()) {
      return Optional.empty();
    }
    String how =
        state.withdrawn() != null
            ? "Het voorstel is op " + Dutch.date(state.withdrawn().withdrawnOn()) + " ingetrokken"
            : "Over het voorstel is op "
                + Dutch.date(state.besluit().decisionDate())
                + " besloten ("
                + state.besluit().outcome().label()
                + ")";
    return Optional.of(
        new Rejection(
            BesluitRule.VOORSTEL_CLOSED,
            "besluitId",
            how + "; het is afgesloten en kan niet meer veranderen"));
  }
}
