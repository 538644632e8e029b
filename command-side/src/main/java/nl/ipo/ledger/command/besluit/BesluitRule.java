package nl.ipo.ledger.command.besluit;

/** Stable codes of the decision rules, as returned in a 422 problem. */
final class BesluitRule {

  static final String VOORSTEL_CLOSED = "VOORSTEL_CLOSED";
  static final String DATES_ORDERED = "DATES_ORDERED";
  static final String EFFECTS_MATCH_TYPE = "EFFECTS_MATCH_TYPE";
  static final String NOT_ON_AGENDA = "NOT_ON_AGENDA";
  static final String MEETING_OF_DECIDER = "MEETING_OF_DECIDER";
  static final String COMPETENCE = "COMPETENCE";
  static final String ADVISORY_COMPETENCE = "ADVISORY_COMPETENCE";
  static final String FINANCIAL_MATTERS_PASS_BESTUUR = "FINANCIAL_MATTERS_PASS_BESTUUR";
  static final String VOTE_RESULT_MATCHES_OUTCOME = "VOTE_RESULT_MATCHES_OUTCOME";
  static final String AMENDMENTS_WITH_OUTCOME = "AMENDMENTS_WITH_OUTCOME";
  static final String EFFECTS_APPLICABLE = "EFFECTS_APPLICABLE";
  static final String ONLY_SUBMITTER_WITHDRAWS = "ONLY_SUBMITTER_WITHDRAWS";
  static final String EFFECT_UNKNOWN = "EFFECT_UNKNOWN";

  private BesluitRule() {}
}
