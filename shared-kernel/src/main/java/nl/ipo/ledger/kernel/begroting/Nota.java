package nl.ipo.ledger.kernel.begroting;

import nl.ipo.ledger.kernel.common.Codes;

/** The P&C documents that amend a begroting during its year. */
public enum Nota implements Codes.Labelled {
  VOORJAARSNOTA("voorjaarsnota"),
  NAJAARSNOTA("najaarsnota");

  private final String label;

  Nota(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  public static Nota parse(String field, String raw) {
    return Codes.parse(Nota.class, field, raw);
  }
}
