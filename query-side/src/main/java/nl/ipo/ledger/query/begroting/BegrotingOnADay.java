package nl.ipo.ledger.query.begroting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.Amendment;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.BegrotingView;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.LineView;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.OpgaveView;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.ProgrammaView;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.Sums;
import nl.ipo.ledger.kernel.begroting.CostLine;
import nl.ipo.ledger.kernel.begroting.LineChangeKind;
import nl.ipo.ledger.kernel.begroting.Nota;
import nl.ipo.ledger.kernel.begroting.OpgaveSoort;
import nl.ipo.ledger.query.begroting.BegrotingTables.Header;
import nl.ipo.ledger.query.begroting.BegrotingTables.Line;
import nl.ipo.ledger.query.begroting.BegrotingTables.Mutation;
import nl.ipo.ledger.query.begroting.BegrotingTables.OpgaveRow;
import nl.ipo.ledger.query.begroting.BegrotingTables.ProgrammaRow;

/**
 * A begroting as it stands on a day, computed from its stored rows alone: each line's original
 * amount plus the amendments in force that day, its latest realisation by then, and the sums per
 * beleidsopgave, programme, kind and in all. Pure, so it is tested without a database.
 */
final class BegrotingOnADay {

  private BegrotingOnADay() {}

  static BegrotingView view(
      Header header,
      LocalDate day,
      List<Line> lines,
      List<Mutation> recorded,
      List<ProgrammaRow> programmaRows,
      List<OpgaveRow> opgaveRows) {
    List<Mutation> mutations = recorded.stream().filter(m -> !m.day().isAfter(day)).toList();
    // one pass over the mutations, grouped by line, instead of a scan of all of them per line
    Map<String, List<Mutation>> byLine = new HashMap<>();
    for (Mutation m : mutations) {
      byLine.computeIfAbsent(m.code() + "/" + m.line(), k -> new ArrayList<>()).add(m);
    }
    Map<String, LineView> views = new HashMap<>();
    for (Line line : lines) {
      List<Mutation> own = byLine.getOrDefault(line.code() + "/" + line.line(), List.of());
      List<Amendment> amendments =
          own.stream()
              .filter(m -> m.kind() == LineChangeKind.WIJZIGING)
              .map(m -> new Amendment(m.besluit(), Nota.valueOf(m.nota()), m.day(), m.amount()))
              .toList();
      BigDecimal current =
          amendments.stream().map(Amendment::delta).reduce(line.original(), BigDecimal::add);
      BigDecimal realised =
          own.stream()
              .filter(m -> m.kind() == LineChangeKind.REALISATIE)
              .reduce((a, b) -> b.day().isBefore(a.day()) ? a : b)
              .map(Mutation::amount)
              .orElse(BigDecimal.ZERO);
      views.put(
          line.code() + "/" + line.line(),
          new LineView(
              line.line(),
              line.original(),
              line.pm(),
              line.indicative(),
              amendments,
              current,
              realised,
              current.subtract(realised)));
    }
    List<ProgrammaView> programmas = new ArrayList<>();
    Map<OpgaveSoort, List<LineView>> bySoort = new HashMap<>();
    for (ProgrammaRow p : programmaRows) {
      List<OpgaveView> opgaven = new ArrayList<>();
      for (OpgaveRow o : opgaveRows) {
        if (o.programma() != p.nummer()) {
          continue;
        }
        List<LineView> own = new ArrayList<>();
        for (CostLine cl : CostLine.values()) {
          Optional.ofNullable(views.get(o.code() + "/" + cl)).ifPresent(own::add);
        }
        bySoort.computeIfAbsent(o.soort(), k -> new ArrayList<>()).addAll(own);
        opgaven.add(new OpgaveView(o.code(), o.naam(), o.soort(), o.stated(), own, sums(own)));
      }
      programmas.add(
          new ProgrammaView(
              p.nummer(),
              p.naam(),
              p.stated(),
              opgaven,
              sums(opgaven.stream().flatMap(o -> o.lines().stream()).toList())));
    }
    Map<OpgaveSoort, BigDecimal> printed = new HashMap<>();
    opgaveRows.forEach(o -> printed.merge(o.soort(), o.stated().value(), BigDecimal::add));
    return new BegrotingView(
        header.id(),
        header.jaar(),
        header.titel(),
        day,
        header.status(day),
        header.approvedByOn(day),
        header.statedTotaal(),
        header.statedBasis() == null ? null : header.statedBasis().euros(),
        printed.getOrDefault(OpgaveSoort.BASIS, BigDecimal.ZERO),
        printed.getOrDefault(OpgaveSoort.KASSIER, BigDecimal.ZERO),
        programmas,
        sums(bySoort.getOrDefault(OpgaveSoort.BASIS, List.of())),
        sums(bySoort.getOrDefault(OpgaveSoort.KASSIER, List.of())),
        sums(views.values().stream().toList()));
  }

  static Sums sums(List<LineView> lines) {
    BigDecimal original =
        lines.stream().map(LineView::original).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal current =
        lines.stream().map(LineView::current).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal realised =
        lines.stream().map(LineView::realised).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Sums(
        original,
        current,
        realised,
        current.subtract(realised),
        lines.stream().anyMatch(LineView::pm));
  }
}
