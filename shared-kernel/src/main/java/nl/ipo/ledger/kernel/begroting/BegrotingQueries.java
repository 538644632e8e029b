package nl.ipo.ledger.kernel.begroting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.ipo.ledger.kernel.common.Bounds;
import nl.ipo.ledger.kernel.error.InvalidValueException;

/** Queries about budgets, and the records that answer them. All amounts in exact euros. */
public final class BegrotingQueries {

  private BegrotingQueries() {}

  /** The budget as it stood on a day: original, amendments in force, current, realised. */
  public record FindBegroting(BegrotingId begrotingId, LocalDate asOf) {
    public FindBegroting {
      InvalidValueException.required("begrotingId", begrotingId);
      InvalidValueException.required("asOf", asOf);
    }
  }

  /**
   * Sums of a set of lines.
   *
   * @param original the primitieve begroting
   * @param current original plus the amendments in force
   * @param realised the latest realisation recorded on or before the day
   * @param variance current minus realised
   * @param includesPm whether a p.m. line (counted as zero) is part of the sum
   */
  public record Sums(
      BigDecimal original,
      BigDecimal current,
      BigDecimal realised,
      BigDecimal variance,
      boolean includesPm) {}

  public record Amendment(String besluitId, Nota nota, LocalDate effectiveDate, BigDecimal delta) {}

  public record LineView(
      CostLine line,
      BigDecimal original,
      boolean pm,
      BigDecimal indicative,
      List<Amendment> amendments,
      BigDecimal current,
      BigDecimal realised,
      BigDecimal variance) {
    public LineView {
      amendments = List.copyOf(amendments);
    }
  }

  public record OpgaveView(
      String code,
      String naam,
      OpgaveSoort soort,
      Bedrag statedTotaal,
      List<LineView> lines,
      Sums sums) {
    public OpgaveView {
      lines = List.copyOf(lines);
    }
  }

  public record ProgrammaView(
      int nummer, String naam, Bedrag statedTotaal, List<OpgaveView> opgaven, Sums sums) {
    public ProgrammaView {
      opgaven = List.copyOf(opgaven);
    }
  }

  /**
   * @param status where the begroting stands on the day asked
   * @param statedTotaal the grand total as printed, if printed
   * @param printedBasis the total of the basisbegroting as the document prints it, or null when the
   *     import records none (before the import format had a BASIS record it was the sum below)
   * @param summedBasis the sum of the printed totals of the basisbegroting's beleidsopgaven
   * @param printedKassiersfunctie the sum of the printed totals of the kassiersfunctie's
   *     beleidsopgaven
   * @param basis the basisbegroting's lines: original, current, realised
   */
  public record BegrotingView(
      String begrotingId,
      int jaar,
      String titel,
      LocalDate asOf,
      BegrotingStatus status,
      String approvedBy,
      Bedrag statedTotaal,
      BigDecimal printedBasis,
      BigDecimal summedBasis,
      BigDecimal printedKassiersfunctie,
      List<ProgrammaView> programmas,
      Sums basis,
      Sums kassiersfunctie,
      Sums totaal) {
    public BegrotingView {
      programmas = List.copyOf(programmas);
    }
  }

  /** Every place where a printed figure differs from the sum it should equal. */
  public record FindConsistencyReport(BegrotingId begrotingId) {
    public FindConsistencyReport {
      InvalidValueException.required("begrotingId", begrotingId);
    }
  }

  /**
   * How large a difference is: at most one unit of the document (its figures are rounded to that
   * unit, here € 1.000) is a rounding difference, anything larger a real difference.
   */
  public enum Severity {
    AFRONDING("afrondingsverschil"),
    VERSCHIL("verschil");

    private final String label;

    Severity(String label) {
      this.label = label;
    }

    /** The Dutch word for it. */
    public String label() {
      return label;
    }

    /**
     * The severity of a difference in a document whose unit is {@code unit} euros (null when the
     * document recorded none: then every euro counts).
     */
    public static Severity of(BigDecimal difference, BigDecimal unit) {
      BigDecimal threshold = unit == null ? BigDecimal.ONE : unit;
      return difference.abs().compareTo(threshold) <= 0 ? AFRONDING : VERSCHIL;
    }
  }

  /**
   * One difference between a printed figure and the figure it should equal.
   *
   * @param check which rule of the document (docs/events.md lists them): OPGAVE_TOTAAL,
   *     PROGRAMMA_TOTAAL, BEGROTING_TOTAAL, SAMENVATTING_RIJ, SAMENVATTING_KOLOM, VERKLARING,
   *     TEGEL, TEGELS_PROGRAMMA, DETAIL_TOTAAL, BASIS_TOTAAL or DETAIL_SAMENVATTING
   * @param severity a rounding difference of at most one unit of the document, or a real one
   * @param where where the printed figure stands (line of the import file, place in the document)
   * @param stated the figure as printed
   * @param computed the figure it should equal: a sum of the figures named in {@code from}, or one
   *     other printed figure
   * @param difference stated minus computed
   * @param from what {@code computed} is, in Dutch
   * @param fromWhere where the figures of {@code computed} stand (lines of the import file, place
   *     in the document)
   */
  public record Finding(
      String check,
      Severity severity,
      String where,
      String subject,
      BigDecimal stated,
      BigDecimal computed,
      BigDecimal difference,
      String from,
      String fromWhere) {}

