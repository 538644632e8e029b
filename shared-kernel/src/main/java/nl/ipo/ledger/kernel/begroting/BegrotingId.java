package nl.ipo.ledger.kernel.begroting;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import nl.ipo.ledger.kernel.common.Uuids;
import nl.ipo.ledger.kernel.error.InvalidValueException;

/** Identity of one budget document (begroting) of one year. */
public record BegrotingId(@JsonValue UUID value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public BegrotingId {
    InvalidValueException.required("begrotingId", value);
  }

  public static BegrotingId random() {
    return new BegrotingId(UUID.randomUUID());
  }

  public static BegrotingId parse(String field, String raw) {
    return new BegrotingId(Uuids.parse(field, raw));
  }

  /** The aggregate identifier as stored in the event store. */
  @Override
  public String toString() {
    return value.toString();
  }
}
