package nl.ipo.ledger.kernel.begroting;

import java.time.LocalDate;
import nl.ipo.ledger.kernel.common.Codes;

/** Where a begroting stands in its cycle on a day: each step counts from its own date. */
public enum BegrotingStatus implements Codes.Labelled {
  CONCEPT("concept"),
  INGEDIEND("ingediend bij de AV"),
  VASTGESTELD("vastgesteld"),
  JAARREKENING_VASTGESTELD("jaarrekening vastgesteld");

  private final String label;

  BegrotingStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** The furthest step taken on or before {@code day}; a step without a date is not taken. */
  public static BegrotingStatus on(
      LocalDate day, LocalDate submitted, LocalDate approved, LocalDate jaarrekening) {
    if (taken(jaarrekening, day)) {
      return JAARREKENING_VASTGESTELD;
    }
    if (taken(approved, day)) {
      return VASTGESTELD;
    }
    if (taken(submitted, day)) {
      return INGEDIEND;
    }
    return CONCEPT;
  }

  /** Whether a step dated {@code step} (null: not taken) was taken on or before {@code day}. */
  public static boolean taken(LocalDate step, LocalDate day) {
    return step != null && !step.isAfter(day);
  }
}
