package nl.ipo.ledger.query.besluit;

import java.time.LocalDate;
import java.util.List;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitTaken;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelDeferred;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelPlacedOnAgenda;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelSubmitted;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelWithdrawn;
import nl.ipo.ledger.kernel.besluit.BesluitOutcome;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.BesluitSummary;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.Besluitenlijst;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.FindBesluitenlijst;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.common.Party;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The besluitenlijst: every voorstel with where it stands, per deciding body and per meeting.
 * Idempotent handlers; token and rows commit together.
 */
@ProcessingGroup(BesluitenlijstProjection.PROCESSING_GROUP)
public class BesluitenlijstProjection {

  public static final String PROCESSING_GROUP = "besluitenlijst";

  private final JdbcClient jdbc;

  public BesluitenlijstProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(VoorstelSubmitted event) {
    jdbc.sql(
            """
            INSERT INTO besluit_view (besluit_id, subject, besluit_type, submitted_by,
                                      deciding_gremium_id, submitted_on, status)
            VALUES (:id, :subject, :type, :by, :deciding, :on, 'INGEDIEND')
            ON CONFLICT DO NOTHING""")
        .param("id", event.besluitId().toString())
        .param("subject", event.subject())
        .param("type", event.besluitType().name())
        .param("by", event.submittedBy().toString())
        .param("deciding", event.decidingGremiumId().toString())
        .param("on", event.submittedOn())
        .update();
  }

  @EventHandler
  void on(VoorstelPlacedOnAgenda event) {
    jdbc.sql(
            """
            INSERT INTO besluit_agenda (besluit_id, vergadering_id, gremium_id, meeting_date,
                                        agenda_item)
            VALUES (:id, :meeting, :gremium, :date, :item) ON CONFLICT DO NOTHING""")
        .param("id", event.besluitId().toString())
        .param("meeting", event.vergaderingId().toString())
        .param("gremium", event.gremiumId().toString())
        .param("date", event.meetingDate())
        .param("item", event.agendaItem())
        .update();
  }

  @EventHandler
  void on(BesluitTaken event) {
    decided(
        event.besluitId().toString(),
        status(event.outcome()),
        event.decisionDate(),
        event.decider(),
        event.vergaderingId() == null ? null : event.vergaderingId().toString(),
        event.mandaatId() == null ? null : event.mandaatId().toString());
  }

  @EventHandler
  void on(VoorstelDeferred event) {
    decided(
        event.besluitId().toString(),
        status(BesluitOutcome.DEFERRED),
        event.decisionDate(),
        event.decider(),
        event.vergaderingId() == null ? null : event.vergaderingId().toString(),
        null);
  }

  @EventHandler
  void on(VoorstelWithdrawn event) {
    jdbc.sql(
            "UPDATE besluit_view SET status = 'INGETROKKEN', decision_date = :day WHERE besluit_id = :id")
        .param("day", event.withdrawnOn())
        .param("id", event.besluitId().toString())
        .update();
  }

  private void decided(
      String id, String status, LocalDate day, Party decider, String meeting, String mandaat) {
    if (meeting != null) {
      jdbc.sql(
              "UPDATE besluit_agenda SET outcome = :status WHERE besluit_id = :id AND vergadering_id = :m")
          .param("status", status)
          .param("id", id)
          .param("m", meeting)
          .update();
    }
    jdbc.sql(
            """
            UPDATE besluit_view
               SET status = :status, decision_date = :day, decider_gremium_id = :gremium,
                   decider_person = :person, vergadering_id = :meeting, mandaat_id = :mandaat
             WHERE besluit_id = :id""")
        .param("status", status)
        .param("day", day)
        .param("gremium", decider.gremiumId() == null ? null : decider.gremiumId().toString())
        .param("person", decider.personName())
        .param("meeting", meeting)
        .param("mandaat", mandaat)
        .param("id", id)
        .update();
  }

  /** The status as the besluitenlijst shows it, in Dutch. */
  static String status(BesluitOutcome outcome) {
    return switch (outcome) {
      case ADOPTED -> "AANGENOMEN";
      case ADOPTED_WITH_AMENDMENTS -> "AANGENOMEN_MET_AMENDEMENTEN";
      case REJECTED -> "VERWORPEN";
      case DEFERRED -> "AANGEHOUDEN";
    };
  }

  @ResetHandler
  void reset() {
    jdbc.sql("DELETE FROM besluit_agenda").update();
    jdbc.sql("DELETE FROM besluit_view").update();
  }

  @QueryHandler
  public Besluitenlijst handle(FindBesluitenlijst query) {
    String select =
        """
        SELECT b.*, (SELECT a.meeting_date FROM besluit_agenda a
                      WHERE a.besluit_id = b.besluit_id AND a.vergadering_id = b.vergadering_id)
                    AS meeting_date
          FROM besluit_view b
        """;
    List<BesluitSummary> rows =
        query.gremiumId() != null
            ? jdbc.sql(
                    select
                        + """
                         WHERE b.decider_gremium_id = :id
                            OR (b.decider_gremium_id IS NULL AND b.decider_person IS NULL
                                AND b.deciding_gremium_id = :id)
                         ORDER BY b.decision_date, b.submitted_on, b.subject""")
                .param("id", query.gremiumId().toString())
                .query((rs, n) -> summary(rs))
                .list()
            : jdbc
                .sql(
                    select
                        + """
                         WHERE b.besluit_id IN (SELECT a.besluit_id FROM besluit_agenda a
                                                 WHERE a.vergadering_id = :id)
                         ORDER BY b.subject""")
                .param("id", query.vergaderingId().toString())
                .query((rs, n) -> summary(rs))
                .list()
                .stream()
                .map(b -> atMeeting(b, query.vergaderingId().toString()))
                .toList();
    return new Besluitenlijst(rows);
  }

  /** On a meeting's list a voorstel shows what happened at that meeting, not its later fate. */
  private BesluitSummary atMeeting(BesluitSummary b, String meeting) {
    record AtMeeting(String outcome, LocalDate date) {}
    AtMeeting at =
        jdbc.sql(
                "SELECT outcome, meeting_date FROM besluit_agenda WHERE besluit_id = :id AND vergadering_id = :m")
            .param("id", b.besluitId())
            .param("m", meeting)
            .query(
                (rs, n) ->
                    new AtMeeting(
                        rs.getString("outcome"), rs.getObject("meeting_date", LocalDate.class)))
            .single();
    boolean decidedHere = at.outcome() != null;
    return new BesluitSummary(
        b.besluitId(),
        b.subject(),
        b.besluitType(),
        b.submittedBy(),
        b.decidingGremiumId(),
        decidedHere ? at.outcome() : "GEAGENDEERD",
        decidedHere ? at.date() : null,
        decidedHere ? b.deciderGremiumId() : null,
        decidedHere ? b.deciderPerson() : null,
        meeting,
        at.date(),
        decidedHere ? b.mandaatId() : null);
  }

  private static BesluitSummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new BesluitSummary(
        rs.getString("besluit_id"),
        rs.getString("subject"),
        BesluitType.valueOf(rs.getString("besluit_type")),
        rs.getString("submitted_by"),
        rs.getString("deciding_gremium_id"),
        rs.getString("status"),
        rs.getObject("decision_date", LocalDate.class),
        rs.getString("decider_gremium_id"),
        rs.getString("decider_person"),
        rs.getString("vergadering_id"),
        rs.getObject("meeting_date", LocalDate.class),
        rs.getString("mandaat_id"));
  }
}
