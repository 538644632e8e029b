package nl.ipo.ledger.command.vergadering;

import java.util.List;
import java.util.Optional;
import nl.ipo.ledger.command.CorrectionObeysTheRulesPolicy;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.gremium.GremiumDirectory;
import nl.ipo.ledger.kernel.vergadering.VergaderingCommand.ScheduleVergadering;
import nl.ipo.ledger.kernel.vergadering.VergaderingEvent;
import nl.ipo.ledger.kernel.vergadering.VergaderingEvent.VergaderingScheduled;

/**
 * The meeting's rule applied to a corrected fact: a corrected meeting is scheduled again by {@link
 * VergaderingDecisions}, so it is a meeting of a known gremium on a day that gremium exists. The
 * voorstellen that were placed on its agenda or decided at it copied its gremium and date when they
 * were recorded; those facts are their own voorstel's, and a correction of the meeting does not
 * judge them again.
 */
public final class VergaderingCorrections {

  private VergaderingCorrections() {}

  /**
   * @param before the meeting's facts before the corrected one (none, for a meeting's only fact)
   * @param replacement the corrected fact
   * @param gremia the gremia, for the meeting's own
   */
  public static Optional<Rejection> check(
      List<VergaderingEvent> before, VergaderingEvent replacement, GremiumDirectory gremia) {
    VergaderingScheduled scheduled = null;
    for (VergaderingEvent event : before) {
      if (event instanceof VergaderingScheduled s) {
        scheduled = s;
      }
    }
    VergaderingScheduled stateBefore = scheduled;
    return CorrectionObeysTheRulesPolicy.judge(
        "deze vergadering",
        replacement,
        () -> {
          ScheduleVergadering command = command((VergaderingScheduled) replacement);
          return VergaderingDecisions.schedule(
              stateBefore, command, gremia.find(command.gremiumId()));
        });
  }

  private static ScheduleVergadering command(VergaderingScheduled e) {
    return new ScheduleVergadering(e.vergaderingId(), e.gremiumId(), e.date(), e.description());
  }
}
