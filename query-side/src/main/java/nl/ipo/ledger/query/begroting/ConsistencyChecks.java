package nl.ipo.ledger.query.begroting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.Finding;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.SamenvattingRij;

/**
 * Compares every printed figure of a budget document with the sum it should equal, and lists each
 * difference with both numbers and where they come from. It reports; it never corrects. The texts
 * (subject, from) are Dutch: readers of the begroting page see them as they are.
 */
final class ConsistencyChecks {

  record Line(String code, BigDecimal amount, boolean pm) {}

  record Opgave(
      String code,
      String naam,
      int programma,
      BigDecimal stated,
      boolean pm,
      String bron,
      List<Line> lines) {}

  record Programma(int nummer, String naam, BigDecimal stated, boolean printed, String bron) {}

  record Explanation(String omschrijving, BigDecimal bedrag, String bron) {
    boolean totaal() {
      return omschrijving.equalsIgnoreCase("totaal");
    }
  }

  private final List<Finding> findings = new ArrayList<>();
  private int checks;

  static ConsistencyChecks run(
      List<Programma> programmas,
      List<Opgave> opgaven,
      BigDecimal statedTotaal,
      String totaalBron,
      List<SamenvattingRij> rows,
      List<Explanation> explanations) {
    ConsistencyChecks report = new ConsistencyChecks();
    for (Opgave o : opgaven) {
      if (!o.pm() && o.lines().stream().noneMatch(Line::pm)) {
        report.compare(
            "OPGAVE_TOTAAL",
            o.bron(),
            "beleidsopgave " + o.code() + " " + o.naam(),
            o.stated(),
            o.lines().stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
            "programmalasten + directe personeelslasten + overhead");
      }
    }
    for (Programma p : programmas) {
      List<Opgave> own = opgaven.stream().filter(o -> o.programma() == p.nummer()).toList();
      if (p.printed() && p.stated() != null) {
        report.compare(
            "PROGRAMMA_TOTAAL",
            p.bron(),
            "programma " + p.nummer() + " " + p.naam(),
            p.stated(),
            own.stream()
                .map(o -> o.pm() ? BigDecimal.ZERO : o.stated())
                .reduce(BigDecimal.ZERO, BigDecimal::add),
            "de gedrukte totalen van de beleidsopgaven "
                + String.join(", ", own.stream().map(Opgave::code).toList())
                + (own.stream().anyMatch(Opgave::pm) ? " (p.m. geteld als 0)" : ""));
      }
    }
    if (statedTotaal != null) {
      report.compare(
          "BEGROTING_TOTAAL",
          totaalBron,
          "de begroting",
          statedTotaal,
          programmas.stream()
              .filter(p -> p.stated() != null)
              .map(Programma::stated)
              .reduce(BigDecimal.ZERO, BigDecimal::add),
          "de gedrukte programmatotalen");
    }
    for (SamenvattingRij r : rows) {
      if (r.wordt1() != null && r.kassiersfunctie() != null && r.wordt2() != null) {
        report.compare(
            "SAMENVATTING_RIJ",
            r.bron(),
            "rij '" + r.regel() + "', Wordt (2)",
            r.wordt2(),
            r.wordt1().add(r.kassiersfunctie()),
            "Wordt (1) + Kassiersfunctie");
      }
      if (r.was() != null && r.wordt2() != null && r.verschil() != null) {
        report.compare(
            "SAMENVATTING_RIJ",
            r.bron(),
            "rij '" + r.regel() + "', Verschil",
            r.verschil(),
            r.was().subtract(r.wordt2()),
            "Was - Wordt (2)");
      }
    }
    rows.stream()
        .filter(SamenvattingRij::totaalRegel)
        .findFirst()
        .ifPresent(
            totaal -> {
              List<SamenvattingRij> body = rows.stream().filter(r -> !r.totaalRegel()).toList();
              report.column(totaal, body, "Was", SamenvattingRij::was);
              report.column(totaal, body, "Wordt (1)", SamenvattingRij::wordt1);
              report.column(totaal, body, "Kassiersfunctie", SamenvattingRij::kassiersfunctie);
              report.column(totaal, body, "Wordt (2)", SamenvattingRij::wordt2);
              report.column(totaal, body, "Verschil", SamenvattingRij::verschil);
            });
    explanations.stream()
        .filter(Explanation::totaal)
        .findFirst()
        .ifPresent(
            totaal -> {
              report.compare(
                  "VERKLARING",
                  totaal.bron(),
                  "het Totaal van de verklaring",
                  totaal.bedrag(),
                  explanations.stream()
                      .filter(e -> !e.totaal() && e.bedrag() != null)
                      .map(Explanation::bedrag)
                      .reduce(BigDecimal.ZERO, BigDecimal::add),
                  "de posten van de verklaring");
              rows.stream()
                  .filter(SamenvattingRij::totaalRegel)
                  .filter(r -> r.verschil() != null)
                  .findFirst()
                  .ifPresent(
                      r ->
                          report.compare(
                              "VERKLARING",
                              totaal.bron(),
                              "het verklaarde verschil",
                              totaal.bedrag(),
                              r.verschil(),
                              "het Totaal Verschil van de samenvattingstabel (" + r.bron() + ")"));
            });
    return report;
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
        "de rijen " + String.join(", ", body.stream().map(SamenvattingRij::regel).toList()));
  }

  private void compare(
      String check,
      String where,
      String subject,
      BigDecimal stated,
      BigDecimal computed,
      String from) {
    checks++;
    if (stated.compareTo(computed) != 0) {
      findings.add(
          new Finding(check, where, subject, stated, computed, stated.subtract(computed), from));
    }
  }

  List<Finding> findings() {
    return List.copyOf(findings);
  }

  int checks() {
    return checks;
  }
}
