package nl.ipo.ledger.infra.web.gremium;

import java.time.LocalDate;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.common.Province;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.AppointMember;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.DissolveGremium;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.EndMembership;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.EstablishGremium;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.RenameGremium;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.kernel.gremium.MemberRole;
import nl.ipo.ledger.kernel.gremium.MembershipId;

/**
 * The JSON bodies of the gremium endpoints. Closed lists (type, province, role) arrive as text so
 * that an unknown value is answered with the allowed ones; ids are optional on creation, and a
 * client that sends its own id can repeat a request safely.
 */
final class GremiumRequests {

  private GremiumRequests() {}

  record EstablishGremiumRequest(
      String id,
      String name,
      String type,
      String parentId,
      LocalDate beginDate,
      LocalDate endDate,
      String decisionReference,
      String besluitId) {
    EstablishGremium toCommand() {
      return new EstablishGremium(
          id == null ? GremiumId.random() : GremiumId.parse("id", id),
          name,
          GremiumType.parse("type", type),
          parentId == null ? null : GremiumId.parse("parentId", parentId),
          beginDate,
          endDate,
          DecisionReference.of(decisionReference, besluitId));
    }
  }

  record RenameGremiumRequest(
      String name, LocalDate effectiveDate, String decisionReference, String besluitId) {
    RenameGremium toCommand(GremiumId gremiumId) {
      return new RenameGremium(
          gremiumId, name, effectiveDate, DecisionReference.of(decisionReference, besluitId));
    }
  }

  record DissolveGremiumRequest(
      LocalDate effectiveDate, String decisionReference, String besluitId) {
    DissolveGremium toCommand(GremiumId gremiumId) {
      return new DissolveGremium(
          gremiumId, effectiveDate, DecisionReference.of(decisionReference, besluitId));
    }
  }

  record AppointMemberRequest(
      String membershipId,
      String personName,
      String province,
      String role,
      LocalDate startDate,
      String decisionReference,
      String besluitId) {
    AppointMember toCommand(GremiumId gremiumId) {
      return new AppointMember(
          gremiumId,
          membershipId == null
              ? MembershipId.random()
              : MembershipId.parse("membershipId", membershipId),
          personName,
          // a lid or plaatsvervanger needs its province: the command says so when it is missing
          province == null || province.isBlank() ? null : Province.parse("province", province),
          MemberRole.parse("role", role),
          startDate,
          DecisionReference.of(decisionReference, besluitId));
    }
  }

  record EndMembershipRequest(LocalDate endDate, String decisionReference, String besluitId) {
    EndMembership toCommand(GremiumId gremiumId, MembershipId membershipId) {
      return new EndMembership(
          gremiumId, membershipId, endDate, DecisionReference.of(decisionReference, besluitId));
    }
  }
}
