package nl.ipo.ledger.kernel.vergadering;

import java.time.LocalDate;
import nl.ipo.ledger.kernel.common.Bounds;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands on meetings (vergaderingen), at which voorstellen are discussed and decided. */
public sealed interface VergaderingCommand {

  /** Schedules (or, afterwards, records) a meeting of a gremium on a date. */
  record ScheduleVergadering(
      @TargetAggregateIdentifier VergaderingId vergaderingId,
      GremiumId gremiumId,
      LocalDate date,
      String description)
      implements VergaderingCommand {
    public ScheduleVergadering {
      InvalidValueException.required("vergaderingId", vergaderingId);
      InvalidValueException.required("gremiumId", gremiumId);
      InvalidValueException.required("date", date);
      description =
          description == null || description.isBlank()
              ? null
              : Bounds.text("description", description.strip(), 1000);
    }
  }
}
