package nl.ipo.ledger.infra.web.pages.vastleggen;

import java.util.List;

/**
 * One field of a form as the page shows it: its name (the command's own field name, so that a
 * rejection naming that field lands beside it), its Dutch label, what was typed and what is wrong.
 *
 * @param naam the field's name in the form and in the command ({@code startDate}, {@code
 *     effects[0].name})
 * @param waarde what the form shows in it: what was typed, or the value it starts with
 * @param opties the choices of a picker; empty for other kinds
 * @param fout the Dutch sentence saying what is wrong with it, or null
 */
public record Veld(
    String naam,
    String label,
    Soort soort,
    String waarde,
    List<Optie> opties,
    String hulp,
    boolean verplicht,
    String fout) {

  public Veld {
    opties = List.copyOf(opties);
  }

  /** How a field is shown and read. */
  public enum Soort {
    TEKST,
    TEKSTVAK,
    /** A date: the browser's date picker, or typed as 6-7-2023. */
    DATUM,
    /** An amount in Dutch notation: 1.234,56. */
    BEDRAG,
    KEUZE,
    /** Several choices at once (a multiple select). */
    MEERKEUZE,
    VERBORGEN,
    BESTAND
  }

  /** One choice of a picker: what the form sends, and the name the user reads. */
  public record Optie(String waarde, String tekst, boolean gekozen) {}

  /** The id of the field's element: its name with brackets and dots made safe for HTML ids. */
  public String id() {
    return "v-" + naam.replaceAll("[^A-Za-z0-9_-]", "-");
  }

  /** The id of the element holding the field's error, for aria-describedby. */
  public String foutId() {
    return id() + "-fout";
  }

  public String hulpId() {
    return id() + "-hulp";
  }

  /** What aria-describedby names: the help text and the error, where there are any. */
  public String beschrijving() {
    String ids = ((hulp == null ? "" : hulpId()) + " " + (fout == null ? "" : foutId())).strip();
    return ids.isEmpty() ? null : ids;
  }

  public Veld metFout(String sentence) {
    return new Veld(naam, label, soort, waarde, opties, hulp, verplicht, sentence);
  }

  public Veld metWaarde(String value, List<String> chosen) {
    List<Optie> marked =
        opties.stream()
            .map(
                o ->
                    new Optie(
                        o.waarde(),
                        o.tekst(),
                        soort == Soort.MEERKEUZE
                            ? chosen.contains(o.waarde())
                            : o.waarde().equals(value)))
            .toList();
    return new Veld(naam, label, soort, value, marked, hulp, verplicht, fout);
  }
}
