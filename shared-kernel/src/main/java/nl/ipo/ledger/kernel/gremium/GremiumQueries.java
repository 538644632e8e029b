package nl.ipo.ledger.kernel.gremium;

import java.time.LocalDate;
import java.util.List;
import nl.ipo.ledger.kernel.common.Province;
import nl.ipo.ledger.kernel.common.RecordedEvent;
import nl.ipo.ledger.kernel.error.InvalidValueException;

/** Queries about the governance structure, and the records that answer them. */
public final class GremiumQueries {

  private GremiumQueries() {}

  /** Every gremium in force on {@code asOf}, with its members in force that day. */
  public record FindStructure(LocalDate asOf) {
    public FindStructure {
      InvalidValueException.required("asOf", asOf);
    }
  }

  public record StructureView(LocalDate asOf, List<GremiumView> gremia) {
    public StructureView {
      gremia = List.copyOf(gremia);
    }
  }

  /**
   * A gremium as it stood on a day.
   *
   * @param endDate first day it no longer exists (planned end or dissolution), or null
   */
  public record GremiumView(
      String id,
      String name,
      GremiumType type,
      String parentId,
      String parentName,
      LocalDate beginDate,
      LocalDate endDate,
      List<MemberView> members) {
    public GremiumView {
      members = List.copyOf(members);
    }
  }

  /**
   * A membership in force on the day asked.
   *
   * @param until first day the person no longer holds the seat, or null while open
   */
  public record MemberView(
      String membershipId,
      String personName,
      Province province,
      MemberRole role,
      LocalDate since,
      LocalDate until) {}

  /** Every event of one gremium, in the order the ledger recorded them. */
  public record FindGremiumHistory(GremiumId gremiumId) {
    public FindGremiumHistory {
      InvalidValueException.required("gremiumId", gremiumId);
    }
  }

  public record GremiumHistory(String gremiumId, List<RecordedEvent> events) {
    public GremiumHistory {
      events = List.copyOf(events);
    }
  }
}
