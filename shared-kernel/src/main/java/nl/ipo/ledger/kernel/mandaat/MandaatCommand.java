package nl.ipo.ledger.kernel.mandaat;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.ipo.ledger.kernel.common.Bounds;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands on a mandate (mandaat). Amounts are exact euros. */
public sealed interface MandaatCommand {

  MandaatId mandaatId();

  /**
   * Grants a mandate, or, with {@code parentMandaatId}, a sub-mandate: then the mandaatgever is the
   * parent's mandataris and scope, ceiling and term must lie within the parent's.
   *
   * @param mandaatgever the granting body; null for a sub-mandate (it follows from the parent)
   * @param ceiling the most a single decision under the mandate may commit, in euros, or null
   * @param endDate first day the mandate no longer holds, or null for no fixed end
   */
  record GrantMandaat(
      @TargetAggregateIdentifier MandaatId mandaatId,
      Party mandaatgever,
      Party mandataris,
      MandaatScope scope,
      BigDecimal ceiling,
      LocalDate startDate,
      LocalDate endDate,
      String conditions,
      MandaatId parentMandaatId,
      DecisionReference decision)
      implements MandaatCommand {
    public GrantMandaat {
      InvalidValueException.required("mandaatId", mandaatId);
      if (mandaatgever == null && parentMandaatId == null) {
        throw new InvalidValueException(
            "mandaatgever",
            "'mandaatgever' is verplicht, behalve bij een ondermandaat (met parentMandaatId).");
      }
      InvalidValueException.required("mandataris", mandataris);
      InvalidValueException.required("scope", scope);
      ceiling = Money.nonNegative("ceiling", ceiling);
      InvalidValueException.required("startDate", startDate);
      conditions =
          conditions == null || conditions.isBlank()
              ? null
              : Bounds.text("conditions", conditions.strip(), 2000);
      InvalidValueException.required("decisionReference", decision);
    }
  }

  /**
   * Amends a mandate from a date on; every field given replaces the current one, a null keeps it.
   */
  record AmendMandaat(
      @TargetAggregateIdentifier MandaatId mandaatId,
      LocalDate effectiveDate,
      MandaatScope scope,
      BigDecimal ceiling,
      LocalDate endDate,
      String conditions,
      DecisionReference decision)
      implements MandaatCommand {
    public AmendMandaat {
      InvalidValueException.required("mandaatId", mandaatId);
      InvalidValueException.required("effectiveDate", effectiveDate);
      ceiling = Money.nonNegative("ceiling", ceiling);
      conditions =
          conditions == null || conditions.isBlank()
              ? null
              : Bounds.text("conditions", conditions.strip(), 2000);
      InvalidValueException.required("decisionReference", decision);
    }
  }

  /** Revokes (trekt in) a mandate from a date on. */
  record RevokeMandaat(
      @TargetAggregateIdentifier MandaatId mandaatId,
      LocalDate effectiveDate,
      DecisionReference decision)
      implements MandaatCommand {
    public RevokeMandaat {
      InvalidValueException.required("mandaatId", mandaatId);
      InvalidValueException.required("effectiveDate", effectiveDate);
      InvalidValueException.required("decisionReference", decision);
    }
  }

  /** Exact euro amounts. */
  final class Money {
    private Money() {}

    static BigDecimal nonNegative(String field, BigDecimal amount) {
      return Bounds.nonNegativeAmount(field, amount);
    }
  }
}
