package nl.ipo.ledger.kernel.begroting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.LineChange;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Content;
import nl.ipo.ledger.kernel.besluit.BesluitId;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.common.LedgerEvent;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.mandaat.MandaatId;
import org.axonframework.serialization.Revision;

/** Every step of a begroting's P&C cycle. Nothing is ever overwritten: a change is a new fact. */
public sealed interface BegrotingEvent extends LedgerEvent {

  @Override
  default String aggregateIdentity() {
    return begrotingId().toString();
  }

  BegrotingId begrotingId();

  @Revision("1")
  record BegrotingDrafted(BegrotingId begrotingId, Content document, LocalDate draftedOn)
      implements BegrotingEvent {
    @Override
    public LocalDate effectiveDate() {
      return draftedOn;
    }
  }

  @Revision("1")
  record BegrotingSubmitted(
      BegrotingId begrotingId, LocalDate submittedOn, DecisionReference decision)
      implements BegrotingEvent {
    @Override
    public LocalDate effectiveDate() {
      return submittedOn;
    }

    @Override
    public DecisionReference decisionReference() {
      return decision;
    }
  }

  @Revision("1")
  record BegrotingApproved(
      BegrotingId begrotingId,
      BesluitId besluitId,
      LocalDate approvedOn,
      DecisionReference decision)
      implements BegrotingEvent {
    @Override
    public LocalDate effectiveDate() {
      return approvedOn;
    }

    @Override
    public DecisionReference decisionReference() {
      return decision;
    }
  }

  @Revision("1")
  record BegrotingAmended(
      BegrotingId begrotingId,
      BesluitId besluitId,
      Nota nota,
      LocalDate effectiveDate,
      List<LineChange> changes,
      DecisionReference decision)
      implements BegrotingEvent {
    @Override
    public DecisionReference decisionReference() {
      return decision;
    }
  }

  @Revision("1")
  record RealisationRecorded(
      BegrotingId begrotingId,
      String opgaveCode,
      CostLine line,
      BigDecimal realised,
      LocalDate asOf,
      String source)
      implements BegrotingEvent {
    @Override
    public LocalDate effectiveDate() {
      return asOf;
    }
  }

  @Revision("1")
  record JaarrekeningAdopted(
      BegrotingId begrotingId,
      BesluitId besluitId,
      LocalDate adoptedOn,
      String auditorStatement,
      DecisionReference decision)
      implements BegrotingEvent {
    @Override
    public LocalDate effectiveDate() {
      return adoptedOn;
    }

    @Override
    public DecisionReference decisionReference() {
      return decision;
    }
  }

  @Revision("1")
  record WerkbudgetUsed(
      BegrotingId begrotingId,
      MandaatId mandaatId,
      Party usedBy,
      BigDecimal amount,
      LocalDate date,
      String description)
      implements BegrotingEvent {
    @Override
    public LocalDate effectiveDate() {
      return date;
    }
  }
}
