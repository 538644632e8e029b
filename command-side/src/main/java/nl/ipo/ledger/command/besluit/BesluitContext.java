package nl.ipo.ledger.command.besluit;

import java.util.Optional;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.command.Known;
import nl.ipo.ledger.command.gremium.GremiumFacts;
import nl.ipo.ledger.command.mandaat.MandateChain;
import nl.ipo.ledger.kernel.competentie.CompetenceEvent.CompetenceAssigned;
import nl.ipo.ledger.kernel.error.NotFoundException;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.vergadering.VergaderingEvent.VergaderingScheduled;
import nl.ipo.ledger.kernel.vergadering.VergaderingId;

/**
 * What a command on a voorstel needs to know beyond the voorstel itself, read from the other
 * aggregates' streams before it is decided ({@link BesluitLookups}), so that {@link
 * BesluitDecisions} are pure functions of state, command and context.
 *
 * @param gremia every gremium the command names: decider, adviser, the meetings' bodies, the gremia
 *     its effects change or hang under
 * @param vergaderingen the meeting the command names, if any
 * @param competence the competence in force for the voorstel's type on the command's day
 * @param mandate the mandate the decider acts under, with every mandate above it; empty when none
 *     is named or the named one is unknown
 */
public record BesluitContext(
    Known<GremiumId, GremiumFacts> gremia,
    Known<VergaderingId, VergaderingScheduled> vergaderingen,
    Optional<CompetenceAssigned> competence,
    Optional<MandateChain> mandate) {

  public GremiumFacts gremium(GremiumId id, String field) {
    return gremia
        .find(id)
        .orElseThrow(
            () -> new NotFoundException(field, "Er is geen gremium met id " + id + " bekend"));
  }

  public VergaderingScheduled meeting(VergaderingId id) {
    return vergaderingen
        .find(id)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "vergaderingId", "Er is geen vergadering met id " + id + " bekend"));
  }

  /** A meeting as people name it: "de vergadering van de AV op 27 juni 2023 (…)". */
  public String describe(VergaderingScheduled meeting) {
    String body =
        gremia
            .find(meeting.gremiumId())
            .map(g -> Dutch.gremium(g.type(), g.name()))
            .orElse("een onbekend gremium");
    return "de vergadering van "
        + body
        + " op "
        + Dutch.date(meeting.date())
        + (meeting.description() == null ? "" : " (" + meeting.description() + ")");
  }
}
