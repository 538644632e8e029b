package nl.ipo.ledger.infra.web.pages.journaal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ipo.ledger.infra.security.LedgerRole;
import nl.ipo.ledger.infra.web.pages.Gebruiker;

/**
 * What each kind of fact is called in Dutch, for the journal's rows and its type picker. The keys
 * are the events' class names as the journal stores them; {@code GebeurtenissenTest} holds the list
 * against the published language, so a new event cannot go unnamed.
 */
public final class Gebeurtenissen {

  static final Map<String, String> LABELS = new LinkedHashMap<>();

  static {
    LABELS.put("GremiumEstablished", "Gremium ingesteld");
    LABELS.put("GremiumRenamed", "Gremium hernoemd");
    LABELS.put("GremiumDissolved", "Gremium opgeheven");
    LABELS.put("MemberAppointed", "Lid benoemd");
    LABELS.put("MembershipEnded", "Lidmaatschap beëindigd");
    LABELS.put("VergaderingScheduled", "Vergadering gepland");
    LABELS.put("VoorstelSubmitted", "Voorstel ingediend");
    LABELS.put("VoorstelPlacedOnAgenda", "Voorstel geagendeerd");
    LABELS.put("VoorstelDiscussed", "Voorstel besproken");
    LABELS.put("AdviceRecorded", "Advies uitgebracht");
    LABELS.put("BesluitTaken", "Besluit genomen");
    LABELS.put("VoorstelDeferred", "Voorstel aangehouden");
    LABELS.put("VoorstelWithdrawn", "Voorstel ingetrokken");
    LABELS.put("BesluitEffectCarriedOut", "Gevolg van een besluit uitgevoerd");
    LABELS.put("BesluitEffectFailed", "Gevolg van een besluit niet uitgevoerd");
    LABELS.put("CompetenceAssigned", "Bevoegdheid toegekend");
    LABELS.put("MandaatGranted", "Mandaat verleend");
    LABELS.put("MandaatAmended", "Mandaat gewijzigd");
    LABELS.put("MandaatRevoked", "Mandaat ingetrokken");
    LABELS.put("MandaatExpired", "Mandaat verlopen");
    LABELS.put("BegrotingDrafted", "Begroting opgesteld");
    LABELS.put("BegrotingSubmitted", "Begroting ingediend");
    LABELS.put("BegrotingApproved", "Begroting vastgesteld");
    LABELS.put("BegrotingAmended", "Begroting gewijzigd");
    LABELS.put("RealisationRecorded", "Realisatie vastgelegd");
    LABELS.put("JaarrekeningAdopted", "Jaarrekening vastgesteld");
    LABELS.put("WerkbudgetUsed", "Werkbudget besteed");
    LABELS.put("FactCorrected", "Feit gecorrigeerd");
    LABELS.put("FactRetracted", "Feit ingetrokken");
  }

  private Gebeurtenissen() {}

  /** The Dutch name of an event type; the class name itself for one not (yet) named. */
  public static String label(String eventType) {
    return eventType == null ? "" : LABELS.getOrDefault(eventType, eventType);
  }

  /** A choice of the type picker: the stored type and its Dutch name. */
  public record Soort(String code, String naam) {}

  /** The picker's choices: the given types (those occurring), alphabetically by Dutch name. */
  static List<Soort> soorten(List<String> eventTypes) {
    return eventTypes.stream()
        .map(t -> new Soort(t, label(t)))
        .sorted(Comparator.comparing(Soort::naam))
        .toList();
  }

  /** The Dutch name of a role as recorded on a fact: "Secretariaat", "Systeem". */
  public static String rol(String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    if (code.equals("systeem")) {
      return "Systeem";
    }
    return LedgerRole.ofCode(code)
        .map(r -> new Gebruiker(r.code(), Set.of(r)).rolNaam())
        .orElse(code);
  }
}
