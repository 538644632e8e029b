package nl.ipo.ledger.kernel.competentie;

import nl.ipo.ledger.kernel.besluit.VoteTally;
import nl.ipo.ledger.kernel.common.Codes;

/** How a vote decides. Votes cast are those for and against; abstentions and absences are not. */
public enum VotingRule implements Codes.Labelled {
  /** Adopted when more votes are cast for than against. */
  MAJORITY_OF_VOTES_CAST("meerderheid van de uitgebrachte stemmen"),
  /** Adopted when at least two thirds of the votes cast are for. */
  TWO_THIRDS_OF_VOTES_CAST("twee derde van de uitgebrachte stemmen");

  private final String label;

  VotingRule(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /**
   * Whether a vote with this count adopts the voorstel under this rule: the one place the rule is
   * computed, for the command side's check and for the tally a form shows while it is filled in.
   */
  public boolean adopts(VoteTally tally) {
    return switch (this) {
      case MAJORITY_OF_VOTES_CAST -> tally.voor() > tally.tegen();
      case TWO_THIRDS_OF_VOTES_CAST -> tally.cast() > 0 && 3L * tally.voor() >= 2L * tally.cast();
    };
  }

  public static VotingRule parse(String field, String raw) {
    return Codes.parse(VotingRule.class, field, raw);
  }
}
