package nl.ipo.ledger.kernel.besluit;

import nl.ipo.ledger.kernel.common.Codes;

/** How a body disposed of a voorstel. */
public enum BesluitOutcome implements Codes.Labelled {
  ADOPTED("aangenomen"),
  ADOPTED_WITH_AMENDMENTS("aangenomen met amendementen"),
  REJECTED("verworpen"),
  /** Aangehouden: not decided yet; the voorstel can be decided at a later meeting. */
  DEFERRED("aangehouden");

  private final String label;

  BesluitOutcome(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  public boolean isAdopted() {
    return this == ADOPTED || this == ADOPTED_WITH_AMENDMENTS;
  }

  public static BesluitOutcome parse(String field, String raw) {
    return Codes.parse(BesluitOutcome.class, field, raw);
  }
}
