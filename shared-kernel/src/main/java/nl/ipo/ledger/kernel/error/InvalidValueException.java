package nl.ipo.ledger.kernel.error;

/** A field of a command or query is missing or malformed; nothing about the ledger's state. */
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
      throw new InvalidValueException(field, "is required");
    }
    return value;
  }

  /** Rejects a null or blank text and returns it stripped of surrounding white space. */
  public static String requiredText(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException(field, "is required and may not be blank");
    }
    String stripped = value.strip();
    if (stripped.length() > maxLength) {
      throw new InvalidValueException(
          field, "may be at most " + maxLength + " characters, was " + stripped.length());
    }
    return stripped;
  }
}
