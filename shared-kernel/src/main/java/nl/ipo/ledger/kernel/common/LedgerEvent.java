package nl.ipo.ledger.kernel.common;

import java.time.LocalDate;

/** What every event of the ledger tells: the day from which its fact holds (valid time). */
public interface LedgerEvent {

  LocalDate effectiveDate();

  /** The id of the aggregate whose stream holds the fact. */
  String aggregateIdentity();

  /** The decision behind the fact, where there is one. */
  default DecisionReference decisionReference() {
    return null;
  }
}
