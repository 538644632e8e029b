package nl.ipo.ledger.infra.web.pages.begroting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.ipo.ledger.infra.web.pages.Weergave;
import nl.ipo.ledger.kernel.begroting.Bedrag;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.BegrotingView;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.ConsistencyReport;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.LineView;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.OpgaveView;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.ProgrammaView;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.Severity;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.Sums;
import nl.ipo.ledger.kernel.begroting.OpgaveSoort;

/** How the begroting pages write amounts, statuses and findings in Dutch, and draw the bars. */
public final class BegrotingWeergave {

  private BegrotingWeergave() {}

  /**
   * A printed figure: "€ 4.744.000", "€ 2.869.000 + p.m.", "p.m." (with its indicative amount), or
   * "niet gedrukt".
   */
  public static String gedrukt(Bedrag bedrag) {
    if (bedrag == null) {
      return "niet gedrukt";
    }
    if (bedrag.pm()) {
      return bedrag.indicative() == null
          ? "p.m."
          : "p.m. (indicatief " + Weergave.bedrag(bedrag.indicative()) + ")";
    }
    return Weergave.bedrag(bedrag.euros()) + (bedrag.plusPm() ? " + p.m." : "");
  }

  /** The Dutch word for a finding's severity, capitalised: "Afrondingsverschil" or "Verschil". */
  public static String ernst(Severity severity) {
    String label = severity.label();
    return Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }

  /**
   * How many of the findings are rounding differences, in Dutch: ", waarvan 22
   * afrondingsverschillen van ten hoogste € 1.000", or nothing when there are none.
   */
  public static String afrondingen(ConsistencyReport rapport) {
    long count =
        rapport.findings().stream().filter(f -> f.severity() == Severity.AFRONDING).count();
    if (count == 0) {
      return "";
    }
    BigDecimal unit = rapport.eenheid() == null ? BigDecimal.ONE : rapport.eenheid();
    return ", waarvan "
        + count
        + (count == 1 ? " afrondingsverschil" : " afrondingsverschillen")
        + " van ten hoogste "
        + Weergave.bedrag(unit);
  }

  /** A computed sum; " + p.m." when a p.m. item (counted as zero) is part of it. */
  public static String som(BigDecimal amount, Sums sums) {
    return Weergave.bedrag(amount) + (sums.includesPm() ? " + p.m." : "");
  }

  /** A cost line's original amount, or p.m. */
  public static String primitief(LineView line) {
    if (!line.pm()) {
      return Weergave.bedrag(line.original());
    }
    return line.indicative() == null
        ? "p.m."
        : "p.m. (indicatief " + Weergave.bedrag(line.indicative()) + ")";
  }

  /** Whether a printed figure equals the computed one (p.m. and not printed never do). */
  public static boolean klopt(Bedrag printed, BigDecimal computed) {
    return printed != null && !printed.pm() && printed.euros().compareTo(computed) == 0;
  }

  /** "gedrukt € 1.000 lager" or "… hoger": how a printed figure differs from the computed one. */
  public static String verschil(Bedrag printed, BigDecimal computed) {
    BigDecimal difference = printed.value().subtract(computed);
    return "gedrukt "
        + Weergave.bedrag(difference.abs())
        + (difference.signum() < 0 ? " lager" : " hoger");
  }

  private static final java.util.regex.Pattern BESLUIT =
      java.util.regex.Pattern.compile(
          "^(.*) \\[besluit ([0-9a-fA-F-]{36})\\]$", java.util.regex.Pattern.DOTALL);

  /**
   * The citation of a stored decision reference without the besluit's id, which the read model
   * appends as "[besluit id]" (DecisionReference#toString): users see names, the id goes in a link.
   */
  public static String besluitTekst(String reference) {
    if (reference == null) {
      return null;
    }
    var match = BESLUIT.matcher(reference);
    return match.matches() ? match.group(1) : reference;
  }

  /** The besluit id inside a stored decision reference, or null. */
  public static String besluitId(String reference) {
    if (reference == null) {
      return null;
    }
    var match = BESLUIT.matcher(reference);
    return match.matches() ? match.group(2) : null;
  }

  /** The Dutch name of a consistency check. */
  public static String controle(String check) {
    return switch (check) {
      case "OPGAVE_TOTAAL" -> "Totaal van een beleidsopgave";
      case "PROGRAMMA_TOTAAL" -> "Totaal van een programma";
      case "BEGROTING_TOTAAL" -> "Eindtotaal van de begroting";
      case "SAMENVATTING_RIJ" -> "Rij van de samenvattingstabel";
      case "SAMENVATTING_KOLOM" -> "Kolom van de samenvattingstabel";
      case "VERKLARING" -> "Verklaring van het verschil";
      case "TEGEL" -> "Overzichtspagina tegen detailpagina";
      case "TEGELS_PROGRAMMA" -> "Overzichtspagina tegen programmatotaal";
      case "DETAIL_TOTAAL" -> "Detailpagina's tegen het eindtotaal";
      case "BASIS_TOTAAL" -> "Detailpagina's tegen het totaal van de basisbegroting";
      case "DETAIL_SAMENVATTING" -> "Detailpagina's tegen de samenvattingstabel";
      default -> check;
    };
  }

  /**
   * One programme's bar: the current amount of its basisbegroting and of its kassiersfuncties, as
   * widths in the picture's units.
   */
  public record Staaf(
      int nummer,
      String naam,
      int y,
      double basisBreedte,
      double kassierBreedte,
      String tekst,
      String basisTekst,
      String kassierTekst) {}

  /** Width of the widest bar in the SVG's units. */
  public static final int BREEDTE = 520;

  public static final int RIJ = 44;

  public static List<Staaf> staven(BegrotingView view) {
    BigDecimal max = BigDecimal.ONE;
    for (ProgrammaView p : view.programmas()) {
      max = max.max(p.sums().current());
    }
    List<Staaf> staven = new ArrayList<>();
    int y = 0;
    for (ProgrammaView p : view.programmas()) {
      BigDecimal basis = BigDecimal.ZERO;
      BigDecimal kassier = BigDecimal.ZERO;
      for (OpgaveView o : p.opgaven()) {
        if (o.soort() == OpgaveSoort.KASSIER) {
          kassier = kassier.add(o.sums().current());
        } else {
          basis = basis.add(o.sums().current());
        }
      }
      staven.add(
          new Staaf(
              p.nummer(),
              p.naam(),
              y,
              BREEDTE * basis.doubleValue() / max.doubleValue(),
              BREEDTE * kassier.doubleValue() / max.doubleValue(),
              som(p.sums().current(), p.sums()),
              Weergave.bedrag(basis),
              Weergave.bedrag(kassier)));
      y += RIJ;
    }
    return staven;
  }

  /** An SVG coordinate with a dot, whatever the locale. */
  public static String x(double value) {
    return String.format(java.util.Locale.ROOT, "%.1f", value);
  }
}
