package nl.ipo.ledger.command.besluit.besluiten;

import java.time.LocalDate;
import java.util.Optional;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.besluit.BesluitRule;
import nl.ipo.ledger.command.gremium.GremiumFacts;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.vergadering.VergaderingEvent.VergaderingScheduled;

/**
 * A decision or advice taken at a meeting is taken by the meeting's own gremium, on the meeting's
 * date; a person deciding under a mandate does so outside meetings.
 */
public final class MeetingOfDeciderPolicy {

  private MeetingOfDeciderPolicy() {}

  /**
   * @param described the meeting as a sentence names it ("de vergadering van de AV op …")
   */
  public static Optional<Rejection> check(
      VergaderingScheduled meeting, String described, GremiumFacts body, LocalDate day) {
    if (meeting.gremiumId().equals(body.id()) && meeting.date().equals(day)) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(
            BesluitRule.MEETING_OF_DECIDER,
            "vergaderingId",
            Dutch.capitalised(described)
                + (meeting.gremiumId().equals(body.id())
                    ? " is niet op " + Dutch.date(day)
                    : " is geen vergadering van "
                        + Dutch.gremium(body.type(), body.name())
                        + " op "
                        + Dutch.date(day))));
  }

  /** Only a body decides at a meeting. */
  public static Optional<Rejection> bodyDecidesAtMeeting(Party decider) {
    if (decider.namesGremium()) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(
            BesluitRule.MEETING_OF_DECIDER,
            "vergaderingId",
            "Wie onder mandaat besluit, doet dat buiten een vergadering; laat de vergadering"
                + " (vergaderingId) weg"));
  }
}
