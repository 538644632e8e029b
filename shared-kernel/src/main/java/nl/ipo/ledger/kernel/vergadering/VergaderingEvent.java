package nl.ipo.ledger.kernel.vergadering;

import java.time.LocalDate;
import nl.ipo.ledger.kernel.common.LedgerEvent;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import org.axonframework.serialization.Revision;

/** Facts about meetings. */
public sealed interface VergaderingEvent extends LedgerEvent {

  @Revision("1")
  record VergaderingScheduled(
      VergaderingId vergaderingId, GremiumId gremiumId, LocalDate date, String description)
      implements VergaderingEvent {
    @Override
    public String aggregateIdentity() {
      return vergaderingId.toString();
    }

    @Override
    public LocalDate effectiveDate() {
      return date;
    }
  }
}
