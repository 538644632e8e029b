package nl.ipo.ledger.infra.web.pages;

import java.util.Map;

/**
 * The Dutch names of the published language's fields, for the pages that show a fact's fields (the
 * correction form, what a correction changed). A field without a name here is shown as it is
 * called.
 */
public final class Veldnamen {

  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("name", "Naam"),
          Map.entry("type", "Soort"),
          Map.entry("parentId", "Valt onder"),
          Map.entry("beginDate", "Ingesteld per"),
          Map.entry("endDate", "Tot"),
          Map.entry("effectiveDate", "Per datum"),
          Map.entry("personName", "Naam"),
          Map.entry("province", "Provincie"),
          Map.entry("role", "Rol"),
          Map.entry("startDate", "Vanaf"),
          Map.entry("subject", "Onderwerp"),
          Map.entry("besluitType", "Soort besluit"),
          Map.entry("submittedOn", "Ingediend op"),
          Map.entry("submittedBy", "Ingediend door"),
          Map.entry("decidingGremiumId", "Ter besluitvorming aan"),
          Map.entry("advice", "Advies"),
          Map.entry("adviceDate", "Datum van het advies"),
          Map.entry("advisingGremiumId", "Adviserend orgaan"),
          Map.entry("summary", "Toelichting"),
          Map.entry("agendaItem", "Agendapunt"),
          Map.entry("meetingDate", "Vergaderdatum"),
          Map.entry("vergaderingId", "Vergadering"),
          Map.entry("decisionDate", "Datum van het besluit"),
          Map.entry("outcome", "Uitkomst"),
          Map.entry("decider", "Besloten door"),
          Map.entry("amount", "Bedrag"),
          Map.entry("reason", "Reden"),
          Map.entry("date", "Datum"),
          Map.entry("description", "Omschrijving"),
          Map.entry("withdrawnBy", "Ingetrokken door"),
          Map.entry("withdrawnOn", "Ingetrokken op"),
          Map.entry("mandaatgever", "Mandaatgever"),
          Map.entry("mandataris", "Mandataris"),
          Map.entry("ceiling", "Plafond"),
          Map.entry("conditions", "Voorwaarden"),
          Map.entry("gremiumId", "Gremium"),
          Map.entry("decision", "Besluit waarop dit berust"),
          Map.entry("decisionReference", "Besluit waarop dit berust"),
          Map.entry("text", "aanhaling"),
          Map.entry("besluitId", "besluit in het register"),
          Map.entry("realised", "Gerealiseerd"),
          Map.entry("asOf", "Stand per"),
          Map.entry("source", "Bron"),
          Map.entry("auditorStatement", "Verklaring van de accountant"),
          Map.entry("votes", "Stemmen"),
          Map.entry("effects", "Gevolgen"),
          Map.entry("scope", "Reikwijdte"));

  private Veldnamen() {}

  /** "Naam", "Besluit waarop dit berust (aanhaling)" for {@code decision.text}. */
  public static String label(String path) {
    String[] parts = path.split("\\.");
    StringBuilder label = new StringBuilder(NAMES.getOrDefault(parts[0], parts[0]));
    for (int i = 1; i < parts.length; i++) {
      label.append(" (").append(NAMES.getOrDefault(parts[i], parts[i])).append(")");
    }
    return label.toString();
  }
}
