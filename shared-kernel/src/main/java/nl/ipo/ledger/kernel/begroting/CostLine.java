package nl.ipo.ledger.kernel.begroting;

import nl.ipo.ledger.kernel.common.Codes;

/** The cost lines of a beleidsopgave; its totaal is their sum. */
public enum CostLine implements Codes.Labelled {
  PROGRAMMALASTEN("programmalasten"),
  DIRECTE_PERSONEELSLASTEN("directe personeelslasten"),
  OVERHEAD("overhead");

  private final String label;

  CostLine(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  public static CostLine parse(String field, String raw) {
    return Codes.parse(CostLine.class, field, raw);
  }
}
