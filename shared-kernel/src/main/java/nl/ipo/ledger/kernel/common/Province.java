package nl.ipo.ledger.kernel.common;

/** The twelve provinces that form the IPO. A fixed list: the statutes know no others. */
public enum Province implements Codes.Labelled {
  GRONINGEN("Groningen"),
  FRYSLAN("Fryslân"),
  DRENTHE("Drenthe"),
  OVERIJSSEL("Overijssel"),
  FLEVOLAND("Flevoland"),
  GELDERLAND("Gelderland"),
  UTRECHT("Utrecht"),
  NOORD_HOLLAND("Noord-Holland"),
  ZUID_HOLLAND("Zuid-Holland"),
  ZEELAND("Zeeland"),
  NOORD_BRABANT("Noord-Brabant"),
  LIMBURG("Limburg");

  private final String label;

  Province(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  public static Province parse(String field, String raw) {
    return Codes.parse(Province.class, field, raw);
  }
}
