package nl.ipo.ledger.command;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import nl.ipo.ledger.kernel.common.LedgerEvent;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import nl.ipo.ledger.kernel.error.LedgerException;
import nl.ipo.ledger.kernel.error.RuleViolationException;

/**
 * A corrected fact judged as the command that would record it: each aggregate folds its facts
 * before the corrected one into state and runs its own decision on the command equivalent of the
 * replacement. This class turns that decision's outcome into the correction's: a broken rule keeps
 * its code, a field the command would record differently (a value the aggregate derives, such as a
 * gremium's previous name or the date of the AV's besluit) is a {@link #CORRECTION_OBEYS_THE_RULES}
 * rejection, and a malformed value is a 400 on the replacement's field. The rules themselves stay
 * in the aggregates' decisions and policies; nothing here repeats them.
 */
public final class CorrectionObeysTheRulesPolicy {

  /** The corrected fact does not fit what was recorded about the record before it. */
  public static final String CORRECTION_OBEYS_THE_RULES = "CORRECTION_OBEYS_THE_RULES";

  private CorrectionObeysTheRulesPolicy() {}

  /**
   * @param record the record as a sentence names it ("dit gremium")
   * @param replacement the corrected fact
   * @param decision runs the aggregate's decision on the command equivalent of the replacement,
   *     against the state before the original fact; an empty result means the command would repeat
   *     a fact recorded earlier, which breaks no rule
   * @param recordedAsGiven fields the decision derives at the time of recording but that are kept
   *     as the fact states them (a competence basis worded when the besluit was taken)
   */
  public static Optional<Rejection> judge(
      String record,
      LedgerEvent replacement,
      Supplier<? extends List<?>> decision,
      Set<String> recordedAsGiven) {
    List<?> recorded;
    try {
      recorded = decision.get();
    } catch (RuleViolationException broken) {
      return Optional.of(
          new Rejection(
              broken.rule(),
              "replacement." + broken.field(),
              "De correctie zou een regel schenden: " + broken.getMessage()));
    } catch (InvalidValueException invalid) {
      throw new InvalidValueException("replacement." + invalid.field(), invalid.getMessage());
    } catch (LedgerException other) {
      return Optional.of(
          new Rejection(
              CORRECTION_OBEYS_THE_RULES,
              "replacement",
              "De correctie past niet bij wat er eerder over "
                  + record
                  + " is vastgelegd: "
                  + other.getMessage()));
    }
    if (recorded.isEmpty()) {
      return Optional.empty();
    }
    Optional<Rejection> closest = Optional.empty();
    for (Object fact : recorded) {
      if (fact.getClass() != replacement.getClass()) {
        continue;
      }
      Optional<Rejection> difference = difference(fact, replacement, recordedAsGiven);
      if (difference.isEmpty()) {
        return Optional.empty();
      }
      closest = closest.or(() -> difference);
    }
    return Optional.of(
        closest.orElseGet(
            () ->
                new Rejection(
                    CORRECTION_OBEYS_THE_RULES,
                    "replacement",
                    "Met wat er eerder over "
                        + record
                        + " is vastgelegd, zou de opdracht voor dit feit iets anders vastleggen"
                        + " dan de correctie.")));
  }

  /**
   * A field the command derives from the record (a rename's previous name) was given otherwise: the
   * corrected fact is not one the command would record.
   */
  public static Rejection derivedFieldDiffers(String field, String reason) {
    return new Rejection(CORRECTION_OBEYS_THE_RULES, field, reason);
  }

  /** As {@link #judge(String, LedgerEvent, Supplier, Set)}, every field as the decision has it. */
  public static Optional<Rejection> judge(
      String record, LedgerEvent replacement, Supplier<? extends List<?>> decision) {
    return judge(record, replacement, decision, Set.of());
  }

  /** The first field in which the replacement differs from what the command would record. */
  private static Optional<Rejection> difference(
      Object recorded, LedgerEvent replacement, Set<String> recordedAsGiven) {
    for (RecordComponent component : replacement.getClass().getRecordComponents()) {
      if (recordedAsGiven.contains(component.getName())) {
        continue;
      }
      Object expected = read(component, recorded);
      Object given = read(component, replacement);
      if (!same(expected, given)) {
        String name = component.getName();
        return Optional.of(
            new Rejection(
                CORRECTION_OBEYS_THE_RULES,
                "replacement." + name,
                "'"
                    + name
                    + "' volgt uit wat er eerder is vastgelegd"
                    + describe(expected, given)
                    + "; de opdracht voor dit feit zou het niet zo vastleggen."));
      }
    }
    return Optional.empty();
  }

  /** Equal facts; an amount is the same amount whatever its scale (100.5 and 100.50). */
  private static boolean same(Object expected, Object given) {
    if (expected instanceof BigDecimal a && given instanceof BigDecimal b) {
      return a.compareTo(b) == 0;
    }
    return Objects.equals(expected, given);
  }

  /** The two values, where they read well in a sentence; structured values are not spelled out. */
  private static String describe(Object expected, Object given) {
    if (!readable(expected) || !readable(given)) {
      return "";
    }
    return ": volgens de regels is het " + value(expected) + ", de correctie noemt " + value(given);
  }

  private static boolean readable(Object value) {
    return value == null
        || value instanceof String
        || value instanceof LocalDate
        || value instanceof BigDecimal
        || value instanceof Number
        || value instanceof Enum<?>;
  }

  private static String value(Object value) {
    if (value == null) {
      return "leeg";
    } else if (value instanceof LocalDate day) {
      return Dutch.date(day);
    } else if (value instanceof BigDecimal amount) {
      return Dutch.amount(amount);
    } else if (value instanceof String text) {
      return "'" + text + "'";
    }
    return value.toString();
  }

  private static Object read(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component, e);
    }
  }
}
