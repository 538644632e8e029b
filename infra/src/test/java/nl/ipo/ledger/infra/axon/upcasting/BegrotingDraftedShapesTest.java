package nl.ipo.ledger.infra.axon.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import nl.ipo.ledger.kernel.begroting.Bedrag;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Bron;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Content;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Programma;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.SamenvattingRegel;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Tegel;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.BegrotingDrafted;
import nl.ipo.ledger.kernel.begroting.BegrotingId;
import nl.ipo.ledger.kernel.begroting.CostLine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.Test;

/**
 * A BegrotingDrafted stored before the document kept its overview figures (no unit, printed basis,
 * tiles, summary cost lines, nor "+ p.m." in an amount) reads with those fields absent, through the
 * event store's serializer; a new one reads back as written.
 */
class BegrotingDraftedShapesTest {

  private final Jackson3Serializer serializer = Jackson3Serializer.builder().build();
  private final EventUpcasterChain chain = new EventUpcasterChain(List.of());

  /** The JSON the event had before issue 13's fields: every field it had, none it has now. */
  private static final String BEFORE =
      """
      {"begrotingId": "0d6c1d4e-3a34-3a6b-9f64-2b8f3c6a1e11",
       "document": {"jaar": 2021, "titel": "IPO Begroting 2021", "bron": "seed 004",
        "programmas": [{"nummer": 3, "naam": "Vitaal Platteland",
          "statedTotaal": {"euros": 2869000, "indicative": null},
          "bron": {"line": 5, "place": "totaaloverzicht"}}],
        "opgaven": [],
        "statedTotaal": {"euros": 30543000, "indicative": null},
        "totaalBron": {"line": 9, "place": "samenvatting"},
        "samenvatting": [{"regel": "Totaal", "was": null, "wordt1": null, "kassiersfunctie": null,
          "wordt2": {"euros": 16021000, "indicative": null}, "verschil": null,
          "bron": {"line": 10, "place": "r. 90"}}],
        "verklaringen": []},
       "draftedOn": "2020-05-01"}""";

  private BegrotingDrafted read(String json) {
    return (BegrotingDrafted)
        new StoredPayload(BegrotingDrafted.class.getName(), "1", json).read(chain, serializer);
  }

  @Test
  void anEventStoredBeforeTheOverviewFiguresReadsThemAsAbsent() {
    Content document = read(BEFORE).document();

    assertThat(document.eenheid()).isNull();
    assertThat(document.statedBasis()).isNull();
    assertThat(document.basisBron()).isNull();
    assertThat(document.tegels()).isEmpty();
    assertThat(document.samenvatting().get(0).kostenregels()).isEmpty();
    Bedrag totaal = document.programmas().get(0).statedTotaal();
    assertThat(totaal.plusPm()).isFalse();
    assertThat(totaal).isEqualTo(Bedrag.of(new BigDecimal("2869000")));
  }

  @Test
  void anEventWithTheOverviewFiguresReadsBackAsWritten() {
    Content document =
        new Content(
            2021,
            "IPO Begroting 2021",
            "seed 004",
            List.of(
                new Programma(
                    3,
                    "Vitaal Platteland",
                    Bedrag.ofPlusPm(new BigDecimal("2869000")),
                    new Bron(5, "totaaloverzicht r. 27"))),
            List.of(),
            Bedrag.of(new BigDecimal("30543000")),
            new Bron(9, "samenvatting"),
            List.of(
                new SamenvattingRegel(
                    "Huisvesting c.a.",
                    null,
                    null,
                    null,
                    null,
                    null,
                    new Bron(10, "r. 88"),
                    List.of(CostLine.OVERHEAD))),
            List.of(),
            new BigDecimal("1000"),
            Bedrag.of(new BigDecimal("16021000")),
            new Bron(11, "r. 90"),
            List.of(new Tegel("3.3", Bedrag.of(new BigDecimal("98000")), new Bron(6, "r. 885"))));
    BegrotingDrafted event =
        new BegrotingDrafted(BegrotingId.random(), document, java.time.LocalDate.of(2020, 5, 1));
    SerializedObject<String> stored = serializer.serialize(event, String.class);

    assertThat(read(stored.getData())).isEqualTo(event);
  }
}
