package nl.ipo.ledger.infra.web.pages.vastleggen;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and amounts as a Dutch secretary types them. A date comes from the browser's date picker
 * (always ISO, {@code 2023-07-06}) or typed by hand as {@code 6-7-2023} or {@code 06-07-2023}; an
 * amount as {@code 1.234,56}, {@code 1234,56}, {@code € 1.234} or {@code -250}.
 *
 * <p>Written here rather than with {@link java.text.DecimalFormat}: its parsing is lenient (it
 * stops at the first character it does not understand, so "1.234,5x" reads as 1234.5) and reads
 * "1.234" as 1.234 in an English locale; a ledger must refuse what it cannot read exactly.
 */
public final class NederlandseNotatie {

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern DUTCH = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");

  /** Thousands in groups of three with dots, cents after a comma; or no grouping at all. */
  private static final Pattern AMOUNT =
      Pattern.compile("([-−]?)(?:€\\s*)?(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d{1,2}))?");

  private NederlandseNotatie() {}

  /** The date typed or picked; empty when the text is no date. */
  public static Optional<LocalDate> datum(String text) {
    String t = text.strip();
    try {
      Matcher iso = ISO.matcher(t);
      if (iso.matches()) {
        return Optional.of(
            LocalDate.of(
                Integer.parseInt(iso.group(1)),
                Integer.parseInt(iso.group(2)),
                Integer.parseInt(iso.group(3))));
      }
      Matcher dutch = DUTCH.matcher(t);
      if (dutch.matches()) {
        return Optional.of(
            LocalDate.of(
                Integer.parseInt(dutch.group(3)),
                Integer.parseInt(dutch.group(2)),
                Integer.parseInt(dutch.group(1))));
      }
    } catch (DateTimeException notADay) {
      // 31-02-2023 and the like
    }
    return Optional.empty();
  }

  /** The exact amount typed; empty when the text is not an amount in Dutch notation. */
  public static Optional<BigDecimal> bedrag(String text) {
    String t = text.strip().replace('\u00a0', ' ');
    Matcher m = AMOUNT.matcher(t);
    if (!m.matches()) {
      return Optional.empty();
    }
    String whole = m.group(2).replace(".", "");
    String cents = m.group(3);
    BigDecimal amount = new BigDecimal(cents == null ? whole : whole + "." + cents);
    return Optional.of(m.group(1).isEmpty() ? amount : amount.negate());
  }

  /** An amount as the form shows it again: {@code 1.234,56}, {@code 1.234}, {@code -250}. */
  public static String bedragTekst(BigDecimal amount) {
    if (amount == null) {
      return "";
    }
    String plain = amount.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String cents = dot < 0 ? "" : plain.substring(dot + 1);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append('.');
      }
      grouped.append(whole.charAt(i));
    }
    if (!cents.isEmpty() && !cents.chars().allMatch(c -> c == '0')) {
      grouped.append(',').append(cents.length() == 1 ? cents + "0" : cents);
    }
    return (amount.signum() < 0 ? "-" : "") + grouped;
  }
}
