package nl.ipo.ledger.kernel.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.ipo.ledger.kernel.error.InvalidValueException;

/**
 * The decision that authorises a change, as the secretariat cites it (for example "Bestuur
 * 2023-07-06, agendapunt 4"). Until decisions are first-class in the ledger this is a required,
 * non-blank text.
 *
 * @param text the citation, stripped, at most 500 characters
 */
public record DecisionReference(@JsonValue String text) {

  public static final int MAX_LENGTH = 500;

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public DecisionReference {
    text = InvalidValueException.requiredText("decisionReference", text, MAX_LENGTH);
  }

  @Override
  public String toString() {
    return text;
  }
}
