package nl.ipo.ledger.kernel.gremium;

import java.time.LocalDate;
import java.util.List;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.common.Province;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Commands on a gremium and its memberships. Each carries the date on which it takes effect and the
 * decision that authorises it; the time of recording is added at the edge as metadata. The
 * constructors reject missing or malformed fields; the rules that depend on what is already
 * recorded live in the command side.
 */
public sealed interface GremiumCommand {

  int MAX_NAME_LENGTH = 200;

  GremiumId gremiumId();

  DecisionReference decision();

  /**
   * Establishes (instelt) a gremium.
   *
   * @param parentId the body it prepares or belongs to (an AAC prepares a BAC), or null
   * @param beginDate first day the gremium exists
   * @param endDate first day it no longer exists; required for a tijdelijk gremium or werkgroep
   */
  record EstablishGremium(
      @TargetAggregateIdentifier GremiumId gremiumId,
      String name,
      GremiumType type,
      GremiumId parentId,
      LocalDate beginDate,
      LocalDate endDate,
      DecisionReference decision)
      implements GremiumCommand {
    public EstablishGremium {
      InvalidValueException.required("gremiumId", gremiumId);
      name = InvalidValueException.requiredName("name", name, MAX_NAME_LENGTH);
      InvalidValueException.required("type", type);
      InvalidValueException.required("beginDate", beginDate);
      InvalidValueException.required("decisionReference", decision);
    }
  }

  /** Renames a gremium from the effective date on; its identity stays. */
  record RenameGremium(
      @TargetAggregateIdentifier GremiumId gremiumId,
      String name,
      LocalDate effectiveDate,
      DecisionReference decision)
      implements GremiumCommand {
    public RenameGremium {
      InvalidValueException.required("gremiumId", gremiumId);
      name = InvalidValueException.requiredName("name", name, MAX_NAME_LENGTH);
      InvalidValueException.required("effectiveDate", effectiveDate);
      InvalidValueException.required("decisionReference", decision);
    }
  }

  /**
   * Dissolves (heft op) a gremium: from the effective date on it no longer exists, and its open
   * memberships end on that date.
   *
   * @param successors the bodies that take over its tasks, each with its part (may be empty); each
   *     must exist on the effective date
   */
  record DissolveGremium(
      @TargetAggregateIdentifier GremiumId gremiumId,
      LocalDate effectiveDate,
      DecisionReference decision,
      List<Successor> successors)
      implements GremiumCommand {
    public DissolveGremium {
      InvalidValueException.required("gremiumId", gremiumId);
      InvalidValueException.required("effectiveDate", effectiveDate);
      InvalidValueException.required("decisionReference", decision);
      successors = Successor.list("successors", successors);
    }

    /** A dissolution that names no successor. */
    public DissolveGremium(
        GremiumId gremiumId, LocalDate effectiveDate, DecisionReference decision) {
      this(gremiumId, effectiveDate, decision, List.of());
    }
  }

  /**
   * Appoints a person to a gremium for a province in a role, from the start date on. Without a
   * person name it records the province's seat where the sources name nobody. A lid or
   * plaatsvervanger names its province; a voorzitter, adviseur, vertegenwoordiger or functiehouder
   * names one only where the sources do (the CdK who chairs the bestuur is not named).
   */
  record AppointMember(
      @TargetAggregateIdentifier GremiumId gremiumId,
      MembershipId membershipId,
      String personName,
      Province province,
      MemberRole role,
      LocalDate startDate,
      DecisionReference decision)
      implements GremiumCommand {
    public AppointMember {
      InvalidValueException.required("gremiumId", gremiumId);
      InvalidValueException.required("membershipId", membershipId);
      personName =
          personName == null || personName.isBlank()
              ? null
              : InvalidValueException.requiredName("personName", personName, MAX_NAME_LENGTH);
      InvalidValueException.required("role", role);
      if (role.holdsProvinceSeat() && province == null) {
        throw new InvalidValueException(
            "province",
            "'province' is verplicht voor een "
                + role.label()
                + ": die zetel hoort bij een provincie.");
      }
      InvalidValueException.required("startDate", startDate);
      InvalidValueException.required("decisionReference", decision);
    }
  }

  /** Ends a membership: the end date is the first day the person no longer holds the seat. */
  record EndMembership(
      @TargetAggregateIdentifier GremiumId gremiumId,
      MembershipId membershipId,
      LocalDate endDate,
      DecisionReference decision)
      implements GremiumCommand {
    public EndMembership {
      InvalidValueException.required("gremiumId", gremiumId);
      InvalidValueException.required("membershipId", membershipId);
      InvalidValueException.required("endDate", endDate);
      InvalidValueException.required("decisionReference", decision);
    }
  }
}
