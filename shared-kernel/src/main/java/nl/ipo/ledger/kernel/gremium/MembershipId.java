package nl.ipo.ledger.kernel.gremium;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import nl.ipo.ledger.kernel.common.Uuids;
import nl.ipo.ledger.kernel.error.InvalidValueException;

/** Identity of one membership: one person in one role in one gremium for one term. */
public record MembershipId(@JsonValue UUID value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public MembershipId {
    InvalidValueException.required("membershipId", value);
  }

  public static MembershipId random() {
    return new MembershipId(UUID.randomUUID());
  }

  public static MembershipId parse(String field, String raw) {
    return new MembershipId(Uuids.parse(field, raw));
  }

  /** The aggregate identifier as stored in the event store. */
  @Override
  public String toString() {
    return value.toString();
  }
}
