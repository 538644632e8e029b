package nl.ipo.ledger.infra.web.pages.toegang;

import java.util.List;
import java.util.Map;

/**
 * What the page Toegangssleutels shows.
 *
 * @param aan whether personal tokens are switched on in this installation
 * @param eigen the user's own tokens, newest first
 * @param alle every user's active tokens, for the administrator; null for other roles
 * @param invoer what the form holds, with the errors per field
 * @param nieuw the secret of the token just made, shown this once; null otherwise
 */
public record SleutelsModel(
    boolean aan,
    List<Rij> eigen,
    List<Rij> alle,
    Invoer invoer,
    String vandaag,
    String uiterlijk,
    int maxGeldig,
    String nieuw,
    String nieuweOmschrijving) {

  /** One token as listed. */
  public record Rij(
      String id,
      String gebruiker,
      String omschrijving,
      String gemaakt,
      String geldigTotEnMet,
      String laatstGebruikt,
      String status,
      boolean geldig) {}

  /** The form's values and its errors, by field name. */
  public record Invoer(String omschrijving, String geldigTot, Map<String, String> fouten) {
    public String fout(String veld) {
      return fouten.get(veld);
    }

    public boolean heeftFouten() {
      return !fouten.isEmpty();
    }
  }
}
