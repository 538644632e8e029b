package nl.ipo.ledger.kernel.gremium;

import nl.ipo.ledger.kernel.common.Codes;

/**
 * The role a person holds in a gremium. A lid or plaatsvervanger fills one of a province's seats
 * and so always names the province; the other roles name one only where the sources do.
 */
public enum MemberRole implements Codes.Labelled {
  LID("lid"),
  PLAATSVERVANGER("plaatsvervanger"),
  VOORZITTER("voorzitter"),
  VICEVOORZITTER("vicevoorzitter"),
  ADVISEUR("adviseur"),
  /** Holds a seat on behalf of an organisation rather than a province (BIJ12 in every AAC). */
  VERTEGENWOORDIGER("vertegenwoordiger"),
  /** Holds a post (the Algemeen Directeur). */
  FUNCTIEHOUDER("functiehouder");

  private final String label;

  MemberRole(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** Whether the role fills one of a province's seats (lid or plaatsvervanger). */
  public boolean holdsProvinceSeat() {
    return this == LID || this == PLAATSVERVANGER;
  }

  public static MemberRole parse(String field, String raw) {
    return Codes.parse(MemberRole.class, field, raw);
  }
}
