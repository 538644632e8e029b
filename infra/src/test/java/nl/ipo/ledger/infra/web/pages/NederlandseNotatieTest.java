package nl.ipo.ledger.infra.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.ipo.ledger.infra.web.pages.vastleggen.NederlandseNotatie;
import org.junit.jupiter.api.Test;

/** Dates and amounts as a Dutch secretary types them, read exactly or not at all. */
class NederlandseNotatieTest {

  @Test
  void datesAreReadFromThePickerAndFromDutchNotation() {
    assertThat(NederlandseNotatie.datum("2023-07-06")).contains(LocalDate.of(2023, 7, 6));
    assertThat(NederlandseNotatie.datum("6-7-2023")).contains(LocalDate.of(2023, 7, 6));
    assertThat(NederlandseNotatie.datum("06-07-2023")).contains(LocalDate.of(2023, 7, 6));
    assertThat(NederlandseNotatie.datum(" 1/9/2023 ")).contains(LocalDate.of(2023, 9, 1));
    assertThat(NederlandseNotatie.datum("31-2-2023")).isEmpty();
    assertThat(NederlandseNotatie.datum("6 juli")).isEmpty();
    assertThat(NederlandseNotatie.datum("7/6/23")).isEmpty();
  }

  @Test
  void amountsAreReadInDutchNotationExactly() {
    assertThat(NederlandseNotatie.bedrag("1.234,56")).contains(new BigDecimal("1234.56"));
    assertThat(NederlandseNotatie.bedrag("1234,5")).contains(new BigDecimal("1234.5"));
    assertThat(NederlandseNotatie.bedrag("€ 2.500.000")).contains(new BigDecimal("2500000"));
    assertThat(NederlandseNotatie.bedrag("-250")).contains(new BigDecimal("-250"));
    // English notation, a lenient reading's traps, and fractions of cents are refused
    assertThat(NederlandseNotatie.bedrag("1,234.56")).isEmpty();
    assertThat(NederlandseNotatie.bedrag("1.234,5x")).isEmpty();
    assertThat(NederlandseNotatie.bedrag("12.34")).isEmpty();
    assertThat(NederlandseNotatie.bedrag("1,234")).isEmpty();
    assertThat(NederlandseNotatie.bedrag("1e3")).isEmpty();
  }

  @Test
  void amountsAreShownAgainAsTheyAreTyped() {
    assertThat(NederlandseNotatie.bedragTekst(new BigDecimal("1234.56"))).isEqualTo("1.234,56");
    assertThat(NederlandseNotatie.bedragTekst(new BigDecimal("2500000"))).isEqualTo("2.500.000");
    assertThat(NederlandseNotatie.bedragTekst(new BigDecimal("-250.50"))).isEqualTo("-250,50");
    assertThat(NederlandseNotatie.bedragTekst(new BigDecimal("12.00"))).isEqualTo("12");
  }
}
