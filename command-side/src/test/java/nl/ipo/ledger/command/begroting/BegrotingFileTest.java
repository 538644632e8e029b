package nl.ipo.ledger.command.begroting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import nl.ipo.ledger.kernel.begroting.Bedrag;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Opgave;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Tegel;
import nl.ipo.ledger.kernel.begroting.CostLine;
import nl.ipo.ledger.kernel.begroting.OpgaveSoort;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import org.junit.jupiter.api.Test;

class BegrotingFileTest {

  private static final String FILE =
      """
      # IPO Begroting 2021
      BEGROTING;2021;IPO Begroting 2021;1000;seed 004

      PROGRAMMA;1;Ruimtelijke ontwikkeling (ROWW);4744;totaaloverzicht
      PROGRAMMA;3;Vitaal Platteland;;niet gedrukt
      OPGAVE;1.1;Ruimtelijke ontwikkeling;BASIS;125;360;231;716;1.1
      OPGAVE;1.5;Digitaal Stelsel Omgevingswet;kassier;1650;0;0;1650;1.5
      OPGAVE;3.4;Stikstof;KASSIER;p.m.(120);0;0;p.m.;3.4
      TOTAAL;17002;samenvatting
      SAMENVATTING;Programmalasten;6497;18590;-12138;6452;44;samenvatting
      VERKLARING;Opname DSO in IPO BGR;-1650;verklaring verschil
      """;

  @Test
  void readsEveryRecordInExactEurosWithItsLine() {
    BegrotingFile.Parsed parsed = BegrotingFile.parse(FILE);

    assertThat(parsed.document().jaar()).isEqualTo(2021);
    assertThat(parsed.document().programmas()).hasSize(2);
    assertThat(parsed.document().programmas().get(1).statedTotaal()).isNull();
    Opgave dso = parsed.document().opgaven().get(1);
    assertThat(dso.soort()).isEqualTo(OpgaveSoort.KASSIER);
    assertThat(dso.lines().get(CostLine.PROGRAMMALASTEN).euros()).isEqualByComparingTo("1650000");
    assertThat(dso.bron().line()).isEqualTo(7);
    Opgave stikstof = parsed.document().opgaven().get(2);
    assertThat(stikstof.lines().get(CostLine.PROGRAMMALASTEN))
        .isEqualTo(Bedrag.pm(new BigDecimal("120000")));
    assertThat(stikstof.statedTotaal().pm()).isTrue();
    assertThat(parsed.document().statedTotaal().euros()).isEqualByComparingTo("17002000");
    assertThat(parsed.document().samenvatting().get(0).kassiersfunctie().euros())
        .isEqualByComparingTo("-12138000");
    assertThat(parsed.document().verklaringen().get(0).bedrag().euros())
        .isEqualByComparingTo("-1650000");
  }

  @Test
  void theSameDocumentAlwaysGetsTheSameId() {
    assertThat(BegrotingFile.parse(FILE).begrotingId())
        .isEqualTo(BegrotingFile.parse(FILE).begrotingId())
        .isNotEqualTo(BegrotingFile.idOf(2022, "IPO Begroting 2022"));
  }

  @Test
  void anErrorNamesTheLine() {
    assertLineError(
        FILE.replace("125;360", "1.25;360"),
        "line 6",
        "regel 6: programmalasten '1.25' is geen bedrag (schrijf een geheel getal zonder punten"
            + " of komma's, p.m., of een getal met + p.m.)");
    assertLineError(
        FILE.replace("OPGAVE;1.5", "OPGAAF;1.5"),
        "line 7",
        "regel 7: onbekende soort regel 'OPGAAF'");
    assertLineError(FILE.replace(";BASIS;", ";GEWOON;"), "line 6", "regel 6: soort ");
    assertLineError(
        FILE.replace("1650;0;0;1650;1.5", "1650;0;0;1650"),
        "line 7",
        "regel 7: er horen 9 velden te staan (OPGAVE;code;naam;soort;programmalasten;directe"
            + " personeelslasten;overhead;totaal;bron), maar het zijn er 8");
    assertLineError(
        FILE.replace("BEGROTING;2021", "BEGROTING;twintig"),
        "line 2",
        "regel 2: jaar 'twintig' is geen geheel getal");
    assertLineError(
        "PROGRAMMA;1;x;1;y",
        "line 1",
        "regel 1: het bestand moet beginnen met een BEGROTING-regel, niet met PROGRAMMA");
    assertLineError(
        FILE.replace(
            "BEGROTING;2021;IPO Begroting 2021;1000", "BEGROTING;2021;IPO Begroting 2021;0"),
        "line 2",
        "regel 2: eenheid moet groter zijn dan 0");
    assertLineError(
        FILE.replace("1650;0;0;1650;1.5", ";0;0;1650;1.5"),
        "line 7",
        "regel 7: programmalasten is leeg; vul het gedrukte bedrag in, of p.m.");
  }

  /** The overview pages' figures, the printed basis and the summary's cost lines. */
  private static final String OVERVIEW =
      FILE.replace(
              "PROGRAMMA;3;Vitaal Platteland;;niet gedrukt",
              "PROGRAMMA;3;Vitaal Platteland;2869 + p.m.;totaaloverzicht r. 27\n"
                  + "TEGEL;3.4;197 + P.M.;Beleidsopgaven Vitaal Platteland, r. 913")
          .replace(
              "TOTAAL;17002;samenvatting",
              "TOTAAL;17002;samenvatting\nBASIS;16021;samenvattingstabel r. 90")
          .replace(
              "6452;44;samenvatting",
              "6452;44;samenvatting;programmalasten, directe personeelslasten");

