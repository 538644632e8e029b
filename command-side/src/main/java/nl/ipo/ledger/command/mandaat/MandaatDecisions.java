package nl.ipo.ledger.command.mandaat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.gremium.GremiumDirectory;
import nl.ipo.ledger.command.gremium.GremiumFacts;
import nl.ipo.ledger.command.mandaat.MandaatFacts.Version;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.error.ConflictException;
import nl.ipo.ledger.kernel.error.NotFoundException;
import nl.ipo.ledger.kernel.mandaat.MandaatCommand.AmendMandaat;
import nl.ipo.ledger.kernel.mandaat.MandaatCommand.GrantMandaat;
import nl.ipo.ledger.kernel.mandaat.MandaatCommand.RevokeMandaat;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent.MandaatAmended;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent.MandaatGranted;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent.MandaatRevoked;
import nl.ipo.ledger.kernel.mandaat.MandaatScope;

/** Decides which mandate events a command records; an empty list is an explicit no-op. */
final class MandaatDecisions {

  private MandaatDecisions() {}

  static List<MandaatEvent> grant(
      MandaatFacts state, GrantMandaat command, MandaatLookups lookups) {
    if (state.exists()) {
      MandaatGranted recorded = state.granted();
      if (recorded.equals(granted(command, recorded.mandaatgever()))) {
        return List.of();
      }
      throw new ConflictException(
          "mandaatId", "Onder id " + command.mandaatId() + " is al een ander mandaat verleend");
    }
    Rejection.throwFirst(ordered(command.startDate(), command.endDate()));
    requireKnown(lookups.gremia(), command.mandataris(), "mandataris");
    Party gever;
    if (command.parentMandaatId() != null) {
      MandaatFacts parent =
          lookups
              .mandaten()
              .find(command.parentMandaatId())
              .orElseThrow(
                  () ->
                      new NotFoundException(
                          "parentMandaatId",
                          "Er is geen mandaat met id " + command.parentMandaatId() + " bekend"));
      Rejection.throwFirst(
          SubMandateWithinParentPolicy.check(
              parent,
              command.mandaatgever(),
              command.scope(),
              command.ceiling(),
              command.startDate(),
              command.endDate()));
      gever = parent.mandataris();
    } else {
      gever = command.mandaatgever();
      if (!gever.namesGremium()) {
        throw new Rejection(
                MandaatRule.MANDAATGEVER_IS_COMPETENT_BODY,
                "mandaatgever",
                "Een mandaat wordt verleend door een gremium (gremiumId); een persoon kan alleen"
                    + " een ondermandaat verlenen")
            .toException();
      }
      GremiumFacts body = requireKnown(lookups.gremia(), gever, "mandaatgever").orElseThrow();
      Rejection.throwFirst(
          MandaatgeverCompetencePolicy.check(
              body, command.scope(), command.startDate(), lookups.matrix()));
    }
    return List.of(granted(command, gever));
  }

  static List<MandaatEvent> amend(
      MandaatFacts state, AmendMandaat command, MandaatLookups lookups) {
    Version current = state.current();
    MandaatScope scope = command.scope() == null ? current.scope() : command.scope();
    MandaatAmended amended =
        new MandaatAmended(
            command.mandaatId(),
            command.effectiveDate(),
            scope,
            command.ceiling() == null ? current.ceiling() : command.ceiling(),
            command.endDate() == null ? current.endDate() : command.endDate(),
            command.conditions() == null ? current.conditions() : command.conditions(),
            command.decision());
    if (command.scope() == null
            && command.ceiling() == null
            && command.endDate() == null
            && command.conditions() == null
        ? state.versions().stream()
            .anyMatch(
                v ->
                    v.validFrom().equals(command.effectiveDate())
                        && v.decision().equals(command.decision()))
        : state
            .versions()
            .contains(
                new Version(
                    amended.effectiveDate(),
                    amended.scope(),
                    amended.ceiling(),
                    amended.endDate(),
                    amended.conditions(),
                    amended.decision()))) {
      return List.of();
    }
    Rejection.throwFirst(
        closed(state),
        notBefore(
            "effectiveDate",
            command.effectiveDate(),
            "de ingang van de geldende versie van het mandaat",
            current.validFrom()),
        ordered(command.effectiveDate(), amended.endDate()),
        current.endDate() == null || command.effectiveDate().isBefore(current.endDate())
            ? Optional.empty()
            : Optional.of(
                new Rejection(
                    MandaatRule.DATES_ORDERED,
                    "effectiveDate",
                    "Het mandaat loopt af op "
                        + Dutch.date(current.endDate())
                        + "; een wijziging moet eerder ingaan")));
    if (state.parent().isPresent()) {
      MandaatFacts parent = lookups.mandaten().find(state.parent().get()).orElseThrow();
      Rejection.throwFirst(
          SubMandateWithinParentPolicy.check(
              parent,
              null,
              amended.scope(),
              amended.ceiling(),
              amended.effectiveDate(),
              amended.endDate()));
    } else {
      GremiumFacts body = lookups.gremia().find(state.mandaatgever().gremiumId()).orElseThrow();
      Rejection.throwFirst(
          MandaatgeverCompetencePolicy.check(
              body, amended.scope(), amended.effectiveDate(), lookups.matrix()));
    }
    return List.of(amended);
  }

