package nl.ipo.ledger.kernel.error;

/** The command or query names something the ledger does not know. */
public final class NotFoundException extends LedgerException {

  private static final long serialVersionUID = 1L;
  private final String field;

  public NotFoundException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
