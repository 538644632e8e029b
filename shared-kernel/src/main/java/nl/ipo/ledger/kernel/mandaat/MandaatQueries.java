package nl.ipo.ledger.kernel.mandaat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.error.InvalidValueException;

/** Queries about mandates and competence, and the records that answer them. */
public final class MandaatQueries {

  private MandaatQueries() {}

  /** The tree of a mandate and its sub-mandates, with every version, as known for a day. */
  public record FindMandaatLineage(MandaatId mandaatId, LocalDate asOf) {
    public FindMandaatLineage {
      InvalidValueException.required("mandaatId", mandaatId);
      InvalidValueException.required("asOf", asOf);
    }
  }

  /**
   * One mandate in the tree.
   *
   * @param status on the day asked: NOG_NIET (not yet in force), GELDIG, INGETROKKEN or VERLOPEN
   * @param versions every version in force on or before the day asked, oldest first
   */
  public record MandaatNode(
      String mandaatId,
      Party mandaatgever,
      Party mandataris,
      String status,
      List<MandaatVersion> versions,
      List<MandaatNode> subMandaten) {
    public MandaatNode {
      versions = List.copyOf(versions);
      subMandaten = List.copyOf(subMandaten);
    }
  }

  public record MandaatVersion(
      int version,
      LocalDate validFrom,
      MandaatScope scope,
      BigDecimal ceiling,
      LocalDate endDate,
      String conditions,
      String decisionReference) {}
}
