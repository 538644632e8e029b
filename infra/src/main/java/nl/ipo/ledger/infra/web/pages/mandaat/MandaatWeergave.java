package nl.ipo.ledger.infra.web.pages.mandaat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import nl.ipo.ledger.infra.web.pages.Weergave;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.MemberView;
import nl.ipo.ledger.kernel.mandaat.MandaatQueries.PartyView;
import nl.ipo.ledger.kernel.mandaat.MandaatQueries.VersionSource;
import nl.ipo.ledger.kernel.mandaat.MandaatScope;

/** How the mandate pages write a mandate's status, scope, ceiling, term and parties in Dutch. */
public final class MandaatWeergave {

  private MandaatWeergave() {}

  public static String status(String code) {
    return switch (code) {
      case "NOG_NIET" -> "nog niet";
      case "GELDIG" -> "geldig";
      case "INGETROKKEN" -> "ingetrokken";
      case "VERLOPEN" -> "verlopen";
      default -> code;
    };
  }

  /** The note without its leading "Aanname:", which the page shows as a mark of its own. */
  public static String zonderAanname(String note) {
    return note.replaceFirst("^(?i)\\s*aanname\\s*:?\\s*", "");
  }

  /** The label colour class of a status. */
  public static String statusKlasse(String code) {
    return switch (code) {
      case "GELDIG" -> "label label-goed";
      case "INGETROKKEN" -> "label label-fout";
      case "NOG_NIET" -> "label label-let-op";
      default -> "label";
    };
  }

  /** "besluiten van de soort standpunt, over: IBP". */
  public static String scope(MandaatScope scope) {
    StringBuilder text = new StringBuilder();
    if (!scope.besluitTypes().isEmpty()) {
      text.append(scope.besluitTypes().size() == 1 ? "soort besluit: " : "soorten besluit: ")
          .append(
              scope.besluitTypes().stream()
                  .map(Weergave::label)
                  .sorted()
                  .collect(Collectors.joining(", ")));
    } else {
      text.append("elke soort besluit");
    }
    if (!scope.subjects().isEmpty()) {
      text.append("; onderwerp: ").append(String.join(", ", scope.subjects()));
    }
    return text.toString();
  }

  public static String plafond(BigDecimal ceiling) {
    return ceiling == null ? "geen plafond" : Weergave.bedrag(ceiling);
  }

  /** "vanaf 1 januari 2018, zonder einddatum" or "vanaf … tot 1 januari 2020". */
  public static String termijn(LocalDate from, LocalDate end) {
    return "vanaf "
        + Weergave.datum(from)
        + (end == null ? ", zonder einddatum" : " tot " + Weergave.datum(end));
  }

  /** A party's name as the page shows it: the gremium's name, or the person's. */
  public static String naam(PartyView party) {
    return party == null ? "onbekend" : party.name();
  }

  /** The party described by one of {@code views}, so the lineage can show names, not ids. */
  public static PartyView van(Party party, List<PartyView> views) {
    return views.stream().filter(v -> v.describes(party)).findFirst().orElse(null);
  }

  /** "Remkes (Noord-Holland)". */
  public static String lid(MemberView member) {
    return member.personName() + " (" + Weergave.label(member.province()) + ")";
  }

  /**
   * The recorded end of a mandate (revoked, or expired when the ledger's deadline fired), with who
   * recorded it and its source, or null while it has not ended.
   */
  public static VersionSource einde(String mandaatId, List<VersionSource> sources) {
    return sources.stream()
        .filter(
            s ->
                s.mandaatId().equals(mandaatId)
                    && (s.eventType().equals("MandaatRevoked")
                        || s.eventType().equals("MandaatExpired")))
        .findFirst()
        .orElse(null);
  }

  /** "ingetrokken" or "verlopen", for the recorded end. */
  public static String eindeWat(VersionSource einde) {
    return einde.eventType().equals("MandaatRevoked") ? "Ingetrokken" : "Verlopen";
  }

  /** The source of a version, or null when the journal has none for it. */
  public static VersionSource bron(String mandaatId, int version, List<VersionSource> sources) {
    return sources.stream()
        .filter(s -> s.mandaatId().equals(mandaatId) && s.version() == version)
        .findFirst()
        .orElse(null);
  }
}
