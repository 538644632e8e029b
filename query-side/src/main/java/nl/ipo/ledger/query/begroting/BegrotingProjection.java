package nl.ipo.ledger.query.begroting;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.ipo.ledger.kernel.begroting.Bedrag;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.LineChange;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Content;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Opgave;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Programma;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.SamenvattingRegel;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Tegel;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Verklaring;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.BegrotingAmended;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.BegrotingApproved;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.BegrotingDrafted;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.BegrotingSubmitted;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.JaarrekeningAdopted;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.RealisationRecorded;
import nl.ipo.ledger.kernel.begroting.CostLine;
import nl.ipo.ledger.kernel.begroting.LineChangeKind;
import nl.ipo.ledger.kernel.common.LedgerMetadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the budget read model: the document as printed (programmes, beleidsopgaven, lines, the
 * printed totals, the summary table and its explanation) and every later change of a line, each
 * with its besluit, date, actor and source. Idempotent; token and rows commit together. The queries
 * on it are in {@link BegrotingQueryHandlers}.
 */
@ProcessingGroup(BegrotingProjection.PROCESSING_GROUP)
public class BegrotingProjection {

  public static final String PROCESSING_GROUP = "begroting";

  /**
   * The version of this projection's tables and of what it writes into them: raise it with every
   * change that needs the stored events projected again (a new table or column, a new way of
   * filling one), and the ledger rebuilds this read model once at its next start.
   */
  public static final int READ_MODEL_VERSION = 3;

  private final JdbcClient jdbc;

