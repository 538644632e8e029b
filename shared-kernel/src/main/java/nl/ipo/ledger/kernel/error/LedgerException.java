package nl.ipo.ledger.kernel.error;

/**
 * A rejection the user caused. Each subtype maps to one HTTP status in the web layer, so a caller
 * learns from the type whether to fix the request (400), look elsewhere (404), retry or stop (409)
 * or respect a rule of the statutes (422).
 */
public abstract sealed class LedgerException extends RuntimeException
    permits InvalidValueException, NotFoundException, ConflictException, RuleViolationException {

  private static final long serialVersionUID = 1L;

  protected LedgerException(String message) {
    super(message);
  }
}
