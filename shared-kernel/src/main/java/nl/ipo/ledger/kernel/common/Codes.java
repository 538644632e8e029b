package nl.ipo.ledger.kernel.common;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ipo.ledger.kernel.error.InvalidValueException;

/**
 * Parses the closed lists of the domain (provinces, gremium types, roles) from what a person types:
 * the code ({@code NOORD_HOLLAND}) or the Dutch label ({@code Noord-Holland}), in any case and with
 * or without diacritics. Anything else is rejected with the allowed values.
 */
public final class Codes {

  private Codes() {}

  /**
   * Each labelled enum's constants by the normalised spellings a person may type (code and label),
   * computed once per enum: every request that names a province or a role parses one, and
   * normalising every constant's code and label for each of them cost a measurable share of a
   * command's CPU (docs/performance.md). Where two constants share a spelling, the first declared
   * wins, as a scan in declaration order would have it.
   */
  private static final ClassValue<Map<String, Enum<?>>> SPELLINGS =
      new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
          Map<String, Enum<?>> spellings = new HashMap<>();
          for (Object constant : type.getEnumConstants()) {
            Enum<?> value = (Enum<?>) constant;
            spellings.putIfAbsent(normalise(value.name()), value);
            spellings.putIfAbsent(normalise(((Labelled) constant).label()), value);
          }
          return Map.copyOf(spellings);
        }
      };

  /** An enum whose constants have a Dutch label. */
  public interface Labelled {
    String label();
  }

  public static <E extends Enum<E> & Labelled> E parse(Class<E> type, String field, String raw) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidValueException(
          field, "'" + field + "' is verplicht; kies uit: " + allowed(type) + ".");
    }
    Enum<?> found = SPELLINGS.get(type).get(normalise(raw));
    if (found != null) {
      return type.cast(found);
    }
    throw new InvalidValueException(
        field,
        "'"
            + field
            + "' kent de waarde '"
            + abbreviate(raw.strip())
            + "' niet; kies uit: "
            + allowed(type)
            + ".");
  }

  /** The allowed values, by their codes; for labelled enums each with its Dutch label. */
  public static <E extends Enum<E>> String allowed(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(
            e ->
                e instanceof Labelled l && !l.label().equalsIgnoreCase(e.name())
                    ? e.name() + " (" + l.label() + ")"
                    : e.name())
        .collect(Collectors.joining(", "));
  }

  /** A wrong value is echoed back, but never at any length. */
  public static String abbreviate(String raw) {
    String line = raw.replaceAll("[\\p{Cntrl}\\p{Cf}]", "?");
    return line.length() <= 60 ? line : line.substring(0, 60) + "…";
  }

  private static String normalise(String text) {
    String withoutMarks =
        Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return withoutMarks.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
  }
}
