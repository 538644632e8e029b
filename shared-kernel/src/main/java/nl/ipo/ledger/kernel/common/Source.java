package nl.ipo.ledger.kernel.common;

/**
 * Where a recorded fact comes from, as the recording cited it: the document, the place in it and
 * the short quote, and the recorder's note. A journal marks an assumption with a note that starts
 * with {@code Aanname:} (docs/history.md).
 */
public record Source(String document, String place, String quote, String note) {

  private static final String ASSUMPTION = "aanname";

  /** The source in the metadata of a stored fact, or null when it cites none. */
  public static Source of(java.util.Map<String, ?> metaData) {
    Source source =
        new Source(
            LedgerMetadata.text(metaData, LedgerMetadata.SOURCE_DOCUMENT),
            LedgerMetadata.text(metaData, LedgerMetadata.SOURCE_PLACE),
            LedgerMetadata.text(metaData, LedgerMetadata.SOURCE_QUOTE),
            LedgerMetadata.text(metaData, LedgerMetadata.SOURCE_NOTE));
    return source.document == null && source.quote == null && source.note == null ? null : source;
  }

  /** Whether the note marks the fact as an assumption. */
  public boolean assumption() {
    return note != null && note.strip().toLowerCase(java.util.Locale.ROOT).startsWith(ASSUMPTION);
  }
}
