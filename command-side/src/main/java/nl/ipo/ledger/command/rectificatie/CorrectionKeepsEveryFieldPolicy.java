package nl.ipo.ledger.command.rectificatie;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Optional;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.kernel.common.LedgerEvent;

/**
 * A field the original fact had may be corrected, not emptied; taking a fact back is a retraction
 * (or the domain's own command, such as ending a membership).
 */
final class CorrectionKeepsEveryFieldPolicy {

  private CorrectionKeepsEveryFieldPolicy() {}

  static Optional<Rejection> check(LedgerEvent original, LedgerEvent replacement) {
    if (original.getClass() != replacement.getClass() || !original.getClass().isRecord()) {
      return Optional.empty();
    }
    for (RecordComponent component : original.getClass().getRecordComponents()) {
      if (read(component, original) != null && read(component, replacement) == null) {
        return Optional.of(
            new Rejection(
                RectificatieRule.CORRECTION_KEEPS_EVERY_FIELD,
                "replacement." + component.getName(),
                "'"
                    + component.getName()
                    + "' was ingevuld en mag bij een correctie niet leeg worden; trek het feit"
                    + " in als het nooit had mogen bestaan."));
      }
    }
    return Optional.empty();
  }

  private static Object read(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component, e);
    }
  }
}
