package nl.ipo.ledger.kernel.begroting;

import java.math.BigDecimal;
import nl.ipo.ledger.kernel.common.Bounds;
import nl.ipo.ledger.kernel.error.InvalidValueException;

/**
 * An amount as a budget document prints it, in exact euros: a figure, or p.m. (a known item whose
 * amount is not known yet), possibly with an indicative figure. Never floating point.
 *
 * @param euros the amount, or null for p.m.
 * @param indicative for p.m., an indicative amount if one is printed
 */
public record Bedrag(BigDecimal euros, BigDecimal indicative) {

  public static final Bedrag ZERO = new Bedrag(BigDecimal.ZERO, null);

  public Bedrag {
    if (euros != null && indicative != null) {
      throw new InvalidValueException(
          "bedrag", "Een indicatief bedrag hoort alleen bij een p.m.-post, niet bij een bedrag.");
    }
    euros = Bounds.amount("bedrag", euros);
    indicative = Bounds.amount("bedrag", indicative);
  }

  public static Bedrag of(BigDecimal euros) {
    return new Bedrag(InvalidValueException.required("bedrag", euros), null);
  }

  public static Bedrag pm(BigDecimal indicative) {
    return new Bedrag(null, indicative);
  }

  public boolean pm() {
    return euros == null;
  }

  /** The amount counted in a sum: a p.m. counts as zero (a sum that includes one says so). */
  public BigDecimal value() {
    return euros == null ? BigDecimal.ZERO : euros;
  }

  @Override
  public String toString() {
    if (euros != null) {
      return euros.toPlainString();
    }
    return indicative == null ? "p.m." : "p.m. (" + indicative.toPlainString() + ")";
  }
}
