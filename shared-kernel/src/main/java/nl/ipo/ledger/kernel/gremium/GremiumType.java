package nl.ipo.ledger.kernel.gremium;

import nl.ipo.ledger.kernel.common.Codes;

/** The kinds of body the IPO statutes and practice know. */
public enum GremiumType implements Codes.Labelled {
  /** Algemene Vergadering: 24 Statenleden, two per province. */
  AV("Algemene Vergadering"),
  /** IPO-bestuur: one gedeputeerde per province with a deputy, a CdK as chair. */
  BESTUUR("bestuur"),
  /** Bestuurlijke adviescommissie. */
  BAC("BAC"),
  /** Ambtelijke adviescommissie, prepares a BAC. */
  AAC("AAC"),
  /** Bestuurlijke commissie (for example BC Stikstof). */
  BC("BC"),
  /** Ambtelijke commissie, prepares a BC. */
  AC("AC"),
  /** A few bestuurders mandated by the bestuur. */
  KOPGROEP("kopgroep"),
  /** Bestuurlijk overleg (for example BOD Werkgeverszaken). */
  BOD("BOD"),
  /** Kring van provinciesecretarissen. */
  KPS("KPS"),
  /** A temporary body with a begin and an end date. */
  TIJDELIJK_GREMIUM("tijdelijk gremium"),
  /** A working group with a begin and an end date. */
  WERKGROEP("werkgroep"),
  /** An execution organisation of the provinces inside the IPO (BIJ12). */
  UITVOERINGSORGANISATIE("uitvoeringsorganisatie"),
  /** An office with staff (the IPO-bureau; the Huis van de Nederlandse Provincies in Brussels). */
  BUREAU("bureau"),
  /** A post one person holds (the Algemeen Directeur); its holder has the role functiehouder. */
  FUNCTIE("functie");

  private final String label;

  GremiumType(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** Whether the body exists for a fixed term and so needs an end date. */
  public boolean isTemporary() {
    return this == TIJDELIJK_GREMIUM || this == WERKGROEP;
  }

  public static GremiumType parse(String field, String raw) {
    return Codes.parse(GremiumType.class, field, raw);
  }
}
