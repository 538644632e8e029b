package nl.ipo.ledger.kernel.mandaat;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.common.LedgerEvent;
import nl.ipo.ledger.kernel.common.Party;
import org.axonframework.serialization.Revision;

/** Facts about a mandate. Every version of it stays visible: nothing is overwritten. */
public sealed interface MandaatEvent extends LedgerEvent {

  @Override
  default String aggregateIdentity() {
    return mandaatId().toString();
  }

  MandaatId mandaatId();

  @Revision("1")
  record MandaatGranted(
      MandaatId mandaatId,
      Party mandaatgever,
      Party mandataris,
      MandaatScope scope,
      BigDecimal ceiling,
      LocalDate startDate,
      LocalDate endDate,
      String conditions,
      MandaatId parentMandaatId,
      DecisionReference decision)
      implements MandaatEvent {
    @Override
    public DecisionReference decisionReference() {
      return decision;
    }

    @Override
    public LocalDate effectiveDate() {
      return startDate;
    }
  }

  /** A new version of the mandate, complete, in force from {@code effectiveDate}. */
  @Revision("1")
  record MandaatAmended(
      MandaatId mandaatId,
      LocalDate effectiveDate,
      MandaatScope scope,
      BigDecimal ceiling,
      LocalDate endDate,
      String conditions,
      DecisionReference decision)
      implements MandaatEvent {
    @Override
    public DecisionReference decisionReference() {
      return decision;
    }
  }

  @Revision("1")
  record MandaatRevoked(MandaatId mandaatId, LocalDate effectiveDate, DecisionReference decision)
      implements MandaatEvent {
    @Override
    public DecisionReference decisionReference() {
      return decision;
    }
  }

  /** The mandate's term ended; recorded by the ledger itself when the end date arrives. */
  @Revision("1")
  record MandaatExpired(MandaatId mandaatId, LocalDate effectiveDate) implements MandaatEvent {}
}
