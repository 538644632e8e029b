package nl.ipo.ledger.infra.web.pages.beheer;

import java.util.List;
import java.util.Map;
import nl.ipo.ledger.infra.admin.ProjectionRebuilds;

/**
 * What the administrator's page shows: the rebuild's progress, the parked events per group, and the
 * processors that stopped on an error.
 */
public record BeheerModel(
    Voortgang voortgang, List<Groep> groepen, Map<String, String> geblokkeerd) {

  /** The rebuild's state: per read model how far it is. */
  public record Voortgang(boolean klaar, List<Stap> leesmodellen) {}

  /** One read model's progress. */
  public record Stap(String naam, boolean bezig, long positie, long kop, int procent) {}

  /** One processing group's parked events. */
  public record Groep(String code, String naam, long aantal, List<Geparkeerd> feiten) {}

  /** One parked event, with why it was parked. */
  public record Geparkeerd(
      String soort,
      Long volgnummer,
      String oorzaak,
      boolean wachtOpEerder,
      String laatsteFout,
      long pogingen) {}

  static Voortgang voortgang(ProjectionRebuilds.Status status) {
    return new Voortgang(
        status.done(),
        status.projections().stream()
            .map(
                p ->
                    new Stap(
                        naam(p.projection()),
                        p.position() < p.head(),
                        Math.max(0, p.position() + 1),
                        p.head() + 1,
                        p.percent()))
            .toList());
  }

  /** The Dutch name of a processing group. */
  public static String naam(String group) {
    return switch (group) {
      case "structure" -> "Structuur";
      case "besluitenlijst" -> "Besluitenlijst";
      case "mandaten" -> "Mandaten";
      case "competentie" -> "Bevoegdheden";
      case "begroting" -> "Begroting";
      case "journal" -> "Journaal";
      case "besluit-effects" -> "Gevolgen van besluiten";
      case "audit-seal" -> "Verzegeling (hashketen)";
      case "rectificatie-herbouw" -> "Herbouw na correctie";
      default -> group;
    };
  }

  public long totaalGeparkeerd() {
    return groepen.stream().mapToLong(Groep::aantal).sum();
  }
}
