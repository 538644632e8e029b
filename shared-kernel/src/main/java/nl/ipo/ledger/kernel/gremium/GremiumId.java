package nl.ipo.ledger.kernel.gremium;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import nl.ipo.ledger.kernel.common.Uuids;
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
    return new GremiumId(Uuids.parse(field, raw));
  }

  /** The aggregate identifier as stored in the event store. */
  @Override
  public String toString() {
    return value.toString();
  }
}
