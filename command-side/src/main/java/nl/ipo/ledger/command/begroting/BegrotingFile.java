package nl.ipo.ledger.command.begroting;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ipo.ledger.kernel.begroting.Bedrag;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Bron;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Content;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Opgave;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Programma;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.SamenvattingRegel;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Tegel;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Verklaring;
import nl.ipo.ledger.kernel.begroting.BegrotingId;
import nl.ipo.ledger.kernel.begroting.CostLine;
import nl.ipo.ledger.kernel.begroting.OpgaveSoort;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import nl.ipo.ledger.kernel.error.LedgerException;

/**
 * Reads the budget import format (docs/begroting-import.md) into one whole document. Any error
 * names the line of the file; nothing is half read.
 */
public final class BegrotingFile {

  private static final Pattern PM = Pattern.compile("(?i)p\\.?\\s*m\\.?(?:\\s*\\((-?\\d+)\\))?");

  /** A figure with a p.m. part, as printed "2.869 + p.m." (written {@code 2869 + p.m.}). */
  private static final Pattern PLUS_PM = Pattern.compile("(?i)(-?\\d+)\\s*\\+\\s*p\\.?\\s*m\\.?");

  /** Whole numbers in the file's unit: a dot is never a decimal or thousands separator here. */
  private static final Pattern NUMBER = Pattern.compile("-?\\d+");

  /** A parsed document, with the id that the same document always gets. */
  public record Parsed(BegrotingId begrotingId, Content document) {}

  private BegrotingFile() {}

  /**
   * The id of a begroting follows from its year and title, so importing the same document again is
   * an explicit no-op, and another document with the same year and title a conflict.
   */
  public static BegrotingId idOf(int jaar, String titel) {
    return new BegrotingId(
        UUID.nameUUIDFromBytes(
            ("begroting:" + jaar + ":" + titel.strip()).getBytes(StandardCharsets.UTF_8)));
  }

