package nl.ipo.ledger.kernel.mandaat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import nl.ipo.ledger.kernel.common.Uuids;
import nl.ipo.ledger.kernel.error.InvalidValueException;

/** Identity of a mandate; it keeps it through amendments. */
public record MandaatId(@JsonValue UUID value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public MandaatId {
    InvalidValueException.required("mandaatId", value);
  }

  public static MandaatId random() {
    return new MandaatId(UUID.randomUUID());
  }

  public static MandaatId parse(String field, String raw) {
    return new MandaatId(Uuids.parse(field, raw));
  }

  /** The aggregate identifier as stored in the event store. */
  @Override
  public String toString() {
    return value.toString();
  }
}
