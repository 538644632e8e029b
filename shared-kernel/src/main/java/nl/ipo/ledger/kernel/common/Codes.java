package nl.ipo.ledger.kernel.common;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.ipo.ledger.kernel.error.InvalidValueException;

/**
 * Parses the closed lists of the domain (provinces, gremium types, roles) from what a person types:
 * the code ({@code NOORD_HOLLAND}) or the Dutch label ({@code Noord-Holland}), in any case and with
 * or without diacritics. Anything else is rejected with the allowed values.
 */
public final class Codes {

  private Codes() {}

  /** An enum whose constants have a Dutch label. */
  public interface Labelled {
    String label();
  }

  public static <E extends Enum<E> & Labelled> E parse(Class<E> type, String field, String raw) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidValueException(field, "is required; allowed values: " + allowed(type));
    }
    String wanted = normalise(raw);
    for (E constant : type.getEnumConstants()) {
      if (normalise(constant.name()).equals(wanted) || normalise(constant.label()).equals(wanted)) {
        return constant;
      }
    }
    throw new InvalidValueException(
        field, "unknown value '" + raw.strip() + "'; allowed values: " + allowed(type));
  }

  public static <E extends Enum<E>> String allowed(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  private static String normalise(String text) {
    String withoutMarks =
        Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return withoutMarks.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
  }
}
