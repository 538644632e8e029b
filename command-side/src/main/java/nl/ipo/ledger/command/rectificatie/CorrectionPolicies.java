package nl.ipo.ledger.command.rectificatie;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.begroting.BegrotingCorrections;
import nl.ipo.ledger.command.besluit.BesluitCorrections;
import nl.ipo.ledger.command.competentie.CompetenceCorrections;
import nl.ipo.ledger.command.gremium.GremiumCorrections;
import nl.ipo.ledger.command.mandaat.MandaatCorrections;
import nl.ipo.ledger.command.vergadering.VergaderingCorrections;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent;
import nl.ipo.ledger.kernel.besluit.BesluitEvent;
import nl.ipo.ledger.kernel.common.LedgerEvent;
import nl.ipo.ledger.kernel.competentie.CompetenceEvent;
import nl.ipo.ledger.kernel.gremium.GremiumEvent;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent;
import nl.ipo.ledger.kernel.rectificatie.RectificatieEvent;
import nl.ipo.ledger.kernel.rectificatie.RectificatieEvent.FactRetracted;
import nl.ipo.ledger.kernel.vergadering.VergaderingEvent;

/**
 * The rules a correction obeys. A correction replaces a fact by a corrected version of the same
 * fact: the same kind, about the same record, with every field the original had, and within the
 * rules the original was recorded under.
 */
final class CorrectionPolicies {

  static final String CORRECTION_OF_THE_SAME_FACT = "CORRECTION_OF_THE_SAME_FACT";
  static final String CORRECTION_KEEPS_EVERY_FIELD = "CORRECTION_KEEPS_EVERY_FIELD";
  static final String FACT_RETRACTED = "FACT_RETRACTED";
  static final String NO_CORRECTION_OF_A_CORRECTION = "NO_CORRECTION_OF_A_CORRECTION";

  private CorrectionPolicies() {}

  /** CORRECTION_OF_THE_SAME_FACT: the same kind of fact about the same record. */
  static Optional<Rejection> sameFact(LedgerEvent original, LedgerEvent replacement) {
    if (original.getClass() == replacement.getClass()
        && original.aggregateIdentity().equals(identity(replacement))) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(
            CORRECTION_OF_THE_SAME_FACT,
            "replacement",
            "Een correctie vervangt een feit door hetzelfde soort feit over hetzelfde record ("
                + original.aggregateIdentity()
                + "); voor een ander feit is een eigen opdracht nodig."));
  }

  /**
   * CORRECTION_KEEPS_EVERY_FIELD: a field the original fact had may be corrected, not emptied;
   * taking a fact back is a retraction (or the domain's own command, such as ending a membership).
   */
  static Optional<Rejection> keepsEveryField(LedgerEvent original, LedgerEvent replacement) {
    if (original.getClass() != replacement.getClass() || !original.getClass().isRecord()) {
      return Optional.empty();
    }
    for (RecordComponent component : original.getClass().getRecordComponents()) {
      if (read(component, original) != null && read(component, replacement) == null) {
        return Optional.of(
            new Rejection(
                CORRECTION_KEEPS_EVERY_FIELD,
                "replacement." + component.getName(),
                "'"
                    + component.getName()
                    + "' was ingevuld en mag bij een correctie niet leeg worden; trek het feit"
                    + " in als het nooit had mogen bestaan."));
      }
    }
    return Optional.empty();
  }

  /**
   * The corrected fact obeys the rules of its own record, judged as the command that would record
   * it, against the record as it stood before the original fact: each aggregate's own decisions and
   * policies (see its {@code ...Corrections}). A correction or retraction is itself never
   * corrected: a newer correction of the fact replaces the older, and a retraction is final.
   *
   * @param before the facts of the same stream before the original, in order
   */
  static Optional<Rejection> obeysTheRules(
      List<LedgerEvent> before, LedgerEvent replacement, RecordRules rules) {
    if (replacement instanceof GremiumEvent fact) {
      return GremiumCorrections.check(of(before, GremiumEvent.class), fact, rules.gremia());
    } else if (replacement instanceof MandaatEvent fact) {
      return MandaatCorrections.check(of(before, MandaatEvent.class), fact, rules.mandaten());
    } else if (replacement instanceof BesluitEvent fact) {
      return BesluitCorrections.check(of(before, BesluitEvent.class), fact, rules.besluiten());
    } else if (replacement instanceof BegrotingEvent fact) {
      return BegrotingCorrections.check(
          of(before, BegrotingEvent.class), fact, rules.begrotingen());
    } else if (replacement instanceof VergaderingEvent fact) {
      return VergaderingCorrections.check(of(before, VergaderingEvent.class), fact, rules.gremia());
    } else if (replacement instanceof CompetenceEvent fact) {
      return CompetenceCorrections.check(of(before, CompetenceEvent.class), fact);
    } else if (replacement instanceof RectificatieEvent) {
      return Optional.of(
          new Rejection(
              NO_CORRECTION_OF_A_CORRECTION,
              "eventIdentifier",
              "Een correctie of intrekking wordt zelf niet gecorrigeerd: corrigeer het"
                  + " oorspronkelijke feit opnieuw (de laatste correctie geldt)."));
    }
    throw new IllegalArgumentException("No rules for " + replacement.getClass());
  }

  private static <E> List<E> of(List<LedgerEvent> events, Class<E> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** FACT_RETRACTED: a retracted fact stays retracted. */
  static Optional<Rejection> notRetracted(FactRetracted retracted) {
    return retracted == null
        ? Optional.empty()
        : Optional.of(
            new Rejection(
                FACT_RETRACTED,
                "eventIdentifier",
                "Dit feit is ingetrokken ("
                    + retracted.reason()
                    + ") en kan niet meer worden"
                    + " gecorrigeerd of opnieuw ingetrokken."));
  }

  /** A replacement may lack its identity altogether; that is a wrong fact, not a crash. */
  private static String identity(LedgerEvent replacement) {
    try {
      return replacement.aggregateIdentity();
    } catch (RuntimeException missing) {
      return null;
    }
  }

  private static Object read(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component, e);
    }
  }
}
