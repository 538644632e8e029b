package nl.ipo.ledger.kernel.begroting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.ipo.ledger.kernel.common.Bounds;
import nl.ipo.ledger.kernel.error.InvalidValueException;

/**
 * A budget document as printed: its programmes, beleidsopgaven with their cost lines, and the
 * printed figures (totals, the summary table, the explanation of differences) recorded as stated
 * facts beside what the ledger computes. Every element cites where it stands in the source.
 */
public final class BegrotingDocument {

  private BegrotingDocument() {}

  /**
   * Where a figure comes from.
   *
   * @param line the line of the import file, or 0 when not imported from a file
   * @param place the place in the printed document, in its own words
   */
  public record Bron(int line, String place) {
    public Bron {
      place = place == null ? "" : Bounds.name("bron", place.strip(), 300);
    }

    @Override
    public String toString() {
      return (line > 0 ? "line " + line : "")
          + (place.isEmpty() ? "" : (line > 0 ? ", " : "") + place);
    }
  }

  /** A programme with its printed total, if one is printed. */
  public record Programma(int nummer, String naam, Bedrag statedTotaal, Bron bron) {
    public Programma {
      naam = InvalidValueException.requiredText("programma.naam", naam, 300);
      InvalidValueException.required("programma.bron", bron);
    }
  }

  /**
   * A beleidsopgave: its code names its programme (the part before the first dot).
   *
   * @param lines the cost lines, each as printed
   * @param statedTotaal the totaal as printed (which may differ from the sum of the lines)
   */
  public record Opgave(
      String code,
      String naam,
      OpgaveSoort soort,
      Map<CostLine, Bedrag> lines,
      Bedrag statedTotaal,
      Bron bron) {
    public Opgave {
      code = InvalidValueException.requiredText("opgave.code", code, 20);
      naam = InvalidValueException.requiredText("opgave.naam", naam, 300);
      InvalidValueException.required("opgave.soort", soort);
      InvalidValueException.required("opgave.lines", lines);
      if (lines.entrySet().stream().anyMatch(e -> e.getKey() == null || e.getValue() == null)) {
        throw new InvalidValueException("opgave.lines", "'opgave.lines' bevat een lege regel.");
      }
      lines = Map.copyOf(lines);
      InvalidValueException.required("opgave.totaal", statedTotaal);
      InvalidValueException.required("opgave.bron", bron);
    }

    public int programma() {
      String head = code.contains(".") ? code.substring(0, code.indexOf('.')) : code;
      try {
        return Integer.parseInt(head);
      } catch (NumberFormatException e) {
        throw new InvalidValueException(
            "opgave.code",
            "De code van een beleidsopgave begint met het nummer van haar programma, maar '"
                + code
                + "' doet dat niet.");
      }
    }
  }

  /**
   * The amount a programme's overview page prints above a beleidsopgave's name (its tile), as
   * printed; the detail page of the beleidsopgave prints its own totaal.
   *
   * @param code the beleidsopgave the tile names
   */
  public record Tegel(String code, Bedrag bedrag, Bron bron) {
    public Tegel {
      code = InvalidValueException.requiredText("tegel.code", code, 20);
      InvalidValueException.required("tegel.bedrag", bedrag);
      InvalidValueException.required("tegel.bron", bron);
    }
  }

  /**
   * One row of the printed summary table (Was / Wordt (1) / Kassiersfunctie / Wordt (2) /
   * Verschil).
   *
   * @param kostenregels the cost lines of the beleidsopgaven this row sums, as the import file
   *     declares them (empty when it declares none, and for the Totaal row); a row recorded before
   *     this field existed reads it as absent, which means empty
   */
  public record SamenvattingRegel(
      String regel,
      Bedrag was,
      Bedrag wordt1,
      Bedrag kassiersfunctie,
      Bedrag wordt2,
      Bedrag verschil,
      Bron bron,
      List<CostLine> kostenregels) {
    public SamenvattingRegel {
      regel = InvalidValueException.requiredText("samenvatting.regel", regel, 200);
      kostenregels =
          kostenregels == null ? List.of() : Bounds.list("kostenregels", kostenregels, 3);
    }

    public SamenvattingRegel(
        String regel,
        Bedrag was,
        Bedrag wordt1,
        Bedrag kassiersfunctie,
        Bedrag wordt2,
        Bedrag verschil,
        Bron bron) {
      this(regel, was, wordt1, kassiersfunctie, wordt2, verschil, bron, List.of());
    }

    public boolean totaalRegel() {
      return regel.equalsIgnoreCase("totaal");
    }
  }

  /** One printed line of the explanation of the difference between Was and Wordt. */
  public record Verklaring(String omschrijving, Bedrag bedrag, Bron bron) {
    public Verklaring {
      omschrijving =
          InvalidValueException.requiredText("verklaring.omschrijving", omschrijving, 300);
      InvalidValueException.required("verklaring.bedrag", bedrag);
    }

    public boolean totaalRegel() {
      return omschrijving.equalsIgnoreCase("totaal");
    }
  }

  /**
   * The whole document.
   *
   * @param eenheid the euros one unit of the document's figures stands for (1000 when it prints "x
   *     € 1.000"); absent in documents recorded before this field existed
   * @param statedBasis the total of the basisbegroting as printed, if printed (absent in documents
   *     recorded before this field existed)
   * @param basisBron where that total stands
   * @param tegels the amounts of the programmes' overview pages, per beleidsopgave (empty when not
   *     imported, and in documents recorded before this field existed)
   */
  public record Content(
      int jaar,
      String titel,
      String bron,
      List<Programma> programmas,
      List<Opgave> opgaven,
      Bedrag statedTotaal,
      Bron totaalBron,
      List<SamenvattingRegel> samenvatting,
      List<Verklaring> verklaringen,
      BigDecimal eenheid,
      Bedrag statedBasis,
      Bron basisBron,
      List<Tegel> tegels) {

    /** A document without the overview pages' figures, the printed basis or the unit. */
    public Content(
        int jaar,
        String titel,
        String bron,
        List<Programma> programmas,
        List<Opgave> opgaven,
        Bedrag statedTotaal,
        Bron totaalBron,
        List<SamenvattingRegel> samenvatting,
        List<Verklaring> verklaringen) {
      this(
          jaar,
          titel,
          bron,
          programmas,
          opgaven,
          statedTotaal,
          totaalBron,
          samenvatting,
          verklaringen,
          null,
          null,
          null,
          List.of());
    }

    public Content {
      if (jaar < 1990 || jaar > 2200) {
        throw new InvalidValueException(
            "jaar",
            "'jaar' moet een begrotingsjaar van 1990 tot en met 2200 zijn, maar is " + jaar + ".");
      }
      titel = InvalidValueException.requiredText("titel", titel, 300);
      bron = InvalidValueException.requiredText("bron", bron, 300);
      programmas =
          Bounds.list("programmas", InvalidValueException.required("programmas", programmas), 100);
      opgaven = Bounds.list("opgaven", InvalidValueException.required("opgaven", opgaven), 1000);
      samenvatting =
          samenvatting == null ? List.of() : Bounds.list("samenvatting", samenvatting, 200);
      verklaringen =
          verklaringen == null ? List.of() : Bounds.list("verklaringen", verklaringen, 200);
      if (eenheid != null && eenheid.signum() <= 0) {
        throw new InvalidValueException(
            "eenheid",
            "'eenheid' moet groter zijn dan 0, maar is " + eenheid.toPlainString() + ".");
      }
      tegels = tegels == null ? List.of() : Bounds.list("tegels", tegels, 1000);
    }
  }
}
