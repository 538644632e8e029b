package nl.ipo.ledger.kernel.besluit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import nl.ipo.ledger.kernel.common.Uuids;
import nl.ipo.ledger.kernel.error.InvalidValueException;

/** Identity of a decision-making process (besluitvorming): one voorstel and the besluit on it. */
public record BesluitId(@JsonValue UUID value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public BesluitId {
    InvalidValueException.required("besluitId", value);
  }

  public static BesluitId random() {
    return new BesluitId(UUID.randomUUID());
  }

  public static BesluitId parse(String field, String raw) {
    return new BesluitId(Uuids.parse(field, raw));
  }

  /** The aggregate identifier as stored in the event store. */
  @Override
  public String toString() {
    return value.toString();
  }
}