  static List<MandaatEvent> revoke(MandaatFacts state, RevokeMandaat command) {
    if (state.revokedFrom() != null && state.revokedFrom().equals(command.effectiveDate())) {
      return List.of();
    }
    Rejection.throwFirst(
        closed(state),
        notBefore(
            "effectiveDate",
            command.effectiveDate(),
            "de ingang van het mandaat",
            state.startDate()));
    return List.of(
        new MandaatRevoked(command.mandaatId(), command.effectiveDate(), command.decision()));
  }

  /**
   * Whether the mandate's term ends on {@code endDate}, so that the ledger records its expiry then:
   * only an open mandate expires, and only on the end of the version in force (an amendment that
   * moved the end leaves the old deadline stale).
   */
  static Optional<Rejection> expiryDue(MandaatFacts state, LocalDate endDate) {
    Optional<Rejection> closed = closed(state);
    if (closed.isPresent() || endDate.equals(state.current().endDate())) {
      return closed;
    }
    return Optional.of(
        new Rejection(
            MandaatRule.DATES_ORDERED,
            "effectiveDate",
            "Het mandaat verloopt "
                + (state.current().endDate() == null
                    ? "niet vanzelf: het heeft geen einddatum"
                    : "op " + Dutch.date(state.current().endDate()))
                + ", niet op "
                + Dutch.date(endDate)));
  }

  private static MandaatGranted granted(GrantMandaat command, Party gever) {
    return new MandaatGranted(
        command.mandaatId(),
        gever,
        command.mandataris(),
        command.scope(),
        command.ceiling(),
        command.startDate(),
        command.endDate(),
        command.conditions(),
        command.parentMandaatId(),
        command.decision());
  }

  private static Optional<GremiumFacts> requireKnown(
      GremiumDirectory gremia, Party party, String field) {
    if (!party.namesGremium()) {
      return Optional.empty();
    }
    return Optional.of(
        gremia
            .find(party.gremiumId())
            .orElseThrow(
                () ->
                    new NotFoundException(
                        field, "Er is geen gremium met id " + party.gremiumId() + " bekend")));
  }

  private static Optional<Rejection> closed(MandaatFacts state) {
    if (!state.isClosed()) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(
            MandaatRule.MANDAAT_CLOSED,
            "mandaatId",
            Dutch.capitalised(state.describe())
                + (state.revokedFrom() != null
                    ? " is ingetrokken per " + Dutch.date(state.revokedFrom())
                    : " is verlopen op " + Dutch.date(state.expiredOn()))
                + " en kan niet meer veranderen"));
  }

  private static Optional<Rejection> ordered(LocalDate start, LocalDate end) {
    if (end == null || end.isAfter(start)) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(
            MandaatRule.DATES_ORDERED,
            "endDate",
            "De einddatum (" + Dutch.date(end) + ") moet na " + Dutch.date(start) + " liggen"));
  }

  /** {@code what} names the earlier day as a sentence says it ("de ingang van het mandaat"). */
  private static Optional<Rejection> notBefore(
      String field, LocalDate day, String what, LocalDate earliest) {
    if (!day.isBefore(earliest)) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(
            MandaatRule.DATES_ORDERED, field, Dutch.dateBefore(field, day, what, earliest)));
  }
}
