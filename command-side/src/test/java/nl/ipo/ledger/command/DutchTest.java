package nl.ipo.ledger.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import org.junit.jupiter.api.Test;

class DutchTest {

  @Test
  void datesAreWrittenOutWithTheDutchMonth() {
    assertThat(Dutch.date(LocalDate.of(2023, 9, 1))).isEqualTo("1 september 2023");
    assertThat(Dutch.date(LocalDate.of(2024, 3, 15))).isEqualTo("15 maart 2024");
  }

  @Test
  void amountsUseTheEuroSignADotForThousandsAndACommaForCents() {
    assertThat(Dutch.amount(new BigDecimal("1234.56"))).isEqualTo("€ 1.234,56");
    assertThat(Dutch.amount(new BigDecimal("2500000"))).isEqualTo("€ 2.500.000,00");
    assertThat(Dutch.amount(new BigDecimal("-25000"))).isEqualTo("€ -25.000,00");
  }

  @Test
  void listsEndWithEn() {
    assertThat(Dutch.list(List.of())).isEqualTo("geen");
    assertThat(Dutch.list(List.of("bestuur"))).isEqualTo("bestuur");
    assertThat(Dutch.list(List.of("AAC", "BAC", "bestuur"))).isEqualTo("AAC, BAC en bestuur");
  }

  @Test
  void aPeriodWithoutEndRunsFromItsBegin() {
    LocalDate begin = LocalDate.of(2019, 1, 1);
    assertThat(Dutch.period(begin, null)).isEqualTo("vanaf 1 januari 2019");
    assertThat(Dutch.period(begin, LocalDate.of(2024, 1, 1)))
        .isEqualTo("van 1 januari 2019 tot 1 januari 2024");
  }

  @Test
  void dateFieldsAreNamedInWordsAndOtherFieldsStayAsTheyAre() {
    assertThat(Dutch.field("effectiveDate")).isEqualTo("de ingangsdatum");
    assertThat(Dutch.field("opgaveCode")).isEqualTo("opgaveCode");
  }

  @Test
  void aGremiumGetsItsArticleAndItsKindWhereTheNameDoesNotSayIt() {
    assertThat(Dutch.gremium(GremiumType.BAC, "BAC Klimaat & Leefomgeving"))
        .isEqualTo("de BAC Klimaat & Leefomgeving");
    assertThat(Dutch.gremium(GremiumType.BESTUUR, "IPO-bestuur")).isEqualTo("het IPO-bestuur");
    assertThat(Dutch.gremium(GremiumType.AV, "Algemene Vergadering (AV)"))
        .isEqualTo("de Algemene Vergadering (AV)");
    assertThat(Dutch.gremium(GremiumType.TIJDELIJK_GREMIUM, "Taskforce Stikstof"))
        .isEqualTo("het tijdelijk gremium Taskforce Stikstof");
    // "ac" inside a word does not count as naming an AC
    assertThat(Dutch.gremium(GremiumType.AC, "Werkgroep Vacatures"))
        .isEqualTo("de AC Werkgroep Vacatures");
    assertThat(Dutch.capitalised(Dutch.gremium(GremiumType.WERKGROEP, "Werkgroep Water")))
        .isEqualTo("De Werkgroep Water");
  }
}