  /**
   * @param eenheid the euros of one unit of the document, the largest rounding difference (null
   *     when the document recorded none: then € 1)
   */
  public record ConsistencyReport(
      String begrotingId,
      String titel,
      int checksMade,
      List<Finding> findings,
      BigDecimal eenheid) {
    public ConsistencyReport {
      findings = List.copyOf(findings);
    }
  }

  /** Was/Wordt: two budgets compared line by line, each as it stood on a day. */
  public record CompareBegrotingen(BegrotingId was, BegrotingId wordt, LocalDate asOf) {
    public CompareBegrotingen {
      InvalidValueException.required("was", was);
      InvalidValueException.required("wordt", wordt);
      InvalidValueException.required("asOf", asOf);
    }
  }

  public record ComparedLine(
      String opgaveCode,
      String naam,
      CostLine line,
      BigDecimal was,
      BigDecimal wordt,
      BigDecimal verschil) {}

  /**
   * @param verklaringen the explanation of the difference as the Wordt document prints it
   */
  public record Comparison(
      String was,
      String wordt,
      LocalDate asOf,
      List<ComparedLine> lines,
      BigDecimal totaalWas,
      BigDecimal totaalWordt,
      List<Explained> verklaringen) {
    public Comparison {
      lines = List.copyOf(lines);
      verklaringen = List.copyOf(verklaringen);
    }
  }

  public record Explained(String omschrijving, Bedrag bedrag, String bron) {}

  /** Every change of one line: the original, each amendment and each realisation. */
  public record FindLineHistory(BegrotingId begrotingId, String opgaveCode, CostLine line) {
    public FindLineHistory {
      InvalidValueException.required("begrotingId", begrotingId);
      InvalidValueException.required("opgaveCode", opgaveCode);
      InvalidValueException.required("line", line);
    }
  }

  /**
   * @param amount the original amount, the delta of an amendment, or the realised amount
   */
  public record LineChangeEntry(
      LineChangeKind kind,
      LocalDate effectiveDate,
      BigDecimal amount,
      String besluitId,
      String decisionReference,
      String source,
      String actor,
      Instant recordedAt) {}

  public record LineHistory(
      String begrotingId, String opgaveCode, CostLine line, List<LineChangeEntry> changes) {
    public LineHistory {
      changes = List.copyOf(changes);
    }
  }

  /** Begrotingen per page, at most. */
  public static final int MAX_SIZE = 200;

  /** The last page number of the list. */
  public static final int MAX_PAGE = Bounds.MAX_PAGE;

  /**
   * Every begroting drafted on or before a day, newest year first, with its status that day.
   *
   * @param page the page, from 0
   * @param size rows per page, 1..{@link #MAX_SIZE}
   */
  public record FindBegrotingen(LocalDate asOf, int page, int size) {
    public FindBegrotingen {
      InvalidValueException.required("asOf", asOf);
      Bounds.date("asOf", asOf);
      Bounds.paging(page, size, MAX_SIZE);
    }
  }

  /**
   * One begroting in the list.
   *
   * @param status where the begroting stands on the day asked
   * @param statedTotaal the grand total as printed, or null when none is printed
   * @param programmas how many programmes the document has
   */
  public record BegrotingSummary(
      String begrotingId,
      int jaar,
      String titel,
      BegrotingStatus status,
      LocalDate draftedOn,
      LocalDate submittedOn,
      LocalDate approvedOn,
      String approvedBy,
      Bedrag statedTotaal,
      int programmas) {}

  public record BegrotingenPage(
      LocalDate asOf, int page, int size, long total, List<BegrotingSummary> begrotingen) {
    public BegrotingenPage {
      begrotingen = List.copyOf(begrotingen);
    }
  }

  /** Was/Wordt as the document prints it: its summary table and its explanation. */
  public record FindWasWordt(BegrotingId begrotingId) {
    public FindWasWordt {
      InvalidValueException.required("begrotingId", begrotingId);
    }
  }

  /**
   * One row of the printed summary table, in euros; a figure the document leaves empty is null.
   *
   * @param wordt1 the new budget with the kassiersfuncties
   * @param wordt2 the new budget without them (Wordt (1) plus the kassiersfunctie column)
   * @param bron where the row stands in the document
   * @param kostenregels the cost lines of the beleidsopgaven this row sums, as the import declares
   */
  public record SamenvattingRij(
      String regel,
      BigDecimal was,
      BigDecimal wordt1,
      BigDecimal kassiersfunctie,
      BigDecimal wordt2,
      BigDecimal verschil,
      String bron,
      List<CostLine> kostenregels) {
    public SamenvattingRij {
      kostenregels = kostenregels == null ? List.of() : List.copyOf(kostenregels);
    }

    /** Whether this is the table's Totaal row. */
    public boolean totaalRegel() {
      return regel.equalsIgnoreCase("totaal");
    }
  }

  public record WasWordt(
      String begrotingId, List<SamenvattingRij> rijen, List<Explained> verklaringen) {
    public WasWordt {
      rijen = List.copyOf(rijen);
      verklaringen = List.copyOf(verklaringen);
    }
  }
}
