package nl.ipo.ledger.command;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.ipo.ledger.kernel.gremium.GremiumType;

/**
 * How the reasons of a rejection write dates, amounts, lists, date fields and gremia: in Dutch, as
 * the secretariat, the AV members and the auditors read them ("1 september 2023", "€ 1.234,56", "de
 * BAC Cultuur").
 */
public final class Dutch {

  private static final Locale NL = Locale.forLanguageTag("nl");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);

  /** The date fields of the commands, as a sentence names them. */
  private static final Map<String, String> DATE_FIELDS =
      Map.ofEntries(
          Map.entry("beginDate", "de begindatum"),
          Map.entry("startDate", "de begindatum"),
          Map.entry("endDate", "de einddatum"),
          Map.entry("effectiveDate", "de ingangsdatum"),
          Map.entry("decisionDate", "de besluitdatum"),
          Map.entry("adviceDate", "de datum van het advies"),
          Map.entry("withdrawnOn", "de datum van intrekking"),
          Map.entry("submittedOn", "de datum van indiening"),
          Map.entry("asOf", "de peildatum"),
          Map.entry("date", "de datum"),
          Map.entry("vergaderingId", "de datum van de vergadering"));

  private Dutch() {}

  /** "1 september 2023". */
  public static String date(LocalDate day) {
    return day == null ? "(geen datum)" : DATE.format(day);
  }

  /** "€ 1.234,56", with a minus sign after the euro sign for a negative amount. */
  public static String amount(BigDecimal euros) {
    if (euros == null) {
      return "(geen bedrag)";
    }
    // DecimalFormat is not thread-safe, so each call makes its own
    return "€ " + new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(NL)).format(euros);
  }

  /** "a", "a en b", "a, b en c"; "geen" for nothing. */
  public static String list(Collection<?> items) {
    List<String> texts = new ArrayList<>();
    items.forEach(item -> texts.add(String.valueOf(item)));
    if (texts.isEmpty()) {
      return "geen";
    }
    if (texts.size() == 1) {
      return texts.get(0);
    }
    return String.join(", ", texts.subList(0, texts.size() - 1))
        + " en "
        + texts.get(texts.size() - 1);
  }

  /** "van 1 januari 2019 tot 1 januari 2024", or "vanaf 1 januari 2019" while it has no end. */
  public static String period(LocalDate from, LocalDate untilExclusive) {
    return untilExclusive == null
        ? "vanaf " + date(from)
        : "van " + date(from) + " tot " + date(untilExclusive);
  }

  /** A date field of a command as a sentence names it ("de ingangsdatum"); else the field. */
  public static String field(String field) {
    return DATE_FIELDS.getOrDefault(field, field);
  }

  /**
   * A gremium with its article: "de BAC Cultuur", "het IPO-bestuur"; the kind of body is put before
   * a name that does not mention it as a word ("de werkgroep Taskforce Stikstof").
   */
  public static String gremium(GremiumType type, String name) {
    String kind = type.label();
    String article =
        switch (type) {
          case BESTUUR, BOD, TIJDELIJK_GREMIUM -> "het ";
          default -> "de ";
        };
    if (name == null || name.isBlank()) {
      return article + kind;
    }
    boolean named =
        Pattern.compile("(?iu)(^|\\P{L})" + Pattern.quote(kind) + "(\\P{L}|$)")
            .matcher(name)
            .find();
    return article + (named ? name : kind + " " + name);
  }

  /** The text with its first letter in upper case, to begin a sentence. */
  public static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /**
   * "De ingangsdatum (1 maart 2021) ligt vóór de vaststelling van de begroting (2 juli 2021)": a
   * date field that lies before the step it must follow.
   *
   * @param what the earlier step as a sentence names it
   */
  public static String dateBefore(String field, LocalDate day, String what, LocalDate earliest) {
    return capitalised(field(field))
        + " ("
        + date(day)
        + ") ligt vóór "
        + what
        + " ("
        + date(earliest)
        + ")";
  }
}