  public static Parsed parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidValueException("file", "Het bestand is leeg");
    }
    String[] lines = text.split("\\R", -1);
    Integer jaar = null;
    String titel = null;
    String bron = null;
    BigDecimal eenheid = null;
    List<Programma> programmas = new ArrayList<>();
    List<Opgave> opgaven = new ArrayList<>();
    List<SamenvattingRegel> samenvatting = new ArrayList<>();
    List<Verklaring> verklaringen = new ArrayList<>();
    Bedrag totaal = null;
    Bron totaalBron = null;
    Bedrag basis = null;
    Bron basisBron = null;
    List<Tegel> tegels = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      int number = i + 1;
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split(";", -1);
      for (int k = 0; k < f.length; k++) {
        f[k] = f[k].strip();
      }
      String record = f[0].toUpperCase(java.util.Locale.ROOT);
      try {
        if (jaar == null && !record.equals("BEGROTING")) {
          throw fail(number, "het bestand moet beginnen met een BEGROTING-regel, niet met " + f[0]);
        }
        switch (record) {
          case "BEGROTING" -> {
            fields(number, f, 5, "BEGROTING;jaar;titel;eenheid;bron");
            if (jaar != null) {
              throw fail(number, "een bestand bevat maar één BEGROTING-regel");
            }
            jaar = integer(number, f[1], "jaar");
            titel = f[2];
            eenheid = amount(number, f[3], "eenheid");
            if (eenheid.signum() <= 0) {
              throw fail(
                  number,
                  "eenheid moet groter zijn dan 0 (1 voor euro's, 1000 voor duizenden euro's)");
            }
            bron = f[4];
          }
          case "PROGRAMMA" -> {
            fields(number, f, 5, "PROGRAMMA;nummer;naam;totaal;bron");
            programmas.add(
                new Programma(
                    integer(number, f[1], "nummer"),
                    f[2],
                    f[3].isEmpty() ? null : bedrag(number, f[3], eenheid, "totaal"),
                    new Bron(number, f[4])));
          }
          case "OPGAVE" -> {
            fields(
                number,
                f,
                9,
                "OPGAVE;code;naam;soort;programmalasten;directe personeelslasten;overhead;totaal;bron");
            Map<CostLine, Bedrag> costs = new EnumMap<>(CostLine.class);
            costs.put(CostLine.PROGRAMMALASTEN, bedrag(number, f[4], eenheid, "programmalasten"));
            costs.put(
                CostLine.DIRECTE_PERSONEELSLASTEN,
                bedrag(number, f[5], eenheid, "directe personeelslasten"));
            costs.put(CostLine.OVERHEAD, bedrag(number, f[6], eenheid, "overhead"));
            Opgave opgave =
                new Opgave(
                    f[1],
                    f[2],
                    OpgaveSoort.parse("soort", f[3]),
                    costs,
                    bedrag(number, f[7], eenheid, "totaal"),
                    new Bron(number, f[8]));
            opgave.programma();
            opgaven.add(opgave);
          }
          case "TOTAAL" -> {
            fields(number, f, 3, "TOTAAL;totaal;bron");
            if (totaal != null) {
              throw fail(number, "een bestand bevat maar één TOTAAL-regel");
            }
            totaal = bedrag(number, f[1], eenheid, "totaal");
            totaalBron = new Bron(number, f[2]);
          }
          case "SAMENVATTING" -> {
            if (f.length != 9) {
              fields(
                  number,
                  f,
                  8,
                  "SAMENVATTING;regel;was;wordt (1);kassiersfunctie;wordt (2);verschil;bron"
                      + "[;kostenregels]");
            }
            samenvatting.add(
                new SamenvattingRegel(
                    f[1],
                    optional(number, f[2], eenheid),
                    optional(number, f[3], eenheid),
                    optional(number, f[4], eenheid),
                    optional(number, f[5], eenheid),
                    optional(number, f[6], eenheid),
                    new Bron(number, f[7]),
                    f.length == 9 ? costLines(number, f[8]) : List.of()));
          }
          case "TEGEL" -> {
            fields(number, f, 4, "TEGEL;code;bedrag;bron");
            tegels.add(
                new Tegel(f[1], bedrag(number, f[2], eenheid, "bedrag"), new Bron(number, f[3])));
          }
          case "BASIS" -> {
            fields(number, f, 3, "BASIS;totaal;bron");
            if (basis != null) {
              throw fail(number, "een bestand bevat maar één BASIS-regel");
            }
            basis = bedrag(number, f[1], eenheid, "totaal");
            basisBron = new Bron(number, f[2]);
          }
          case "VERKLARING" -> {
            fields(number, f, 4, "VERKLARING;omschrijving;bedrag;bron");
            verklaringen.add(
                new Verklaring(
                    f[1], bedrag(number, f[2], eenheid, "bedrag"), new Bron(number, f[3])));
          }
          default ->
              throw fail(
                  number,
                  "onbekende soort regel '"
                      + f[0]
                      + "'; toegestaan zijn BEGROTING, PROGRAMMA, OPGAVE, TEGEL, TOTAAL, BASIS,"
                      + " SAMENVATTING en VERKLARING");
        }
      } catch (InvalidValueException e) {
        throw e.field().startsWith("line ") ? e : fail(number, e.field() + " " + e.getMessage());
      } catch (LedgerException e) {
        throw fail(number, e.getMessage());
      }
    }
    if (jaar == null) {
      throw new InvalidValueException("file", "Het bestand heeft geen BEGROTING-regel");
    }
    Content content =
        new Content(
            jaar,
            titel,
            bron,
            programmas,
            opgaven,
            totaal,
            totaalBron,
            samenvatting,
            verklaringen,
            eenheid,
            basis,
            basisBron,
            tegels);
    return new Parsed(idOf(jaar, titel), content);
  }

  private static void fields(int line, String[] f, int expected, String form) {
    if (f.length != expected) {
      throw fail(
          line,
          "er horen " + expected + " velden te staan (" + form + "), maar het zijn er " + f.length);
    }
  }

  private static int integer(int line, String raw, String name) {
    try {
      return Integer.parseInt(raw);
    } catch (NumberFormatException e) {
      throw fail(line, name + " '" + raw + "' is geen geheel getal");
    }
  }

  private static BigDecimal amount(int line, String raw, String name) {
    if (!NUMBER.matcher(raw).matches()) {
      throw fail(
          line,
          name
              + " '"
              + raw
              + "' is geen bedrag (schrijf een geheel getal zonder punten of komma's, p.m., of"
              + " een getal met + p.m.)");
    }
    return new BigDecimal(raw);
  }

  private static Bedrag optional(int line, String raw, BigDecimal eenheid) {
    return raw.isEmpty() ? null : bedrag(line, raw, eenheid, "bedrag");
  }

  private static Bedrag bedrag(int line, String raw, BigDecimal eenheid, String name) {
    if (raw.isEmpty()) {
      throw fail(line, name + " is leeg; vul het gedrukte bedrag in, of p.m.");
    }
    Matcher plusPm = PLUS_PM.matcher(raw);
    if (plusPm.matches()) {
      return Bedrag.ofPlusPm(new BigDecimal(plusPm.group(1)).multiply(eenheid));
    }
    Matcher pm = PM.matcher(raw);
    if (pm.matches()) {
      return Bedrag.pm(pm.group(1) == null ? null : new BigDecimal(pm.group(1)).multiply(eenheid));
    }
    return Bedrag.of(amount(line, raw, name).multiply(eenheid));
  }

  /** Cost line names separated by commas, e.g. {@code overhead} or {@code programmalasten}. */
  private static List<CostLine> costLines(int line, String raw) {
    if (raw.isEmpty()) {
      return List.of();
    }
    List<CostLine> parsed = new ArrayList<>();
    for (String name : raw.split(",")) {
      CostLine costLine;
      try {
        costLine = CostLine.parse("kostenregels", name.strip());
      } catch (InvalidValueException e) {
        throw fail(
            line,
            "kostenregels '"
                + name.strip()
                + "' is geen kostenregel (programmalasten, directe personeelslasten of overhead)");
      }
      if (parsed.contains(costLine)) {
        throw fail(line, "kostenregels noemt " + costLine.label() + " twee keer");
      }
      parsed.add(costLine);
    }
    return List.copyOf(parsed);
  }

  /** The field names the line for a program ("line 4"), the reason for a person ("regel 4: "). */
  private static InvalidValueException fail(int line, String reason) {
    return new InvalidValueException("line " + line, "regel " + line + ": " + reason);
  }
}
