package nl.ipo.ledger.kernel.common;

import nl.ipo.ledger.kernel.besluit.BesluitId;
import nl.ipo.ledger.kernel.error.InvalidValueException;

/**
 * The decision that authorises a change. {@code text} cites it as the secretariat does (for example
 * "Bestuur 2023-07-06, agendapunt 4"); {@code besluitId} links it to a besluit recorded in the
 * ledger, so that "which decision made this body" and "what did this decision change" are one
 * query. Changes carried out by a besluit's effects always carry its id.
 *
 * @param text the citation, stripped, at most 500 characters
 * @param besluitId the besluit in the ledger, or null where the decision is only cited
 */
public record DecisionReference(String text, BesluitId besluitId) {

  public static final int MAX_LENGTH = 500;

  public DecisionReference {
    text = InvalidValueException.requiredText("decisionReference", text, MAX_LENGTH);
  }

  /**
   * A decision as a request gives it: the citation, and optionally the id of the besluit in the
   * ledger as text (a blank one is none; a malformed one is refused naming {@code besluitId}).
   */
  public static DecisionReference of(String text, String besluitId) {
    return new DecisionReference(
        text,
        besluitId == null || besluitId.isBlank() ? null : BesluitId.parse("besluitId", besluitId));
  }

  /** A decision cited by text only. */
  public DecisionReference(String text) {
    this(text, null);
  }

  @Override
  public String toString() {
    return besluitId == null ? text : text + " [besluit " + besluitId + "]";
  }
}
