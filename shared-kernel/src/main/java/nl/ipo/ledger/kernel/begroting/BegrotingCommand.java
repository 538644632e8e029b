package nl.ipo.ledger.kernel.begroting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Content;
import nl.ipo.ledger.kernel.besluit.BesluitId;
import nl.ipo.ledger.kernel.common.Bounds;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import nl.ipo.ledger.kernel.mandaat.MandaatId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands on a begroting through its P&C cycle. Amounts are exact euros. */
public sealed interface BegrotingCommand {

  BegrotingId begrotingId();

  /** The bureau's draft: the whole document, as printed. */
  record DraftBegroting(
      @TargetAggregateIdentifier BegrotingId begrotingId, Content document, LocalDate draftedOn)
      implements BegrotingCommand {
    public DraftBegroting {
      InvalidValueException.required("begrotingId", begrotingId);
      InvalidValueException.required("document", document);
      InvalidValueException.required("draftedOn", draftedOn);
    }
  }

  /** The bestuur submits the begroting to the AV. */
  record SubmitBegroting(
      @TargetAggregateIdentifier BegrotingId begrotingId,
      LocalDate submittedOn,
      DecisionReference decision)
      implements BegrotingCommand {
    public SubmitBegroting {
      InvalidValueException.required("begrotingId", begrotingId);
      InvalidValueException.required("submittedOn", submittedOn);
      InvalidValueException.required("decisionReference", decision);
    }
  }

  /** Records the AV's approval: the besluit must be the AV's adopted besluit on a begroting. */
  record ApproveBegroting(@TargetAggregateIdentifier BegrotingId begrotingId, BesluitId besluitId)
      implements BegrotingCommand {
    public ApproveBegroting {
      InvalidValueException.required("begrotingId", begrotingId);
      InvalidValueException.required("besluitId", besluitId);
    }
  }

  /** One change of one cost line, in euros (negative to lower it). */
  record LineChange(String opgaveCode, CostLine line, BigDecimal delta) {
    public LineChange {
      opgaveCode = InvalidValueException.requiredText("changes.opgaveCode", opgaveCode, 20);
      InvalidValueException.required("changes.line", line);
      delta =
          Bounds.amount("changes.delta", InvalidValueException.required("changes.delta", delta));
    }
  }

  /**
   * A begrotingswijziging (voorjaars- or najaarsnota): an AV besluit naming the lines it changes.
   */
  record AmendBegroting(
      @TargetAggregateIdentifier BegrotingId begrotingId,
      BesluitId besluitId,
      Nota nota,
      LocalDate effectiveDate,
      List<LineChange> changes)
      implements BegrotingCommand {
    public AmendBegroting {
      InvalidValueException.required("begrotingId", begrotingId);
      InvalidValueException.required("besluitId", besluitId);
      InvalidValueException.required("nota", nota);
      InvalidValueException.required("effectiveDate", effectiveDate);
      changes = Bounds.list("changes", InvalidValueException.required("changes", changes), 500);
      if (changes.isEmpty()) {
        throw new InvalidValueException(
            "changes", "'changes' noemt minstens één begrotingsregel die wijzigt.");
      }
    }
  }

  /** The amount realised on a cost line, cumulatively, as of a date. */
  record RecordRealisation(
      @TargetAggregateIdentifier BegrotingId begrotingId,
      String opgaveCode,
      CostLine line,
      BigDecimal realised,
      LocalDate asOf,
      String source)
      implements BegrotingCommand {
    public RecordRealisation {
      InvalidValueException.required("begrotingId", begrotingId);
      opgaveCode = InvalidValueException.requiredText("opgaveCode", opgaveCode, 20);
      InvalidValueException.required("line", line);
      realised =
          Bounds.nonNegativeAmount(
              "realised", InvalidValueException.required("realised", realised));
      InvalidValueException.required("asOf", asOf);
      source = InvalidValueException.requiredText("source", source, 500);
    }
  }

  /** The AV adopts the jaarrekening, with the auditor's statement. */
  record AdoptJaarrekening(
      @TargetAggregateIdentifier BegrotingId begrotingId,
      BesluitId besluitId,
      String auditorStatement)
      implements BegrotingCommand {
    public AdoptJaarrekening {
      InvalidValueException.required("begrotingId", begrotingId);
      InvalidValueException.required("besluitId", besluitId);
      auditorStatement =
          InvalidValueException.requiredText("auditorStatement", auditorStatement, 500);
    }
  }

  /** Spending from the werkbudget under the mandate the AV gave the directie. */
  record RecordWerkbudgetUse(
      @TargetAggregateIdentifier BegrotingId begrotingId,
      MandaatId mandaatId,
      Party usedBy,
      BigDecimal amount,
      LocalDate date,
      String description)
      implements BegrotingCommand {
    public RecordWerkbudgetUse {
      InvalidValueException.required("begrotingId", begrotingId);
      InvalidValueException.required("mandaatId", mandaatId);
      InvalidValueException.required("usedBy", usedBy);
      amount = Bounds.amount("amount", InvalidValueException.required("amount", amount));
      if (amount.signum() <= 0) {
        throw new InvalidValueException("amount", "'amount' moet een bedrag groter dan nul zijn.");
      }
      InvalidValueException.required("date", date);
      description = InvalidValueException.requiredText("description", description, 500);
    }
  }
}