  public BegrotingProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(
      BegrotingDrafted event,
      @MetaDataValue(LedgerMetadata.ACTOR) String actor,
      @MetaDataValue(LedgerMetadata.RECORDED_AT) String recordedAt) {
    String id = event.begrotingId().toString();
    Content doc = event.document();
    Bedrag totaal = doc.statedTotaal();
    Bedrag basis = doc.statedBasis();
    jdbc.sql(
            """
            INSERT INTO begroting_view (begroting_id, jaar, titel, bron, drafted_on, drafted_by,
                drafted_recorded_at, stated_totaal, stated_totaal_pm, stated_totaal_plus_pm,
                stated_totaal_printed, totaal_bron, eenheid, stated_basis, stated_basis_pm,
                stated_basis_plus_pm, stated_basis_printed, basis_bron)
            VALUES (:id, :jaar, :titel, :bron, :drafted, :actor, :recordedAt, :totaal, :pm,
                :plusPm, :printed, :totaalBron, :eenheid, :basis, :basisPm, :basisPlusPm,
                :basisPrinted, :basisBron)
            ON CONFLICT DO NOTHING""")
        .param("id", id)
        .param("jaar", doc.jaar())
        .param("titel", doc.titel())
        .param("bron", doc.bron())
        .param("drafted", event.draftedOn())
        .param("actor", actor)
        .param("recordedAt", timestamp(recordedAt))
        .param("totaal", totaal == null ? null : totaal.euros())
        .param("pm", totaal != null && totaal.pm())
        .param("plusPm", totaal != null && totaal.plusPm())
        .param("printed", totaal != null)
        .param("totaalBron", doc.totaalBron() == null ? null : doc.totaalBron().toString())
        .param("eenheid", doc.eenheid())
        .param("basis", basis == null ? null : basis.euros())
        .param("basisPm", basis != null && basis.pm())
        .param("basisPlusPm", basis != null && basis.plusPm())
        .param("basisPrinted", basis != null)
        .param("basisBron", doc.basisBron() == null ? null : doc.basisBron().toString())
        .update();
    for (Programma p : doc.programmas()) {
      jdbc.sql(
              """
              INSERT INTO begroting_programma (begroting_id, nummer, naam, stated_totaal, stated_pm,
                  stated_plus_pm, stated_printed, bron)
              VALUES (:id, :nummer, :naam, :totaal, :pm, :plusPm, :printed, :bron)
              ON CONFLICT DO NOTHING""")
          .param("id", id)
          .param("nummer", p.nummer())
          .param("naam", p.naam())
          .param("totaal", p.statedTotaal() == null ? null : p.statedTotaal().euros())
          .param("pm", p.statedTotaal() != null && p.statedTotaal().pm())
          .param("plusPm", p.statedTotaal() != null && p.statedTotaal().plusPm())
          .param("printed", p.statedTotaal() != null)
          .param("bron", p.bron().toString())
          .update();
    }
    int position = 0;
    for (Opgave o : doc.opgaven()) {
      jdbc.sql(
              """
              INSERT INTO begroting_opgave (begroting_id, code, programma, position, naam, soort,
                  stated_totaal, stated_pm, stated_plus_pm, bron)
              VALUES (:id, :code, :programma, :position, :naam, :soort, :totaal, :pm, :plusPm,
                  :bron)
              ON CONFLICT DO NOTHING""")
          .param("id", id)
          .param("code", o.code())
          .param("programma", o.programma())
          .param("position", position++)
          .param("naam", o.naam())
          .param("soort", o.soort().name())
          .param("totaal", o.statedTotaal().euros())
          .param("pm", o.statedTotaal().pm())
          .param("plusPm", o.statedTotaal().plusPm())
          .param("bron", o.bron().toString())
          .update();
      for (Map.Entry<CostLine, Bedrag> line : o.lines().entrySet()) {
        jdbc.sql(
                """
                INSERT INTO begroting_line (begroting_id, code, cost_line, original, pm, indicative)
                VALUES (:id, :code, :line, :original, :pm, :indicative) ON CONFLICT DO NOTHING""")
            .param("id", id)
            .param("code", o.code())
            .param("line", line.getKey().name())
            .param("original", line.getValue().value())
            .param("pm", line.getValue().pm())
            .param("indicative", line.getValue().indicative())
            .update();
      }
    }
    int idx = 0;
    for (SamenvattingRegel r : doc.samenvatting()) {
      jdbc.sql(
              """
              INSERT INTO begroting_samenvatting (begroting_id, idx, regel, was, wordt1,
                  kassiersfunctie, wordt2, verschil, bron, kostenregels)
              VALUES (:id, :idx, :regel, :was, :wordt1, :kassier, :wordt2, :verschil, :bron,
                  :kostenregels)
              ON CONFLICT DO NOTHING""")
          .param("id", id)
          .param("idx", idx++)
          .param("regel", r.regel())
          .param("was", euros(r.was()))
          .param("wordt1", euros(r.wordt1()))
          .param("kassier", euros(r.kassiersfunctie()))
          .param("wordt2", euros(r.wordt2()))
          .param("verschil", euros(r.verschil()))
          .param("bron", r.bron() == null ? "" : r.bron().toString())
          .param(
              "kostenregels",
              String.join(",", r.kostenregels().stream().map(CostLine::name).toList()))
          .update();
    }
    for (Tegel t : doc.tegels()) {
      jdbc.sql(
              """
              INSERT INTO begroting_tegel (begroting_id, code, bedrag, pm, plus_pm, bron)
              VALUES (:id, :code, :bedrag, :pm, :plusPm, :bron) ON CONFLICT DO NOTHING""")
          .param("id", id)
          .param("code", t.code())
          .param("bedrag", t.bedrag().euros())
          .param("pm", t.bedrag().pm())
          .param("plusPm", t.bedrag().plusPm())
          .param("bron", t.bron().toString())
          .update();
    }
    idx = 0;
    for (Verklaring v : doc.verklaringen()) {
      jdbc.sql(
              """
              INSERT INTO begroting_verklaring (begroting_id, idx, omschrijving, bedrag, pm, bron)
              VALUES (:id, :idx, :omschrijving, :bedrag, :pm, :bron) ON CONFLICT DO NOTHING""")
          .param("id", id)
          .param("idx", idx++)
          .param("omschrijving", v.omschrijving())
          .param("bedrag", v.bedrag().euros())
          .param("pm", v.bedrag().pm())
          .param("bron", v.bron() == null ? "" : v.bron().toString())
          .update();
    }
  }

