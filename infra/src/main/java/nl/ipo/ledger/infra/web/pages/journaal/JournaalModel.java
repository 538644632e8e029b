package nl.ipo.ledger.infra.web.pages.journaal;

import java.util.List;
import nl.ipo.ledger.infra.web.pages.journaal.Gebeurtenissen.Soort;
import nl.ipo.ledger.kernel.journal.JournalQueries.NamedId;

/**
 * What the journal page shows: the filter as given, one page of rows, the count, and the pickers'
 * choices.
 */
public record JournaalModel(
    JournaalFilter filter,
    List<Regel> regels,
    long totaal,
    int pagina,
    long paginas,
    List<String> actoren,
    List<Soort> soorten,
    List<NamedId> gremia,
    List<NamedId> besluiten) {

  /** One row as the page shows it: names and Dutch words, the ids only for links. */
  public record Regel(
      long volgnummer,
      String eventIdentifier,
      String wat,
      String gremiumId,
      String gremiumNaam,
      String besluitId,
      String besluitNaam,
      String besluitTekst,
      String geldig,
      String vastgelegd,
      String actor,
      String rol,
      String bronDocument,
      String bronPlaats,
      String bronCitaat,
      boolean aanname,
      String notitie,
      String geenBron,
      String record,
      nl.ipo.ledger.infra.web.pages.Correcties.Correctie correctie) {

    /** Whether the row is itself a correction or retraction (which is not corrected again). */
    public boolean isCorrectie() {
      return correctie != null;
    }
  }

  /** "170 feiten. Pagina 1 van 4." or "5 feiten gevonden met dit filter." */
  public String telling() {
    return (totaal == 1 ? "1 feit" : totaal + " feiten")
        + (filter.gefilterd() ? " gevonden met dit filter." : ".")
        + (paginas > 1 ? " Pagina " + pagina + " van " + paginas + "." : "");
  }

  public String vorige() {
    return pagina > 1 ? filter.paginaLink(pagina - 1) : null;
  }

  public String volgende() {
    return pagina < paginas ? filter.paginaLink(pagina + 1) : null;
  }

  /** The download of the filter's facts, in the given dialect ({@code nl} or {@code rfc4180}). */
  public String download(String dialect) {
    String query = filter.queryString();
    return "/journaal/export.csv?" + (query.isEmpty() ? "" : query + "&") + "dialect=" + dialect;
  }

  public static boolean gekozen(String value, String selected) {
    return value != null && value.equals(selected);
  }
}
