package nl.ipo.ledger.command.competentie;

/** Stable codes of the competence matrix's rules, as returned in a 422 problem. */
final class CompetenceRule {

  static final String DECIDERS_REQUIRED = "DECIDERS_REQUIRED";

  private CompetenceRule() {}
}
