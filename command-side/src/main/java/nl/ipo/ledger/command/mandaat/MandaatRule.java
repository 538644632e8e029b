package nl.ipo.ledger.command.mandaat;

/** Stable codes of the mandate rules. */
final class MandaatRule {

  static final String MANDAAT_CLOSED = "MANDAAT_CLOSED";
  static final String DATES_ORDERED = "DATES_ORDERED";
  static final String MANDAATGEVER_IS_COMPETENT_BODY = "MANDAATGEVER_IS_COMPETENT_BODY";
  static final String SUBMANDATE_WITHIN_PARENT = "SUBMANDATE_WITHIN_PARENT";
  static final String MANDATE_SCOPE = "MANDATE_SCOPE";
  static final String AUTHORISING_BESLUIT = "AUTHORISING_BESLUIT";

  private MandaatRule() {}
}
