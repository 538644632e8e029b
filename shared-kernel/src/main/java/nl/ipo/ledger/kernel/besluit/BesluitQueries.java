package nl.ipo.ledger.kernel.besluit;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.ipo.ledger.kernel.common.Bounds;
import nl.ipo.ledger.kernel.common.RecordedEvent;
import nl.ipo.ledger.kernel.common.Source;
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
      String mandaatId,
      Source submissionSource,
      Source decisionSource) {}

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

  /** Rows per page of a list, at most. */
  public static final int MAX_SIZE = 100;

  /** The last page number of a list. */
  public static final int MAX_PAGE = Bounds.MAX_PAGE;

  /** The longest search text. */
  public static final int MAX_SEARCH = 200;

  /** The statuses a voorstel can have on the besluitenlijst, in the order of its life. */
  public static final List<String> STATUSES =
      List.of(
          "INGEDIEND",
          "AANGEHOUDEN",
          "AANGENOMEN",
          "AANGENOMEN_MET_AMENDEMENTEN",
          "VERWORPEN",
          "INGETROKKEN");

  /**
   * Every voorstel and besluit, filtered and paged, newest first (by decision day, else the day it
   * was submitted). Every filter is optional.
   *
   * @param gremiumId the body that is to decide or that decided
   * @param jaar the year of the decision, or of the submission while undecided
   * @param status one of {@link #STATUSES}, in any case
   * @param q words that must all occur in the subject, in any case and order
   */
  public record FindBesluiten(
      GremiumId gremiumId,
      BesluitType besluitType,
      Integer jaar,
      String status,
      String q,
      int page,
      int size) {
    public FindBesluiten {
      if (jaar != null && (jaar < Bounds.MIN_DATE.getYear() || jaar > Bounds.MAX_DATE.getYear())) {
        throw new InvalidValueException(
            "jaar",
            "'jaar' moet een jaartal van "
                + Bounds.MIN_DATE.getYear()
                + " tot en met "
                + Bounds.MAX_DATE.getYear()
                + " zijn.");
      }
      if (status != null && !status.isBlank()) {
        String code = status.strip().toUpperCase(Locale.ROOT);
        if (!STATUSES.contains(code)) {
          throw new InvalidValueException(
              "status",
              "'status' moet een van "
                  + String.join(", ", STATUSES)
                  + " zijn, maar is '"
                  + (code.length() > 40 ? code.substring(0, 40) + "…" : code)
                  + "'.");
        }
        status = code;
      } else {
        status = null;
      }
      q = search("q", q);
      Bounds.paging(page, size, MAX_SIZE);
    }
  }

  /** A search text: stripped, at most {@link #MAX_SEARCH} characters; blank is none. */
  public static String search(String field, String q) {
    if (q == null) {
      return null;
    }
    Bounds.name(field, q, Integer.MAX_VALUE);
    return q.isBlank() ? null : Bounds.name(field, q.strip(), MAX_SEARCH);
  }

  /**
   * One voorstel on a list, with the names of the bodies and parties involved.
   *
   * @param submittedBy who submitted it: the body's name or the person
   * @param decidedBy who decided: the body's name or the person; null while undecided
   */
  public record BesluitItem(
      String besluitId,
      String subject,
      BesluitType besluitType,
      String status,
      LocalDate submittedOn,
      LocalDate decisionDate,
      String submittedBy,
      String decidingGremiumId,
      String decidingGremiumName,
      String decidedBy,
      String mandaatId) {}

  public record BesluitenPage(int page, int size, long total, List<BesluitItem> besluiten) {
    public BesluitenPage {
      besluiten = List.copyOf(besluiten);
    }
  }

  /** The meetings of one body, or of all bodies, newest first. */
  public record FindVergaderingen(GremiumId gremiumId, int page, int size) {
    public FindVergaderingen {
      Bounds.paging(page, size, MAX_SIZE);
    }
  }

  /** One meeting. */
  public record FindVergadering(VergaderingId vergaderingId) {
    public FindVergadering {
      InvalidValueException.required("vergaderingId", vergaderingId);
    }
  }

  /**
   * A meeting of a body.
   *
   * @param description what the meeting was for, as recorded; null when not given
   * @param agendaItems how many voorstellen were on its agenda
   */
  public record VergaderingItem(
      String vergaderingId,
      String gremiumId,
      String gremiumName,
      LocalDate date,
      String description,
      int agendaItems) {}

  public record VergaderingenPage(
      int page, int size, long total, List<VergaderingItem> vergaderingen) {
    public VergaderingenPage {
      vergaderingen = List.copyOf(vergaderingen);
    }
  }

  /**
   * The corrections (rectificaties) of any fact of a besluit's lifecycle: every {@code
   * FactCorrected} and {@code FactRetracted} that names one of its events, in recorded order.
   */
  public record FindBesluitCorrections(BesluitId besluitId) {
    public FindBesluitCorrections {
      InvalidValueException.required("besluitId", besluitId);
    }
  }

  public record BesluitCorrections(String besluitId, List<RecordedEvent> corrections) {
    public BesluitCorrections {
      corrections = List.copyOf(corrections);
    }
  }

  /** The bodies that are to decide or decided any voorstel, for a list's filter. */
  public record FindBesluitGremia() {}

  public record GremiumNaam(String gremiumId, String name) {}

  public record BesluitGremia(List<GremiumNaam> gremia) {
    public BesluitGremia {
      gremia = List.copyOf(gremia);
    }
  }
}
