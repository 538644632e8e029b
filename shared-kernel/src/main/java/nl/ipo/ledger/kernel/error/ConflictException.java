package nl.ipo.ledger.kernel.error;

/**
 * The command clashes with what is already recorded under the same identity, for instance an id
 * that is in use for a different gremium. A repeat of the very same command is not a conflict but
 * an explicit no-op.
 */
public final class ConflictException extends LedgerException {

  private static final long serialVersionUID = 1L;
  private final String field;

  public ConflictException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
