package nl.ipo.ledger.command.begroting;

/** Stable codes of the budget rules. */
final class BegrotingRule {

  static final String DOCUMENT_STRUCTURE = "DOCUMENT_STRUCTURE";
  static final String PC_CYCLE_ORDER = "PC_CYCLE_ORDER";
  static final String AV_DECIDES_BUDGET = "AV_DECIDES_BUDGET";
  static final String LINE_EXISTS = "LINE_EXISTS";
  static final String WERKBUDGET_WITHIN_MANDATE = "WERKBUDGET_WITHIN_MANDATE";

  private BegrotingRule() {}
}
