package nl.ipo.ledger.kernel.gremium;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import nl.ipo.ledger.kernel.error.InvalidValueException;

/** Identity of a gremium. A gremium keeps it through a rename, never through a merger. */
public record GremiumId(@JsonValue UUID value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public GremiumId {
    InvalidValueException.required("gremiumId", value);
  }

  public static GremiumId random() {
    return new GremiumId(UUID.randomUUID());
  }

  public static GremiumId parse(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidValueException(field, "is required");
    }
    try {
      return new GremiumId(UUID.fromString(raw.strip()));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException(field, "is not a UUID: '" + raw.strip() + "'");
    }
  }

  /** The aggregate identifier as stored in the event store. */
  @Override
  public String toString() {
    return value.toString();
  }
}