  @EventHandler
  void on(BegrotingSubmitted event) {
    jdbc.sql("UPDATE begroting_view SET submitted_on = :day WHERE begroting_id = :id")
        .param("day", event.submittedOn())
        .param("id", event.begrotingId().toString())
        .update();
  }

  @EventHandler
  void on(BegrotingApproved event) {
    jdbc.sql(
            "UPDATE begroting_view SET approved_on = :day, approved_by = :by WHERE begroting_id = :id")
        .param("day", event.approvedOn())
        .param("by", event.decision().text() + " [besluit " + event.besluitId() + "]")
        .param("id", event.begrotingId().toString())
        .update();
  }

  @EventHandler
  void on(
      BegrotingAmended event,
      @SequenceNumber long sequence,
      @MetaDataValue(LedgerMetadata.ACTOR) String actor,
      @MetaDataValue(LedgerMetadata.RECORDED_AT) String recordedAt) {
    List<LineChange> changes = event.changes();
    for (int i = 0; i < changes.size(); i++) {
      LineChange change = changes.get(i);
      mutation(
          event.begrotingId().toString(),
          sequence,
          i,
          LineChangeKind.WIJZIGING,
          change.opgaveCode(),
          change.line(),
          change.delta(),
          event.effectiveDate(),
          event.besluitId().toString(),
          event.nota().name(),
          event.decision().text(),
          event.nota().label(),
          actor,
          recordedAt);
    }
  }

  @EventHandler
  void on(
      RealisationRecorded event,
      @SequenceNumber long sequence,
      @MetaDataValue(LedgerMetadata.ACTOR) String actor,
      @MetaDataValue(LedgerMetadata.RECORDED_AT) String recordedAt) {
    mutation(
        event.begrotingId().toString(),
        sequence,
        0,
        LineChangeKind.REALISATIE,
        event.opgaveCode(),
        event.line(),
        event.realised(),
        event.asOf(),
        null,
        null,
        null,
        event.source(),
        actor,
        recordedAt);
  }

  @EventHandler
  void on(JaarrekeningAdopted event) {
    jdbc.sql(
            """
            UPDATE begroting_view SET jaarrekening_on = :day, auditor_statement = :statement
             WHERE begroting_id = :id""")
        .param("day", event.adoptedOn())
        .param("statement", event.auditorStatement())
        .param("id", event.begrotingId().toString())
        .update();
  }

  @ResetHandler
  void reset() {
    for (String table :
        List.of(
            "begroting_mutation",
            "begroting_line",
            "begroting_opgave",
            "begroting_programma",
            "begroting_samenvatting",
            "begroting_tegel",
            "begroting_verklaring",
            "begroting_view")) {
      jdbc.sql("DELETE FROM " + table).update();
    }
  }

  private void mutation(
      String id,
      long seq,
      int idx,
      LineChangeKind kind,
      String code,
      CostLine line,
      BigDecimal amount,
      java.time.LocalDate day,
      String besluit,
      String nota,
      String reference,
      String source,
      String actor,
      String recordedAt) {
    jdbc.sql(
            """
            INSERT INTO begroting_mutation (begroting_id, seq, idx, kind, code, cost_line, amount,
                effective_date, besluit_id, nota, reference, source, actor, recorded_at)
            VALUES (:id, :seq, :idx, :kind, :code, :line, :amount, :day, :besluit, :nota,
                :reference, :source, :actor, :recordedAt) ON CONFLICT DO NOTHING""")
        .param("id", id)
        .param("seq", seq)
        .param("idx", idx)
        .param("kind", kind.name())
        .param("code", code)
        .param("line", line.name())
        .param("amount", amount)
        .param("day", day)
        .param("besluit", besluit)
        .param("nota", nota)
        .param("reference", reference)
        .param("source", source)
        .param("actor", actor)
        .param("recordedAt", timestamp(recordedAt))
        .update();
  }

  /** The event's recording time (its {@code recordedAt} metadata), typed. */
  private static Timestamp timestamp(String recordedAt) {
    return recordedAt == null ? null : Timestamp.from(Instant.parse(recordedAt));
  }

  private static BigDecimal euros(Bedrag bedrag) {
    return bedrag == null ? null : bedrag.euros();
  }
}
