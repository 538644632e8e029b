package nl.ipo.ledger.query.begroting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ipo.ledger.kernel.begroting.Bedrag;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.Finding;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.SamenvattingRij;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.Severity;
import nl.ipo.ledger.kernel.begroting.CostLine;
import nl.ipo.ledger.kernel.begroting.OpgaveSoort;

/**
 * Compares every printed figure of a budget document with the figure it should equal (a sum of
 * other printed figures, or the same figure printed elsewhere), and lists each difference with both
 * numbers, where each stands and a severity. It reports; it never corrects. The texts (subject,
 * from, places) are Dutch: readers of the begroting page see them as they are. The checks are
 * listed in docs/events.md.
 */
final class ConsistencyChecks {

  record Line(CostLine line, BigDecimal amount, boolean pm) {}

  record Opgave(
      String code,
      String naam,
      int programma,
      OpgaveSoort soort,
      Bedrag stated,
      String bron,
      List<Line> lines) {

    boolean includesPm() {
      return stated.includesPm() || lines.stream().anyMatch(Line::pm);
    }

    BigDecimal line(CostLine costLine) {
      return lines.stream()
          .filter(l -> l.line() == costLine)
          .map(Line::amount)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  /**
   * @param stated the printed total, or null when none is printed
   */
  record Programma(int nummer, String naam, Bedrag stated, String bron) {}

  record Explanation(String omschrijving, BigDecimal bedrag, String bron) {
    boolean totaal() {
      return omschrijving.equalsIgnoreCase("totaal");
    }
  }

  /** The amount a programme's overview page prints above a beleidsopgave's name. */
  record Tegel(String code, Bedrag bedrag, String bron) {}

  /**
   * What the checks read: the document as imported.
   *
   * @param eenheid the euros of one unit of the document (null when not recorded: then € 1)
   * @param statedTotaal the printed grand total, or null
   * @param statedBasis the printed total of the basisbegroting, or null
   */
  record Document(
      BigDecimal eenheid,
      List<Programma> programmas,
      List<Opgave> opgaven,
      Bedrag statedTotaal,
      String totaalBron,
      Bedrag statedBasis,
      String basisBron,
      List<SamenvattingRij> rows,
      List<Explanation> explanations,
      List<Tegel> tegels) {}

  /** A summary column and the beleidsopgaven it sums, with the sign it prints them in. */
  private record Column(
      String name,
      Function<SamenvattingRij, BigDecimal> value,
      Predicate<Opgave> sums,
      int sign,
      String which) {}

  private final BigDecimal eenheid;
  private final List<Finding> findings = new ArrayList<>();
  private int checks;

  private ConsistencyChecks(BigDecimal eenheid) {
    this.eenheid = eenheid;
  }

  static ConsistencyChecks run(Document doc) {
    ConsistencyChecks report = new ConsistencyChecks(doc.eenheid());
    report.opgaven(doc.opgaven());
    report.programmas(doc.programmas(), doc.opgaven());
    report.grandTotal(doc);
    report.summaryTable(doc.rows());
    report.explanation(doc.explanations(), doc.rows());
    report.tiles(doc.tegels(), doc.opgaven());
    report.tilesPerProgramme(doc.programmas(), doc.tegels(), doc.opgaven());
    report.detailTotals(doc);
    report.detailsAgainstSummary(doc);
    return report;
  }

  private void opgaven(List<Opgave> opgaven) {
    for (Opgave o : opgaven) {
      if (!o.includesPm()) {
        compare(
            "OPGAVE_TOTAAL",
            o.bron(),
            "beleidsopgave " + o.code() + " " + o.naam(),
            o.stated().value(),
            o.lines().stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
            "programmalasten + directe personeelslasten + overhead",
            o.bron());
      }
    }
  }

  private void programmas(List<Programma> programmas, List<Opgave> opgaven) {
    for (Programma p : programmas) {
      List<Opgave> own = own(p, opgaven);
      if (p.stated() != null && !p.stated().pm()) {
        compare(
            "PROGRAMMA_TOTAAL",
            p.bron(),
            "programma " + p.nummer() + " " + p.naam() + plusPm(p.stated()),
            p.stated().value(),
            sum(own, o -> o.stated().value()),
            "de gedrukte totalen van de beleidsopgaven "
                + codes(own)
                + (own.stream().anyMatch(o -> o.stated().includesPm())
                    ? " (p.m. geteld als 0)"
                    : ""),
            bronnen(own.stream().map(Opgave::bron).toList()));
      }
    }
  }

  private void grandTotal(Document doc) {
    if (doc.statedTotaal() != null && !doc.statedTotaal().pm()) {
      List<Programma> printed = doc.programmas().stream().filter(p -> p.stated() != null).toList();
      compare(
          "BEGROTING_TOTAAL",
          doc.totaalBron(),
          "de begroting",
          doc.statedTotaal().value(),
          printed.stream().map(p -> p.stated().value()).reduce(BigDecimal.ZERO, BigDecimal::add),
          "de gedrukte programmatotalen"
              + (printed.stream().anyMatch(p -> p.stated().includesPm())
                  ? " (p.m. geteld als 0)"
                  : ""),
          bronnen(printed.stream().map(Programma::bron).toList()));
    }
  }

  private void summaryTable(List<SamenvattingRij> rows) {
    for (SamenvattingRij r : rows) {
      if (r.wordt1() != null && r.kassiersfunctie() != null && r.wordt2() != null) {
        compare(
            "SAMENVATTING_RIJ",
            r.bron(),
            "rij '" + r.regel() + "', Wordt (2)",
            r.wordt2(),
            r.wordt1().add(r.kassiersfunctie()),
            "Wordt (1) + Kassiersfunctie",
            r.bron());
      }
      if (r.was() != null && r.wordt2() != null && r.verschil() != null) {
        compare(
            "SAMENVATTING_RIJ",
            r.bron(),
            "rij '" + r.regel() + "', Verschil",
            r.verschil(),
            r.was().subtract(r.wordt2()),
            "Was - Wordt (2)",
            r.bron());
      }
    }
    totaalRow(rows)
        .ifPresent(
            totaal -> {
              List<SamenvattingRij> body = body(rows);
              column(totaal, body, "Was", SamenvattingRij::was);
              column(totaal, body, "Wordt (1)", SamenvattingRij::wordt1);
              column(totaal, body, "Kassiersfunctie", SamenvattingRij::kassiersfunctie);
              column(totaal, body, "Wordt (2)", SamenvattingRij::wordt2);
              column(totaal, body, "Verschil", SamenvattingRij::verschil);
            });
  }

  private void explanation(List<Explanation> explanations, List<SamenvattingRij> rows) {
    explanations.stream()
        .filter(Explanation::totaal)
        .findFirst()
        .ifPresent(
            totaal -> {
              List<Explanation> items =
                  explanations.stream().filter(e -> !e.totaal() && e.bedrag() != null).toList();
              compare(
                  "VERKLARING",
                  totaal.bron(),
                  "het Totaal van de verklaring",
                  totaal.bedrag(),
                  items.stream().map(Explanation::bedrag).reduce(BigDecimal.ZERO, BigDecimal::add),
                  "de posten van de verklaring",
                  bronnen(items.stream().map(Explanation::bron).toList()));
              totaalRow(rows)
                  .filter(r -> r.verschil() != null)
                  .ifPresent(
                      r ->
                          compare(
                              "VERKLARING",
                              totaal.bron(),
                              "het verklaarde verschil",
                              totaal.bedrag(),
                              r.verschil(),
                              "het Totaal Verschil van de samenvattingstabel",
                              r.bron()));
            });
  }

  /**
   * Each tile of an overview page against the totaal its beleidsopgave's detail page prints, in the
   * document's order.
   */
  private void tiles(List<Tegel> tegels, List<Opgave> opgaven) {
    Map<String, Tegel> byCode = new LinkedHashMap<>();
    tegels.forEach(t -> byCode.putIfAbsent(t.code(), t));
    for (Opgave o : opgaven) {
      Tegel t = byCode.get(o.code());
      if (t == null || t.bedrag().pm() || o.stated().pm()) {
        continue;
      }
      compare(
          "TEGEL",
          t.bron(),
          "het bedrag bij beleidsopgave "
              + o.code()
              + " "
              + o.naam()
              + " op de overzichtspagina van programma "
              + o.programma()
              + plusPm(t.bedrag()),
          t.bedrag().value(),
          o.stated().value(),
          "het Totaal op de detailpagina van beleidsopgave "
              + o.code()
              + (o.includesPm() ? " (met een p.m.-post)" : ""),
          o.bron());
    }
  }

  /** The tiles of a programme's overview page against the programme's printed total. */
  private void tilesPerProgramme(
      List<Programma> programmas, List<Tegel> tegels, List<Opgave> opgaven) {
    for (Programma p : programmas) {
      List<Opgave> own = own(p, opgaven);
      List<Tegel> tiles =
          own.stream()
              .flatMap(o -> tegels.stream().filter(t -> t.code().equals(o.code())).limit(1))
              .toList();
      if (p.stated() == null || p.stated().pm() || own.isEmpty() || tiles.size() != own.size()) {
        continue;
      }
      compare(
          "TEGELS_PROGRAMMA",
          p.bron(),
          "programma " + p.nummer() + " " + p.naam() + plusPm(p.stated()),
          p.stated().value(),
          tiles.stream().map(t -> t.bedrag().value()).reduce(BigDecimal.ZERO, BigDecimal::add),
          "de bedragen op de overzichtspagina van het programma ("
              + String.join(", ", tiles.stream().map(Tegel::code).toList())
              + ")"
              + (tiles.stream().anyMatch(t -> t.bedrag().includesPm())
                  ? ", p.m. geteld als 0"
                  : ""),
          bronnen(tiles.stream().map(Tegel::bron).toList()));
    }
  }

  /** The grand total and the printed basis against the sum of the detail pages' totals. */
  private void detailTotals(Document doc) {
    if (doc.opgaven().isEmpty()) {
      return;
    }
    if (doc.statedTotaal() != null && !doc.statedTotaal().pm()) {
      compare(
          "DETAIL_TOTAAL",
          doc.totaalBron(),
          "het eindtotaal van de begroting",
          doc.statedTotaal().value(),
          sum(doc.opgaven(), o -> o.stated().value()),
          "de gedrukte totalen op de detailpagina's van alle "
              + doc.opgaven().size()
              + " beleidsopgaven",
          bronnen(doc.opgaven().stream().map(Opgave::bron).toList()));
    }
    List<Opgave> basis =
        doc.opgaven().stream().filter(o -> o.soort() == OpgaveSoort.BASIS).toList();
    if (doc.statedBasis() != null && !doc.statedBasis().pm()) {
      compare(
          "BASIS_TOTAAL",
          doc.basisBron(),
          "het gedrukte totaal van de basisbegroting",
          doc.statedBasis().value(),
          sum(basis, o -> o.stated().value()),
          "de gedrukte totalen op de detailpagina's van de "
              + basis.size()
              + " beleidsopgaven van de basisbegroting",
          bronnen(basis.stream().map(Opgave::bron).toList()));
    }
  }

  /**
   * The summary table's Wordt (1), Kassiersfunctie and Wordt (2) against the detail pages: per
   * group of rows that declare the same cost lines, the rows' sum against those cost lines summed
   * over all beleidsopgaven, the kassiersfuncties (printed negative) and the basisbegroting; and
   * the Totaal row against the detail pages' totals, where no TOTAAL or BASIS figure already is.
   */
  private void detailsAgainstSummary(Document doc) {
    if (doc.opgaven().isEmpty()) {
      return;
    }
    List<Column> columns =
        List.of(
            new Column("Wordt (1)", SamenvattingRij::wordt1, o -> true, 1, "alle"),
            new Column(
                "Kassiersfunctie",
                SamenvattingRij::kassiersfunctie,
                o -> o.soort() == OpgaveSoort.KASSIER,
                -1,
                "de kassiersfuncties"),
            new Column(
                "Wordt (2)",
                SamenvattingRij::wordt2,
                o -> o.soort() == OpgaveSoort.BASIS,
                1,
                "de basisbegroting"));
    Map<List<CostLine>, List<SamenvattingRij>> groups = new LinkedHashMap<>();
    for (SamenvattingRij r : body(doc.rows())) {
      if (!r.kostenregels().isEmpty()) {
        groups
            .computeIfAbsent(
                new ArrayList<>(new TreeSet<>(r.kostenregels())), k -> new ArrayList<>())
            .add(r);
      }
    }
    for (Column column : columns) {
      List<Opgave> summed = doc.opgaven().stream().filter(column.sums()).toList();
      String who = describe(column, summed);
      for (Map.Entry<List<CostLine>, List<SamenvattingRij>> group : groups.entrySet()) {
        List<SamenvattingRij> rows = group.getValue();
        if (rows.stream().map(column.value()).anyMatch(Objects::isNull)) {
          continue;
        }
        List<CostLine> lines = group.getKey();
        BigDecimal detail =
            summed.stream()
                .flatMap(o -> lines.stream().map(o::line))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean pm =
            summed.stream()
                .flatMap(o -> o.lines().stream())
                .anyMatch(l -> l.pm() && lines.contains(l.line()));
        compare(
            "DETAIL_SAMENVATTING",
            String.join("; ", rows.stream().map(SamenvattingRij::bron).toList()),
            "kolom "
                + column.name()
                + ", "
                + (rows.size() == 1 ? "rij " : "rijen ")
                + String.join(" + ", rows.stream().map(r -> "'" + r.regel() + "'").toList()),
            rows.stream().map(column.value()).reduce(BigDecimal.ZERO, BigDecimal::add),
            column.sign() < 0 ? detail.negate() : detail,
            (column.sign() < 0 ? "min " : "")
                + "de "
                + String.join(" + ", lines.stream().map(CostLine::label).toList())
                + " op de detailpagina's van "
                + who
                + (pm ? " (p.m. geteld als 0)" : ""),
            bronnen(summed.stream().map(Opgave::bron).toList()));
      }
      boolean alreadyCompared =
          column.name().equals("Wordt (1)")
                  && doc.statedTotaal() != null
                  && !doc.statedTotaal().pm()
              || column.name().equals("Wordt (2)")
                  && doc.statedBasis() != null
                  && !doc.statedBasis().pm();
      totaalRow(doc.rows())
          .filter(r -> column.value().apply(r) != null && !alreadyCompared)
          .ifPresent(
              r -> {
                BigDecimal detail = sum(summed, o -> o.stated().value());
                compare(
                    "DETAIL_SAMENVATTING",
                    r.bron(),
                    "kolom " + column.name() + ", rij '" + r.regel() + "'",
                    column.value().apply(r),
                    column.sign() < 0 ? detail.negate() : detail,
                    (column.sign() < 0 ? "min " : "")
                        + "de gedrukte totalen op de detailpagina's van "
                        + who,
                    bronnen(summed.stream().map(Opgave::bron).toList()));
              });
    }
  }

  private static String describe(Column column, List<Opgave> summed) {
    return column.which().equals("alle")
        ? "alle " + summed.size() + " beleidsopgaven"
        : column.which() + " (" + codes(summed) + ")";
  }

  private void column(
      SamenvattingRij totaal,
      List<SamenvattingRij> body,
      String name,
      Function<SamenvattingRij, BigDecimal> column) {
    if (column.apply(totaal) == null || body.stream().anyMatch(r -> column.apply(r) == null)) {
      return;
    }
    compare(
        "SAMENVATTING_KOLOM",
        totaal.bron(),
        "kolom " + name + ", rij Totaal",
        column.apply(totaal),
        body.stream().map(column).reduce(BigDecimal.ZERO, BigDecimal::add),
        "de rijen " + String.join(", ", body.stream().map(SamenvattingRij::regel).toList()),
        String.join("; ", body.stream().map(SamenvattingRij::bron).toList()));
  }

  private void compare(
      String check,
      String where,
      String subject,
      BigDecimal stated,
      BigDecimal computed,
      String from,
      String fromWhere) {
    checks++;
    if (stated.compareTo(computed) != 0) {
      BigDecimal difference = stated.subtract(computed);
      findings.add(
          new Finding(
              check,
              Severity.of(difference, eenheid),
              plaats(where),
              subject,
              stated,
              computed,
              difference,
              from,
              plaats(fromWhere)));
    }
  }

  private static List<Opgave> own(Programma p, List<Opgave> opgaven) {
    return opgaven.stream().filter(o -> o.programma() == p.nummer()).toList();
  }

  private static BigDecimal sum(List<Opgave> opgaven, Function<Opgave, BigDecimal> amount) {
    return opgaven.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static String codes(List<Opgave> opgaven) {
    return String.join(", ", opgaven.stream().map(Opgave::code).toList());
  }

  private static String plusPm(Bedrag bedrag) {
    return bedrag.plusPm() ? " (gedrukt met + p.m.)" : "";
  }

  private static java.util.Optional<SamenvattingRij> totaalRow(List<SamenvattingRij> rows) {
    return rows.stream().filter(SamenvattingRij::totaalRegel).findFirst();
  }

  private static List<SamenvattingRij> body(List<SamenvattingRij> rows) {
    return rows.stream().filter(r -> !r.totaalRegel()).toList();
  }

  /** How the read model writes a source: "line 12, p. 3" (BegrotingDocument.Bron#toString). */
  private static final Pattern BRON = Pattern.compile("^line (\\d+)(?:, (.*))?$", Pattern.DOTALL);

  /**
   * A source in Dutch: "p. 3 (importregel 12)". Several sources, joined by "; ", each so; a source
   * not from a file is kept as it is.
   */
  static String plaats(String bronnen) {
    if (bronnen == null || bronnen.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (String bron : bronnen.split("; ")) {
      Matcher m = BRON.matcher(bron);
      if (!m.matches()) {
        parts.add(bron);
      } else if (m.group(2) == null || m.group(2).isBlank()) {
        parts.add("importregel " + m.group(1));
      } else {
        parts.add(m.group(2) + " (importregel " + m.group(1) + ")");
      }
    }
    return String.join("; ", parts);
  }

  /**
   * Many sources in short: the lines of the import file, as ranges ("importregels 20-25, 30");
   * sources not from a file are listed as they are.
   */
  private static String bronnen(List<String> bronnen) {
    TreeSet<Integer> lines = new TreeSet<>();
    List<String> other = new ArrayList<>();
    for (String bron : bronnen) {
      Matcher m = BRON.matcher(bron == null ? "" : bron);
      if (m.matches()) {
        lines.add(Integer.parseInt(m.group(1)));
      } else if (bron != null && !bron.isBlank()) {
        other.add(bron);
      }
    }
    List<String> ranges = new ArrayList<>();
    Integer start = null;
    Integer previous = null;
    for (int line : lines) {
      if (previous != null && line == previous + 1) {
        previous = line;
        continue;
      }
      if (start != null) {
        ranges.add(start.equals(previous) ? "" + start : start + "-" + previous);
      }
      start = line;
      previous = line;
    }
    if (start != null) {
      ranges.add(start.equals(previous) ? "" + start : start + "-" + previous);
    }
    List<String> parts = new ArrayList<>();
    if (!ranges.isEmpty()) {
      parts.add((lines.size() == 1 ? "importregel " : "importregels ") + String.join(", ", ranges));
    }
    parts.addAll(other);
    return String.join("; ", parts);
  }

  List<Finding> findings() {
    return List.copyOf(findings);
  }

  int checks() {
    return checks;
  }
}
