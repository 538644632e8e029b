package nl.ipo.ledger.command.rectificatie;

/**
 * Stable codes of the correction rules, as returned in a 422 problem and in the event catalogue.
 * ({@code CORRECTION_OBEYS_THE_RULES} is {@link
 * nl.ipo.ledger.command.CorrectionObeysTheRulesPolicy}'s: every aggregate's corrections use it.)
 */
final class RectificatieRule {

  static final String CORRECTION_OF_THE_SAME_FACT = "CORRECTION_OF_THE_SAME_FACT";
  static final String CORRECTION_KEEPS_EVERY_FIELD = "CORRECTION_KEEPS_EVERY_FIELD";
  static final String FACT_RETRACTED = "FACT_RETRACTED";
  static final String NO_CORRECTION_OF_A_CORRECTION = "NO_CORRECTION_OF_A_CORRECTION";

  private RectificatieRule() {}
}
