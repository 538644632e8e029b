package nl.ipo.ledger.command.besluit;

/** Stable codes of the decision rules, as returned in a 422 problem. */
public final class BesluitRule {

  public static final String VOORSTEL_CLOSED = "VOORSTEL_CLOSED";
  public static final String DATES_ORDERED = "DATES_ORDERED";
  public static final String EFFECTS_MATCH_TYPE = "EFFECTS_MATCH_TYPE";
  public static final String NOT_ON_AGENDA = "NOT_ON_AGENDA";
  public static final String MEETING_OF_DECIDER = "MEETING_OF_DECIDER";
  public static final String COMPETENCE = "COMPETENCE";
  public static final String DECIDING_BODY_MAY_DECIDE = "DECIDING_BODY_MAY_DECIDE";
  public static final String ADVISORY_COMPETENCE = "ADVISORY_COMPETENCE";
  public static final String FINANCIAL_MATTERS_PASS_BESTUUR = "FINANCIAL_MATTERS_PASS_BESTUUR";
  public static final String VOTE_RESULT_MATCHES_OUTCOME = "VOTE_RESULT_MATCHES_OUTCOME";
  public static final String VOTERS_SIT_IN_DECIDER = "VOTERS_SIT_IN_DECIDER";
  public static final String AMENDMENTS_WITH_OUTCOME = "AMENDMENTS_WITH_OUTCOME";
  public static final String EFFECTS_APPLICABLE = "EFFECTS_APPLICABLE";
  public static final String ONLY_SUBMITTER_WITHDRAWS = "ONLY_SUBMITTER_WITHDRAWS";
  public static final String EFFECT_UNKNOWN = "EFFECT_UNKNOWN";
  public static final String TASK_SHARES = "TASK_SHARES";

  private BesluitRule() {}
}
