package nl.ipo.ledger.command.gremium;

/** Stable codes of the gremium rules, as returned in a 422 problem and in the event catalogue. */
final class GremiumRule {

  static final String DISSOLVED_GREMIUM_IS_CLOSED = "DISSOLVED_GREMIUM_IS_CLOSED";
  static final String DATES_WITHIN_LIFETIME = "DATES_WITHIN_LIFETIME";
  static final String DATES_ORDERED = "DATES_ORDERED";
  static final String TEMPORARY_GREMIUM_NEEDS_TERM = "TEMPORARY_GREMIUM_NEEDS_TERM";
  static final String PARENT_GREMIUM = "PARENT_GREMIUM";
  static final String SEATS_PER_PROVINCE = "SEATS_PER_PROVINCE";
  static final String SINGLE_VOORZITTER = "SINGLE_VOORZITTER";
  static final String MEMBERSHIP_ALREADY_ENDED = "MEMBERSHIP_ALREADY_ENDED";
  static final String AUTHORISING_BESLUIT = "AUTHORISING_BESLUIT";
  static final String SUCCESSOR_EXISTS = "SUCCESSOR_EXISTS";
  static final String POST_HOLDER = "POST_HOLDER";

  private GremiumRule() {}
}
