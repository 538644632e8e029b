package nl.ipo.ledger.kernel.error;

import nl.ipo.ledger.kernel.common.Bounds;

/**
 * A field of a command or query is missing or malformed; nothing about the ledger's state. The
 * reason is a whole Dutch sentence that names the field and, where there is one, the allowed range
 * or values, because it is shown to the person who typed the value.
 */
public final class InvalidValueException extends LedgerException {

  private static final long serialVersionUID = 1L;
  private final String field;

  public InvalidValueException(String field, String reason) {
    super(reason);
    this.field = field;
  }

  /** The name of the offending field as the caller sent it. */
  public String field() {
    return field;
  }

  /** Rejects a null value. */
  public static <T> T required(String field, T value) {
    if (value == null) {
      throw new InvalidValueException(field, "'" + field + "' is verplicht.");
    }
    return value;
  }

  /**
   * Rejects a null or blank text, one longer than {@code maxLength} or one with a control
   * character; returns it stripped of surrounding white space. Line breaks and tabs are allowed.
   */
  public static String requiredText(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException(field, "'" + field + "' is verplicht en mag niet leeg zijn.");
    }
    return Bounds.text(field, value.strip(), maxLength);
  }

  /** As {@link #requiredText}, for a name: one line, without line breaks or tabs. */
  public static String requiredName(String field, String value, int maxLength) {
    return Bounds.name(field, requiredText(field, value, maxLength), maxLength);
  }
}
