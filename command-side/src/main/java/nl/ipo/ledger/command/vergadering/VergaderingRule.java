package nl.ipo.ledger.command.vergadering;

/** Stable codes of the meeting rules, as returned in a 422 problem and in the event catalogue. */
final class VergaderingRule {

  static final String GREMIUM_MEETS_WHILE_IN_FORCE = "GREMIUM_MEETS_WHILE_IN_FORCE";

  private VergaderingRule() {}
}
