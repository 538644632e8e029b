package nl.ipo.ledger.kernel.begroting;

import nl.ipo.ledger.kernel.common.Codes;

/** What changed a cost line: its original amount, an amendment, or a realisation. */
public enum LineChangeKind implements Codes.Labelled {
  PRIMITIEF("primitieve begroting"),
  WIJZIGING("begrotingswijziging"),
  REALISATIE("realisatie");

  private final String label;

  LineChangeKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