  @Test
  void readsTheOverviewPagesFiguresAndAPmPartAsPrinted() {
    BegrotingFile.Parsed parsed = BegrotingFile.parse(OVERVIEW);

    Bedrag vitaalPlatteland = parsed.document().programmas().get(1).statedTotaal();
    assertThat(vitaalPlatteland).isEqualTo(Bedrag.ofPlusPm(new BigDecimal("2869000")));
    assertThat(vitaalPlatteland.toString()).isEqualTo("2869000 + p.m.");
    Tegel tegel = parsed.document().tegels().get(0);
    assertThat(tegel.code()).isEqualTo("3.4");
    assertThat(tegel.bedrag()).isEqualTo(Bedrag.ofPlusPm(new BigDecimal("197000")));
    assertThat(tegel.bron().line()).isEqualTo(6);
    assertThat(tegel.bron().place()).isEqualTo("Beleidsopgaven Vitaal Platteland, r. 913");
    assertThat(parsed.document().statedBasis()).isEqualTo(Bedrag.of(new BigDecimal("16021000")));
    assertThat(parsed.document().basisBron().line()).isEqualTo(11);
    assertThat(parsed.document().eenheid()).isEqualByComparingTo("1000");
    assertThat(parsed.document().samenvatting().get(0).kostenregels())
        .containsExactly(CostLine.PROGRAMMALASTEN, CostLine.DIRECTE_PERSONEELSLASTEN);
  }

  @Test
  void aFileWithoutTheNewRecordsStillImports() {
    BegrotingFile.Parsed parsed = BegrotingFile.parse(FILE);

    assertThat(parsed.document().tegels()).isEmpty();
    assertThat(parsed.document().statedBasis()).isNull();
    assertThat(parsed.document().samenvatting().get(0).kostenregels()).isEmpty();
    assertThat(parsed.document().programmas().get(0).statedTotaal().plusPm()).isFalse();
  }

  @Test
  void aMalformedNewRecordNamesItsLineAndField() {
    assertLineError(
        OVERVIEW.replace("TEGEL;3.4;197 + P.M.;", "TEGEL;3.4;197 +;"),
        "line 6",
        "regel 6: bedrag '197 +' is geen bedrag");
    assertLineError(
        OVERVIEW.replace("TEGEL;3.4;197 + P.M.;", "TEGEL;3.4;;"),
        "line 6",
        "regel 6: bedrag is leeg; vul het gedrukte bedrag in, of p.m.");
    assertLineError(
        OVERVIEW.replace("TEGEL;3.4;197 + P.M.;", "TEGEL;197;"),
        "line 6",
        "regel 6: er horen 4 velden te staan (TEGEL;code;bedrag;bron), maar het zijn er 3");
    assertLineError(OVERVIEW.replace("TEGEL;3.4;", "TEGEL;;"), "line 6", "regel 6: tegel.code ");
    assertLineError(
        OVERVIEW.replace("BASIS;16021;samenvattingstabel r. 90", "BASIS;16021"),
        "line 11",
        "regel 11: er horen 3 velden te staan (BASIS;totaal;bron), maar het zijn er 2");
    assertLineError(
        OVERVIEW.replace(
            "BASIS;16021;samenvattingstabel r. 90",
            "BASIS;16021;samenvattingstabel r. 90\nBASIS;16024;som"),
        "line 12",
        "regel 12: een bestand bevat maar één BASIS-regel");
    assertLineError(
        OVERVIEW.replace("BASIS;16021;", "BASIS;zestien;"),
        "line 11",
        "regel 11: totaal 'zestien' is geen bedrag");
    assertLineError(
        OVERVIEW.replace("programmalasten, directe personeelslasten", "huisvesting"),
        "line 12",
        "regel 12: kostenregels 'huisvesting' is geen kostenregel (programmalasten, directe"
            + " personeelslasten of overhead)");
    assertLineError(
        OVERVIEW.replace("programmalasten, directe personeelslasten", "overhead,overhead"),
        "line 12",
        "regel 12: kostenregels noemt overhead twee keer");
    assertLineError(
        OVERVIEW.replace("6452;44;samenvatting;", "6452;44;samenvatting;overhead;"),
        "line 12",
        "regel 12: er horen 8 velden te staan (SAMENVATTING;regel;was;wordt (1);kassiersfunctie;"
            + "wordt (2);verschil;bron[;kostenregels]), maar het zijn er 10");
  }

  @Test
  void aFileWithoutItsHeaderIsRejectedAsAWhole() {
    assertThatThrownBy(() -> BegrotingFile.parse("# alleen commentaar\n"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Het bestand heeft geen BEGROTING-regel");
    assertThatThrownBy(() -> BegrotingFile.parse(" "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Het bestand is leeg");
  }

  /** The field names the line as the API's stable part; the reason begins with it in Dutch. */
  private static void assertLineError(String file, String field, String reason) {
    assertThatThrownBy(() -> BegrotingFile.parse(file))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(
            e -> {
              assertThat(((InvalidValueException) e).field()).isEqualTo(field);
              assertThat(e.getMessage()).startsWith(reason);
            });
  }
}
