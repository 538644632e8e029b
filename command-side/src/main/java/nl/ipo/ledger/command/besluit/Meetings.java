package nl.ipo.ledger.command.besluit;

import java.time.LocalDate;
import java.util.Optional;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.besluit.besluiten.MeetingOfDeciderPolicy;
import nl.ipo.ledger.command.besluit.voorstel.NotOnAgendaPolicy;
import nl.ipo.ledger.command.gremium.GremiumFacts;
import nl.ipo.ledger.kernel.vergadering.VergaderingEvent.VergaderingScheduled;
import nl.ipo.ledger.kernel.vergadering.VergaderingId;

/**
 * The rules on the meeting a step of a voorstel names: the meeting is of the body that acts, on the
 * day it acts, and the voorstel is on its agenda. Shared by the voorstel's course (discussion,
 * advice) and the decision.
 */
final class Meetings {

  private Meetings() {}

  static Optional<Rejection> meetingOf(
      BesluitContext context,
      BesluitState state,
      VergaderingId id,
      GremiumFacts body,
      LocalDate day) {
    VergaderingScheduled meeting = context.meeting(id);
    return MeetingOfDeciderPolicy.check(meeting, context.describe(meeting), body, day)
        .or(() -> onAgenda(context, state, id));
  }

  static Optional<Rejection> onAgenda(
      BesluitContext context, BesluitState state, VergaderingId id) {
    if (state.onAgendaOf(id)) {
      return Optional.empty();
    }
    String which =
        context.vergaderingen().find(id).map(context::describe).orElse("die vergadering");
    return NotOnAgendaPolicy.check(state, id, which);
  }
}
