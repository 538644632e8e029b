package nl.ipo.ledger.kernel.besluit;

import nl.ipo.ledger.kernel.common.Codes;

/** One member's or province's vote. Abstentions and absences are not votes cast. */
public enum VoteChoice implements Codes.Labelled {
  FOR("voor"),
  AGAINST("tegen"),
  ABSTAIN("onthouding"),
  ABSENT("afwezig");

  private final String label;

  VoteChoice(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  public static VoteChoice parse(String field, String raw) {
    return Codes.parse(VoteChoice.class, field, raw);
  }
}
