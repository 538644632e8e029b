package nl.ipo.ledger.kernel.gremium;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import nl.ipo.ledger.kernel.common.Bounds;
import nl.ipo.ledger.kernel.common.Province;
import nl.ipo.ledger.kernel.common.RecordedEvent;
import nl.ipo.ledger.kernel.common.Source;
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
      List<MemberView> members,
      Source source) {
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
      LocalDate until,
      Source source) {}

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

  /** Rows per page of a gremium list, at most. */
  public static final int MAX_PAGE_SIZE = 500;

  /** The last page number a list accepts. */
  public static final int MAX_PAGE = Bounds.MAX_PAGE;

  /**
   * Every gremium the ledger knows, whatever its lifetime, optionally of one type, by name.
   *
   * @param type only gremia of this type, or null for all
   * @param page from 0 up to {@link #MAX_PAGE}
   * @param size rows per page, 1..{@link #MAX_PAGE_SIZE}
   */
  public record FindGremia(GremiumType type, int page, int size) {
    public FindGremia {
      Bounds.paging(page, size, MAX_PAGE_SIZE);
    }
  }

  public record GremiumPage(int page, int size, long total, List<GremiumSummary> gremia) {
    public GremiumPage {
      gremia = List.copyOf(gremia);
    }
  }

  /**
   * A gremium named for a link: its id and the name it carried at the moment in question.
   *
   * @param tasks in a lineage, the part of the dissolved body's tasks that passed between the two
   *     (null: all of them, or not a lineage)
   */
  public record GremiumRef(
      String id,
      String name,
      GremiumType type,
      @JsonInclude(JsonInclude.Include.NON_NULL) String tasks) {

    public GremiumRef(String id, String name, GremiumType type) {
      this(id, name, type, null);
    }
  }

  /**
   * A gremium over its whole lifetime.
   *
   * @param name its latest name
   * @param parentName the parent's latest name
   * @param endDate first day it no longer exists (planned end or dissolution), or null
   * @param predecessors the gremia whose tasks (or a part of them, {@link GremiumRef#tasks}) it
   *     took over, when a merger created it or a dissolution named it as successor
   * @param successors the gremia that took over its tasks (each with its part, where not all), when
   *     a merger or a dissolution ended it
   */
  public record GremiumSummary(
      String id,
      String name,
      GremiumType type,
      String parentId,
      String parentName,
      LocalDate beginDate,
      LocalDate endDate,
      List<GremiumRef> predecessors,
      List<GremiumRef> successors) {
    public GremiumSummary {
      predecessors = List.copyOf(predecessors);
      successors = List.copyOf(successors);
    }
  }

  /** One gremium over its whole lifetime, with its members in force on {@code asOf}. */
  public record FindGremium(GremiumId gremiumId, LocalDate asOf) {
    public FindGremium {
      InvalidValueException.required("gremiumId", gremiumId);
      InvalidValueException.required("asOf", asOf);
    }
  }

  public record GremiumDetail(
      GremiumSummary gremium, LocalDate asOf, List<GremiumRef> children, List<MemberView> members) {
    public GremiumDetail {
      children = List.copyOf(children);
      members = List.copyOf(members);
    }
  }

  /**
   * What changed in the structure after {@code from} up to and including {@code to}: everything
   * whose effective date lies in that interval, so that the changes turn the structure on {@code
   * from} into the one on {@code to}.
   */
  public record FindStructureChanges(LocalDate from, LocalDate to) {
    public FindStructureChanges {
      InvalidValueException.required("from", from);
      InvalidValueException.required("to", to);
      Bounds.date("from", from);
      Bounds.date("to", to);
      if (to.isBefore(from)) {
        throw new InvalidValueException(
            "to", "'to' (" + to + ") mag niet vóór 'from' (" + from + ") liggen.");
      }
    }
  }

  public record StructureChanges(
      LocalDate from,
      LocalDate to,
      List<GremiumChange> gremia,
      List<MembershipChange> memberships) {
    public StructureChanges {
      gremia = List.copyOf(gremia);
      memberships = List.copyOf(memberships);
    }
  }

  /** What happened to a gremium. */
  public enum ChangeKind {
    /** It began, on its own or as the result of a merger (then {@code related} are the merged). */
    ESTABLISHED,
    /** It carries a new name. */
    RENAMED,
    /** It ended by being merged; {@code related} are the gremia it went into. */
    MERGED,
    /** It was dissolved, or its term ended. */
    DISSOLVED
  }

  /**
   * One change to a gremium.
   *
   * @param name its name on the day of the change (the new name for a rename)
   * @param previousName the name before a rename, else null
   * @param related the merged gremia for an establishment by merger, the successors for a merger
   * @param decisionReference the decision's citation
   * @param besluitId the besluit in the ledger behind it, or null where it is only cited
   */
  public record GremiumChange(
      ChangeKind kind,
      LocalDate date,
      String gremiumId,
      String name,
      GremiumType type,
      String previousName,
      List<GremiumRef> related,
      String decisionReference,
      String besluitId) {
    public GremiumChange {
      related = List.copyOf(related);
    }
  }

  /** A membership that began ({@code started}) or ended in the interval. */
  public record MembershipChange(
      boolean started,
      LocalDate date,
      String membershipId,
      String gremiumId,
      String gremiumName,
      String personName,
      Province province,
      MemberRole role,
      String decisionReference,
      String besluitId) {}
}
