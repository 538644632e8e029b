package nl.ipo.ledger.command.gremium;

import java.time.LocalDate;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.common.Province;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.MemberAppointed;
import nl.ipo.ledger.kernel.gremium.MemberRole;
import nl.ipo.ledger.kernel.gremium.MembershipId;

/**
 * One membership as the aggregate remembers it; {@code end} is exclusive and null while open.
 * Public so that the rules other aggregates ask of a gremium ({@link GremiumFacts}) can carry it.
 */
public record Membership(
    MembershipId id,
    String personName,
    Province province,
    MemberRole role,
    LocalDate start,
    LocalDate end,
    DecisionReference decision) {

  static Membership of(MemberAppointed event) {
    return new Membership(
        event.membershipId(),
        event.personName(),
        event.province(),
        event.role(),
        event.startDate(),
        null,
        event.decision());
  }

  Membership endingOn(LocalDate endDate) {
    return new Membership(id, personName, province, role, start, endDate, decision);
  }

  boolean isOpen() {
    return end == null;
  }

  public boolean inForceOn(LocalDate day) {
    return !start.isAfter(day) && (end == null || end.isAfter(day));
  }

  /** Whether this membership records the same appointment as the event would. */
  boolean sameAppointmentAs(MemberAppointed event) {
    return (personName == null
            ? event.personName() == null
            : personName.equalsIgnoreCase(event.personName()))
        && province == event.province()
        && role == event.role()
        && start.equals(event.startDate())
        && decision.equals(event.decision());
  }

  String describe() {
    return (personName == null ? "(zetel zonder naam)" : personName)
        + " ("
        + role.label()
        + (province == null ? "" : ", " + province.label())
        + ", vanaf "
        + Dutch.date(start)
        + (end == null ? "" : " tot " + Dutch.date(end))
        + ")";
  }
}
