package nl.ipo.ledger.kernel.gremium;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.common.LedgerEvent;
import nl.ipo.ledger.kernel.common.Province;
import org.axonframework.serialization.Revision;

/**
 * Facts about a gremium and its memberships, stored forever in the gremium's event stream. Every
 * event names the decision behind it and its valid time ({@link #effectiveDate()}); the recording
 * time, actor and correlation ids travel as metadata (see {@code LedgerMetadata}). End dates are
 * exclusive: they name the first day on which the fact no longer holds.
 */
public sealed interface GremiumEvent extends LedgerEvent {

  @Override
  default String aggregateIdentity() {
    return gremiumId().toString();
  }

  GremiumId gremiumId();

  DecisionReference decision();

  @Override
  default DecisionReference decisionReference() {
    return decision();
  }

  /** A gremium was established; it exists from {@code beginDate} until {@code endDate}, if any. */
  @Revision("1")
  record GremiumEstablished(
      GremiumId gremiumId,
      String name,
      GremiumType type,
      GremiumId parentId,
      LocalDate beginDate,
      LocalDate endDate,
      DecisionReference decision)
      implements GremiumEvent {
    @Override
    public LocalDate effectiveDate() {
      return beginDate;
    }
  }

  /** A gremium carries a new name from the effective date on. */
  @Revision("1")
  record GremiumRenamed(
      GremiumId gremiumId,
      String name,
      String previousName,
      LocalDate effectiveDate,
      DecisionReference decision)
      implements GremiumEvent {}

  /**
   * A gremium was dissolved; from the effective date on it no longer exists. {@code successors}
   * names the bodies that take over its tasks, each with its part; it is empty when the decision
   * names none, and in the events recorded before successors were recorded (they read as absent).
   */
  @Revision("1")
  record GremiumDissolved(
      GremiumId gremiumId,
      LocalDate effectiveDate,
      DecisionReference decision,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Successor> successors)
      implements GremiumEvent {
    public GremiumDissolved {
      successors = Successor.list("successors", successors);
    }

    /** A dissolution without successors. */
    public GremiumDissolved(
        GremiumId gremiumId, LocalDate effectiveDate, DecisionReference decision) {
      this(gremiumId, effectiveDate, decision, List.of());
    }
  }

  /**
   * A person was appointed to a gremium in a role, for a province where the role fills a province's
   * seat (then {@code province} is always set) or where the sources name it (otherwise null).
   */
  @Revision("1")
  record MemberAppointed(
      GremiumId gremiumId,
      MembershipId membershipId,
      String personName,
      Province province,
      MemberRole role,
      LocalDate startDate,
      DecisionReference decision)
      implements GremiumEvent {
    @Override
    public LocalDate effectiveDate() {
      return startDate;
    }
  }

  /** A membership ended; {@code endDate} is the first day the person no longer holds the seat. */
  @Revision("1")
  record MembershipEnded(
      GremiumId gremiumId, MembershipId membershipId, LocalDate endDate, DecisionReference decision)
      implements GremiumEvent {
    @Override
    public LocalDate effectiveDate() {
      return endDate;
    }
  }
}
