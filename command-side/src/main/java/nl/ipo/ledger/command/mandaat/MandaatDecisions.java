package nl.ipo.ledger.command.mandaat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.gremium.GremiumFacts;
import nl.ipo.ledger.command.mandaat.MandaatFacts.Version;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.error.ConflictException;
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
      MandaatFacts state, GrantMandaat command, MandaatContext context) {
    if (state.exists()) {
      MandaatGranted recorded = state.granted();
      if (recorded.equals(granted(command, recorded.mandaatgever()))) {
        return List.of();
      }
      throw new ConflictException(
          "mandaatId", "Onder id " + command.mandaatId() + " is al een ander mandaat verleend");
    }
    Rejection.throwFirst(DatesOrderedPolicy.endAfterStart(command.startDate(), command.endDate()));
    if (command.mandataris().namesGremium()) {
      context.gremium(command.mandataris().gremiumId(), "mandataris");
    }
    Party gever;
    if (command.parentMandaatId() != null) {
      MandaatFacts parent = context.mandaat(command.parentMandaatId(), "parentMandaatId");
      Rejection.throwFirst(
          SubmandateWithinParentPolicy.check(
              parent,
              command.mandaatgever(),
              command.scope(),
              command.ceiling(),
              command.startDate(),
              command.endDate()));
      gever = parent.mandataris();
    } else {
      gever = command.mandaatgever();
      Rejection.throwFirst(MandaatgeverIsCompetentBodyPolicy.grantedByABody(gever));
      GremiumFacts body = context.gremium(gever.gremiumId(), "mandaatgever");
      Rejection.throwFirst(
          MandaatgeverIsCompetentBodyPolicy.check(
              body, command.scope(), command.startDate(), context.matrix()));
    }
    return List.of(granted(command, gever));
  }

  static List<MandaatEvent> amend(
      MandaatFacts state, AmendMandaat command, MandaatContext context) {
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
        MandaatClosedPolicy.check(state),
        DatesOrderedPolicy.notBefore(
            "effectiveDate",
            command.effectiveDate(),
            "de ingang van de geldende versie van het mandaat",
            current.validFrom()),
        DatesOrderedPolicy.endAfterStart(command.effectiveDate(), amended.endDate()),
        DatesOrderedPolicy.beforeTermEnds(current, command.effectiveDate()));
    if (state.parent().isPresent()) {
      MandaatFacts parent = context.mandaat(state.parent().get(), "mandaatId");
      Rejection.throwFirst(
          SubmandateWithinParentPolicy.check(
              parent,
              null,
              amended.scope(),
              amended.ceiling(),
              amended.effectiveDate(),
              amended.endDate()));
    } else {
      GremiumFacts body = context.gremium(state.mandaatgever().gremiumId(), "mandaatId");
      Rejection.throwFirst(
          MandaatgeverIsCompetentBodyPolicy.check(
              body, amended.scope(), amended.effectiveDate(), context.matrix()));
    }
    return List.of(amended);
  }

  static List<MandaatEvent> revoke(MandaatFacts state, RevokeMandaat command) {
    if (state.revokedFrom() != null && state.revokedFrom().equals(command.effectiveDate())) {
      return List.of();
    }
    Rejection.throwFirst(
        MandaatClosedPolicy.check(state),
        DatesOrderedPolicy.notBefore(
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
    return MandaatClosedPolicy.check(state).or(() -> DatesOrderedPolicy.expiresOn(state, endDate));
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
}
