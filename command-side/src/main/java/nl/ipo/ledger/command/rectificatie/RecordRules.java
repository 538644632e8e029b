package nl.ipo.ledger.command.rectificatie;

import java.util.List;
import java.util.Optional;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.begroting.BegrotingCorrections;
import nl.ipo.ledger.command.begroting.BegrotingLookups;
import nl.ipo.ledger.command.besluit.BesluitCorrections;
import nl.ipo.ledger.command.besluit.BesluitLookups;
import nl.ipo.ledger.command.competentie.CompetenceCorrections;
import nl.ipo.ledger.command.gremium.GremiumCorrections;
import nl.ipo.ledger.command.gremium.GremiumDirectory;
import nl.ipo.ledger.command.mandaat.MandaatCorrections;
import nl.ipo.ledger.command.mandaat.MandaatLookups;
import nl.ipo.ledger.command.vergadering.VergaderingCorrections;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent;
import nl.ipo.ledger.kernel.besluit.BesluitEvent;
import nl.ipo.ledger.kernel.common.LedgerEvent;
import nl.ipo.ledger.kernel.competentie.CompetenceEvent;
import nl.ipo.ledger.kernel.gremium.GremiumEvent;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent;
import nl.ipo.ledger.kernel.rectificatie.RectificatieEvent;
import nl.ipo.ledger.kernel.vergadering.VergaderingEvent;

/** What the aggregates' rules read beyond their own stream, for judging a corrected fact. */
record RecordRules(
    GremiumDirectory gremia,
    MandaatLookups mandaten,
    BesluitLookups besluiten,
    BegrotingLookups begrotingen) {

  /**
   * Whether the corrected fact obeys the rules of its own record (CORRECTION_OBEYS_THE_RULES),
   * judged as the command that would record it, against the record as it stood before the original
   * fact: each aggregate's own decisions and policies (see its {@code ...Corrections}).
   *
   * @param before the facts of the same stream before the original, in order
   */
  Optional<Rejection> obeyed(List<LedgerEvent> before, LedgerEvent replacement) {
    if (replacement instanceof GremiumEvent fact) {
      return GremiumCorrections.check(of(before, GremiumEvent.class), fact, gremia);
    } else if (replacement instanceof MandaatEvent fact) {
      return MandaatCorrections.check(of(before, MandaatEvent.class), fact, mandaten);
    } else if (replacement instanceof BesluitEvent fact) {
      return BesluitCorrections.check(of(before, BesluitEvent.class), fact, besluiten);
    } else if (replacement instanceof BegrotingEvent fact) {
      return BegrotingCorrections.check(of(before, BegrotingEvent.class), fact, begrotingen);
    } else if (replacement instanceof VergaderingEvent fact) {
      return VergaderingCorrections.check(of(before, VergaderingEvent.class), fact, gremia);
    } else if (replacement instanceof CompetenceEvent fact) {
      return CompetenceCorrections.check(of(before, CompetenceEvent.class), fact);
    } else if (replacement instanceof RectificatieEvent) {
      return NoCorrectionOfACorrectionPolicy.check(replacement);
    }
    throw new IllegalArgumentException("No rules for " + replacement.getClass());
  }

  private static <E> List<E> of(List<LedgerEvent> events, Class<E> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
