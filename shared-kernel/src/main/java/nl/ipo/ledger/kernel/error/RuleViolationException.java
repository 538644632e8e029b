package nl.ipo.ledger.kernel.error;

/**
 * The command is well formed but a rule of the statutes or of the ledger forbids it in the current
 * state. {@link #rule()} names the rule (stable, for clients and the event catalogue) and {@link
 * #field()} the field that the rule judged.
 */
public final class RuleViolationException extends LedgerException {

  private static final long serialVersionUID = 1L;
  private final String rule;
  private final String field;

  public RuleViolationException(String rule, String field, String reason) {
    super(reason);
    this.rule = rule;
    this.field = field;
  }

  public String rule() {
    return rule;
  }

  public String field() {
    return field;
  }
}
