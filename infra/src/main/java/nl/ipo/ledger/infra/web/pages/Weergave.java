package nl.ipo.ledger.infra.web.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.ipo.ledger.kernel.common.Codes;

/**
 * How the pages write dates, moments, amounts and codes for Dutch readers: "1 oktober 2023", "6
 * juli 2023 om 14:05" in Europe/Amsterdam, "€ 1.234,56", and the Dutch label of every code. One
 * place, so every page says it the same way. Locale data comes from the JDK (CLDR), not from own
 * tables.
 */
public final class Weergave {

  /** The IPO's time zone: every moment on a page is shown in it. */
  public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  static final Locale NL = Locale.forLanguageTag("nl-NL");

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", NL);
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("d MMMM uuuu 'om' HH:mm", NL).withZone(AMSTERDAM);
  private static final DateTimeFormatter MOMENT_SECONDS =
      DateTimeFormatter.ofPattern("d MMMM uuuu HH:mm:ss", NL).withZone(AMSTERDAM);

  private Weergave() {}

  /** "1 oktober 2023"; an empty string for no date. */
  public static String datum(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  /** "6 juli 2023 om 14:05", in Amsterdam time; empty for none. */
  public static String moment(Instant instant) {
    return instant == null ? "" : MOMENT.format(instant);
  }

  /** "6 juli 2023 14:05:09", in Amsterdam time, for the journal and the audit pages. */
  public static String momentPrecies(Instant instant) {
    return instant == null ? "" : MOMENT_SECONDS.format(instant);
  }

  /** "0,4 seconden", "2,2 seconden": how long something took, in Dutch. */
  public static String duur(java.time.Duration duration) {
    long tenths = Math.max(1, (duration.toMillis() + 50) / 100);
    return (tenths / 10) + "," + (tenths % 10) + " seconden";
  }

  /**
   * "€ 1.234,56", or "€ 1.234" for whole euros; "p.m." for an amount not yet known. DecimalFormat
   * instances are not thread-safe, so each call makes its own.
   */
  public static String bedrag(BigDecimal amount) {
    if (amount == null) {
      return "p.m.";
    }
    DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(NL));
    format.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
    format.setRoundingMode(RoundingMode.UNNECESSARY);
    String digits = format.format(amount.abs());
    return (amount.signum() < 0 ? "−€ " : "€ ") + digits;
  }

  /** The Dutch label of a code ("Fryslân", "Algemene Vergadering"); empty for none. */
  public static String label(Codes.Labelled code) {
    return code == null ? "" : code.label();
  }

  /** An ISO date for a form field or a link; empty for none. */
  public static String iso(LocalDate date) {
    return date == null ? "" : date.toString();
  }
}
