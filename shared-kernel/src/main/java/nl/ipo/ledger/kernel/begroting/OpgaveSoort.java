package nl.ipo.ledger.kernel.begroting;

import nl.ipo.ledger.kernel.common.Codes;

/**
 * Whether a beleidsopgave belongs to the basisbegroting or is money passed on for the provinces.
 */
public enum OpgaveSoort implements Codes.Labelled {
  BASIS("basisbegroting"),
  KASSIER("kassiersfunctie");

  private final String label;

  OpgaveSoort(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  public static OpgaveSoort parse(String field, String raw) {
    return Codes.parse(OpgaveSoort.class, field, raw);
  }
}
