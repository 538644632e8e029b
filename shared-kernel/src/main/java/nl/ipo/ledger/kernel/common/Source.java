package nl.ipo.ledger.kernel.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import java.util.Map;

/**
 * Where a recorded fact comes from: the document, the place in it and the short quote the recording
 * cited, with the recorder's note; or, for a fact recorded without a citation, why it has none. A
 * journal marks an assumption with a note that starts with {@code Aanname:} (docs/history.md).
 * Every read view carries one for each fact it shows, so that a reader can tell a printed fact from
 * an assumed one and from one recorded without a source.
 *
 * @param noSourceReason null when the fact cites a source; otherwise, in Dutch, why it has none
 */
public record Source(
    String document, String place, String quote, String note, String noSourceReason) {

  private static final String ASSUMPTION = "aanname";

  /** A cited source. */
  public static Source cited(String document, String place, String quote, String note) {
    if (document == null && quote == null && note == null) {
      throw new IllegalArgumentException("a cited source names a document, a quote or a note");
    }
    return new Source(document, place, quote, note, null);
  }

  /** A fact without a citation, and why. */
  public static Source none(String reason) {
    return new Source(null, null, null, null, reason);
  }

  /**
   * The source in the metadata of a stored fact; for a fact recorded without one, the reason read
   * from who recorded it: the ledger on its own (a deadline that fired, the statutes loaded at the
   * first start) or a user who gave none.
   */
  public static Source of(Map<String, ?> metaData) {
    String document = LedgerMetadata.text(metaData, LedgerMetadata.SOURCE_DOCUMENT);
    String quote = LedgerMetadata.text(metaData, LedgerMetadata.SOURCE_QUOTE);
    String note = LedgerMetadata.text(metaData, LedgerMetadata.SOURCE_NOTE);
    if (document != null || quote != null || note != null) {
      return cited(
          document, LedgerMetadata.text(metaData, LedgerMetadata.SOURCE_PLACE), quote, note);
    }
    return none(reasonForNone(metaData));
  }

  private static String reasonForNone(Map<String, ?> metaData) {
    String actor = LedgerMetadata.text(metaData, LedgerMetadata.ACTOR);
    String origin = LedgerMetadata.text(metaData, LedgerMetadata.DEADLINE_ORIGIN);
    if (origin != null) {
      return "Door het grootboek zelf vastgelegd toen een termijn afliep; de termijn is gezet"
          + " door opdracht "
          + origin
          + ", waar de bron van de termijn staat.";
    }
    if (LedgerMetadata.SYSTEM_ACTOR.equals(actor)) {
      return "Door het grootboek zelf vastgelegd bij de eerste start (de bevoegdheden uit de"
          + " Statuten IPO); de verwijzing naar het besluit staat bij het feit zelf.";
    }
    if (actor == null) {
      return "Vastgelegd zonder bronvermelding en zonder vastlegger.";
    }
    return "Bij het vastleggen heeft " + actor + " geen bron opgegeven.";
  }

  /** Whether the recording cites a source. */
  @JsonProperty(value = "cited", access = JsonProperty.Access.READ_ONLY)
  public boolean isCited() {
    return noSourceReason == null;
  }

  /** Whether the note marks the fact as an assumption. */
  @JsonProperty(value = "assumption", access = JsonProperty.Access.READ_ONLY)
  public boolean assumption() {
    return isAssumption(note);
  }

  /** Whether a recorder's note marks an assumption (it starts with "Aanname"). */
  public static boolean isAssumption(String note) {
    return note != null && note.strip().toLowerCase(Locale.ROOT).startsWith(ASSUMPTION);
  }
}
