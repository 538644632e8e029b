package nl.ipo.ledger.kernel.begroting;

import java.math.BigDecimal;
import nl.ipo.ledger.kernel.common.Bounds;
import nl.ipo.ledger.kernel.error.InvalidValueException;

/**
 * An amount as a budget document prints it, in exact euros: a figure, p.m. (a known item whose
 * amount is not known yet), possibly with an indicative figure, or a figure with a p.m. part ("€
 * 2.869 + p.m."). Never floating point.
 *
 * @param euros the amount, or null for p.m.
 * @param indicative for p.m., an indicative amount if one is printed
 * @param plusPm whether a figure is printed with "+ p.m." beside it; a stored Bedrag recorded
 *     before this field existed reads it as absent, which means false
 */
public record Bedrag(BigDecimal euros, BigDecimal indicative, Boolean plusPm) {

  public static final Bedrag ZERO = new Bedrag(BigDecimal.ZERO, null, false);

  public Bedrag {
    if (euros != null && indicative != null) {
      throw new InvalidValueException(
          "bedrag", "Een indicatief bedrag hoort alleen bij een p.m.-post, niet bij een bedrag.");
    }
    plusPm = plusPm != null && plusPm;
    if (euros == null && plusPm) {
      throw new InvalidValueException(
          "bedrag", "'+ p.m.' hoort bij een bedrag; een post zonder bedrag is gewoon p.m.");
    }
    euros = Bounds.amount("bedrag", euros);
    indicative = Bounds.amount("bedrag", indicative);
  }

  public Bedrag(BigDecimal euros, BigDecimal indicative) {
    this(euros, indicative, false);
  }

  public static Bedrag of(BigDecimal euros) {
    return new Bedrag(InvalidValueException.required("bedrag", euros), null, false);
  }

  public static Bedrag pm(BigDecimal indicative) {
    return new Bedrag(null, indicative, false);
  }

  /** A figure printed with "+ p.m." beside it, such as programme 3's "€ 2.869 + p.m.". */
  public static Bedrag ofPlusPm(BigDecimal euros) {
    return new Bedrag(InvalidValueException.required("bedrag", euros), null, true);
  }

  /** Whether this is p.m. only, without a figure. */
  public boolean pm() {
    return euros == null;
  }

  /** Whether a p.m. is part of this amount: p.m. only, or a figure "+ p.m.". */
  public boolean includesPm() {
    return euros == null || plusPm;
  }

  /** The amount counted in a sum: a p.m. counts as zero (a sum that includes one says so). */
  public BigDecimal value() {
    return euros == null ? BigDecimal.ZERO : euros;
  }

  @Override
  public String toString() {
    if (euros != null) {
      return euros.toPlainString() + (plusPm ? " + p.m." : "");
    }
    return indicative == null ? "p.m." : "p.m. (" + indicative.toPlainString() + ")";
  }
}
