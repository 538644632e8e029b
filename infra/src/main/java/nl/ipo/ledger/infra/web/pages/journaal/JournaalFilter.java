package nl.ipo.ledger.infra.web.pages.journaal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import nl.ipo.ledger.infra.web.pages.Weergave;
import nl.ipo.ledger.kernel.common.Bounds;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import nl.ipo.ledger.kernel.journal.JournalQueries;
import nl.ipo.ledger.kernel.journal.JournalQueries.FindJournal;

/**
 * The journal page's filter as the form sends it: valid dates from and to, recorded moments from
 * and to as local Amsterdam date-times (a browser's datetime-local field), actor, type, body and
 * besluit, and the page (counted from 1). Blank fields are no filter.
 */
public record JournaalFilter(
    String geldigVan,
    String geldigTot,
    String vastgelegdVan,
    String vastgelegdTot,
    String actor,
    String soort,
    String gremium,
    String besluit,
    int pagina) {

  static final int PER_PAGINA = 50;

  public JournaalFilter {
    geldigVan = blank(geldigVan);
    geldigTot = blank(geldigTot);
    vastgelegdVan = blank(vastgelegdVan);
    vastgelegdTot = blank(vastgelegdTot);
    actor = blank(actor);
    soort = blank(soort);
    gremium = blank(gremium);
    besluit = blank(besluit);
  }

  static JournaalFilter of(
      String geldigVan,
      String geldigTot,
      String vastgelegdVan,
      String vastgelegdTot,
      String actor,
      String soort,
      String gremium,
      String besluit,
      String pagina) {
    return new JournaalFilter(
        geldigVan,
        geldigTot,
        vastgelegdVan,
        vastgelegdTot,
        actor,
        soort,
        gremium,
        besluit,
        pagina(pagina));
  }

  /** The kernel's query for this filter's page (or, for an export, its filter). */
  FindJournal query() {
    return new FindJournal(
        datum("geldigVan", "Geldig van", geldigVan),
        datum("geldigTot", "Geldig tot en met", geldigTot),
        vanaf("vastgelegdVan", "Vastgelegd vanaf", vastgelegdVan),
        totEnMet("vastgelegdTot", "Vastgelegd tot en met", vastgelegdTot),
        actor,
        soort,
        null,
        besluit,
        gremium,
        pagina - 1,
        PER_PAGINA);
  }

  /** Whether any filter is set (the page then says how many facts match). */
  public boolean gefilterd() {
    return !parameters().isEmpty();
  }

  /** The filter's query string without the page, for the pages' links and the downloads. */
  public String queryString() {
    StringJoiner query = new StringJoiner("&");
    parameters()
        .forEach(
            (name, value) ->
                query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return query.toString();
  }

  /** The link to another page of the same filter. */
  public String paginaLink(int nummer) {
    String filter = queryString();
    return "/journaal?" + (filter.isEmpty() ? "" : filter + "&") + "pagina=" + nummer;
  }

  private Map<String, String> parameters() {
    Map<String, String> p = new LinkedHashMap<>();
    put(p, "geldigVan", geldigVan);
    put(p, "geldigTot", geldigTot);
    put(p, "vastgelegdVan", vastgelegdVan);
    put(p, "vastgelegdTot", vastgelegdTot);
    put(p, "actor", actor);
    put(p, "soort", soort);
    put(p, "gremium", gremium);
    put(p, "besluit", besluit);
    return p;
  }

  private static void put(Map<String, String> p, String name, String value) {
    if (value != null) {
      p.put(name, value);
    }
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static int pagina(String raw) {
    if (raw == null || raw.isBlank()) {
      return 1;
    }
    try {
      int page = Integer.parseInt(raw.strip());
      if (page >= 1 && page <= JournalQueries.MAX_PAGE + 1) {
        return page;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new InvalidValueException(
        "pagina",
        "'pagina' moet een geheel getal van 1 tot en met "
            + (JournalQueries.MAX_PAGE + 1)
            + " zijn.");
  }

  private static LocalDate datum(String field, String label, String raw) {
    if (raw == null) {
      return null;
    }
    try {
      return Bounds.date(field, LocalDate.parse(raw));
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(
          field,
          "'" + label + "' moet een datum zijn, zoals 2023-07-06, maar is '" + kort(raw) + "'.");
    }
  }

  /** The start of the minute the field names, in Amsterdam time. */
  private static Instant vanaf(String field, String label, String raw) {
    LocalDateTime local = lokaal(field, label, raw);
    return local == null
        ? null
        : Bounds.instant(field, local.atZone(Weergave.AMSTERDAM).toInstant());
  }

  /** The end of the minute the field names: "tot en met 14:05" includes 14:05:30. */
  private static Instant totEnMet(String field, String label, String raw) {
    LocalDateTime local = lokaal(field, label, raw);
    return local == null
        ? null
        : Bounds.instant(
            field,
            local
                .truncatedTo(ChronoUnit.MINUTES)
                .plusMinutes(1)
                .atZone(Weergave.AMSTERDAM)
                .toInstant()
                .minusNanos(1));
  }

  private static LocalDateTime lokaal(String field, String label, String raw) {
    if (raw == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(raw);
    } catch (DateTimeParseException e) {
      try {
        // a date alone is the day's first (or, for "tot en met", its last) minute
        LocalDate day = LocalDate.parse(raw);
        return field.endsWith("Tot") ? day.atTime(23, 59) : day.atStartOfDay();
      } catch (DateTimeParseException notADay) {
        throw new InvalidValueException(
            field,
            "'"
                + label
                + "' moet een datum met tijd zijn, zoals 2023-09-01T12:00, maar is '"
                + kort(raw)
                + "'.");
      }
    }
  }

  private static String kort(String raw) {
    return raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
  }
}
