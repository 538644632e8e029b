package nl.ipo.ledger.infra.web.pages;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import nl.ipo.ledger.kernel.common.Bounds;
import nl.ipo.ledger.kernel.error.InvalidValueException;

/**
 * The two moments every reading page can be set to: the day the structure is shown for ("geldig
 * op", valid time, parameter {@code datum}) and, optionally, what the ledger knew at a moment
 * ("zoals bekend op", transaction time, parameter {@code bekend}, a local Amsterdam date-time as a
 * browser's datetime-local field sends it). A page showing the past or an earlier state of
 * knowledge says so in a banner.
 *
 * @param geldigOp the valid day shown
 * @param bekendOp the transaction moment, or null for everything known now
 * @param vandaag today, in Amsterdam
 * @param actie the page the form submits to
 * @param weggelaten how many recorded events a reading as known at {@code bekendOp} had to leave
 *     out because they could not be read (TemporalReplay's leftOut); said in the banner
 */
public record Tijdkeuze(
    LocalDate geldigOp, Instant bekendOp, LocalDate vandaag, String actie, int weggelaten) {

  /** Reads the page's parameters; a malformed or out-of-range value is a Dutch 400. */
  public static Tijdkeuze of(LocalDate datum, String bekend, Clock clock, String actie) {
    LocalDate today = LocalDate.now(clock.withZone(Weergave.AMSTERDAM));
    return new Tijdkeuze(datum == null ? today : datum, bekendOp(bekend), today, actie, 0);
  }

  /** The same choice, with the number of events the reading had to leave out. */
  public Tijdkeuze metWeggelaten(int count) {
    return new Tijdkeuze(geldigOp, bekendOp, vandaag, actie, count);
  }

  static Instant bekendOp(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    LocalDateTime local;
    try {
      local = LocalDateTime.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(
          "bekend",
          "'Zoals bekend op' moet een datum met tijd zijn, zoals 2023-09-01T12:00, maar is '"
              + (raw.length() > 40 ? raw.substring(0, 40) + "…" : raw)
              + "'.");
    }
    return Bounds.instant("bekend", local.atZone(Weergave.AMSTERDAM).toInstant());
  }

  /** The value for the datetime-local field, in Amsterdam time; empty when not set. */
  public String bekendVeld() {
    return bekendOp == null
        ? ""
        : LocalDateTime.ofInstant(bekendOp, Weergave.AMSTERDAM)
            .truncatedTo(ChronoUnit.MINUTES)
            .toString();
  }

  public boolean verleden() {
    return geldigOp.isBefore(vandaag);
  }

  public boolean toekomst() {
    return geldigOp.isAfter(vandaag);
  }

  /** Whether a banner is due: the past, the future, or an earlier state of knowledge. */
  public boolean bannerNodig() {
    return !geldigOp.equals(vandaag) || bekendOp != null || weggelaten > 0;
  }

  /** The banner's sentence, in Dutch. */
  public String bannerTekst() {
    StringBuilder text = new StringBuilder();
    if (verleden()) {
      text.append("U ziet de toestand op ")
          .append(Weergave.datum(geldigOp))
          .append(", niet die van vandaag.");
    } else if (toekomst()) {
      text.append("U ziet de toestand op ")
          .append(Weergave.datum(geldigOp))
          .append(", zoals die nu al vastligt voor later.");
    }
    if (bekendOp != null) {
      if (!text.isEmpty()) {
        text.append(' ');
      }
      text.append("U ziet wat het register wist op ")
          .append(Weergave.moment(bekendOp))
          .append("; wat daarna is vastgelegd of gecorrigeerd, ontbreekt.");
    }
    if (weggelaten > 0) {
      text.append(' ')
          .append(
              weggelaten == 1
                  ? "Eén vastgelegd feit kon niet worden gelezen en is weggelaten;"
                  : weggelaten
                      + " vastgelegde feiten konden niet worden gelezen en zijn weggelaten;")
          .append(" de beheerder kent de oorzaak.");
    }
    return text.toString();
  }

  /** The query string that keeps both moments, for links to other pages. */
  public String query() {
    return "datum=" + geldigOp + (bekendOp == null ? "" : "&bekend=" + bekendVeld());
  }
}
