package nl.ipo.ledger.kernel.besluit;

import java.time.LocalDate;
import java.util.List;
import nl.ipo.ledger.kernel.common.RecordedEvent;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.vergadering.VergaderingId;

/** Queries about decisions, and the records that answer them. */
public final class BesluitQueries {

  private BesluitQueries() {}

  /** The besluitenlijst of a body (all its meetings) or of one meeting; exactly one is given. */
  public record FindBesluitenlijst(GremiumId gremiumId, VergaderingId vergaderingId) {
    public FindBesluitenlijst {
      if ((gremiumId == null) == (vergaderingId == null)) {
        throw new InvalidValueException(
            "gremiumId",
            "Geef precies één van beide: een gremium (gremiumId) of een vergadering (vergaderingId).");
      }
    }
  }

  public record Besluitenlijst(List<BesluitSummary> besluiten) {
    public Besluitenlijst {
      besluiten = List.copyOf(besluiten);
    }
  }

  /**
   * One voorstel and where it stands.
   *
   * @param status INGEDIEND, AANGEHOUDEN, AANGENOMEN, AANGENOMEN_MET_AMENDEMENTEN, VERWORPEN or
   *     INGETROKKEN; on a meeting's list: the outcome at that meeting, or GEAGENDEERD
   */
  public record BesluitSummary(
      String besluitId,
      String subject,
      BesluitType besluitType,
      String submittedBy,
      String decidingGremiumId,
      String status,
      LocalDate decisionDate,
      String deciderGremiumId,
      String deciderPerson,
      String vergaderingId,
      LocalDate meetingDate,
      String mandaatId) {}

  /**
   * Everything that happened to one voorstel: agenda, discussions, advice, votes, outcome, effects.
   */
  public record FindBesluitLifecycle(BesluitId besluitId) {
    public FindBesluitLifecycle {
      InvalidValueException.required("besluitId", besluitId);
    }
  }

  public record BesluitLifecycle(String besluitId, List<RecordedEvent> events) {
    public BesluitLifecycle {
      events = List.copyOf(events);
    }
  }
}
