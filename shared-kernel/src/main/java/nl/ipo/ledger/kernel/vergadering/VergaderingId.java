package nl.ipo.ledger.kernel.vergadering;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import nl.ipo.ledger.kernel.common.Uuids;
import nl.ipo.ledger.kernel.error.InvalidValueException;

/** Identity of a meeting (vergadering) of a gremium. */
public record VergaderingId(@JsonValue UUID value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public VergaderingId {
    InvalidValueException.required("vergaderingId", value);
  }

  public static VergaderingId random() {
    return new VergaderingId(UUID.randomUUID());
  }

  public static VergaderingId parse(String field, String raw) {
    return new VergaderingId(Uuids.parse(field, raw));
  }

  /** The aggregate identifier as stored in the event store. */
  @Override
  public String toString() {
    return value.toString();
  }
}
