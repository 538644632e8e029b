package nl.ipo.ledger.kernel.besluit;

import nl.ipo.ledger.kernel.common.Codes;

/** The kinds of decision the IPO takes; the competence matrix says which body takes which. */
public enum BesluitType implements Codes.Labelled {
  BEGROTING("begroting"),
  BEGROTINGSWIJZIGING("begrotingswijziging"),
  JAARREKENING("jaarrekening"),
  JAARVERSLAG("jaarverslag"),
  MEERJARENAGENDA("meerjarenagenda"),
  JAARPLAN("jaarplan"),
  STATUTENWIJZIGING("statutenwijziging"),
  /** Establish, merge, split, rename or dissolve a gremium. */
  STRUCTUURWIJZIGING("structuurwijziging"),
  BENOEMING("benoeming"),
  MANDAATVERLENING("mandaatverlening"),
  FINANCIEEL_BESLUIT("financieel besluit"),
  STANDPUNT("standpunt");

  private final String label;

  BesluitType(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  public static BesluitType parse(String field, String raw) {
    return Codes.parse(BesluitType.class, field, raw);
  }
}
