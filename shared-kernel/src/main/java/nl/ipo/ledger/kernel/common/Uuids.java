package nl.ipo.ledger.kernel.common;

import java.util.UUID;
import nl.ipo.ledger.kernel.error.InvalidValueException;

/** Parses the UUIDs behind the typed ids, naming the field when the text is not one. */
public final class Uuids {

  private Uuids() {}

  public static UUID parse(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidValueException(field, "'" + field + "' is verplicht.");
    }
    try {
      return UUID.fromString(raw.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException(
          field,
          "'"
              + field
              + "' moet een id zijn in de vorm 8-4-4-4-12 hexadecimale tekens (een UUID), maar is '"
              + Codes.abbreviate(raw.strip())
              + "'.");
    }
  }
}
