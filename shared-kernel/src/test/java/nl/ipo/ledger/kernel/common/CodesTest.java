package nl.ipo.ledger.kernel.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.ipo.ledger.kernel.besluit.VoteChoice;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FRYSLAN",
        "fryslan",
        "Fryslân",
        " FRYSLÂN ",
        "fryslân",
      })
  void aProvinceIsReadFromItsCodeOrLabel_inAnyCase_withOrWithoutDiacritics(String typed) {
    assertThat(Province.parse("provincie", typed)).isEqualTo(Province.FRYSLAN);
  }

  @Test
  void aLabelWithAHyphenReadsAsTheCodeWithAnUnderscore() {
    assertThat(Province.parse("provincie", "noord-holland")).isEqualTo(Province.NOORD_HOLLAND);
    assertThat(Province.parse("provincie", "Zuid Holland")).isEqualTo(Province.ZUID_HOLLAND);
  }

  @Test
  void everyConstantOfEveryListIsFoundByItsCodeAndByItsLabel() {
    for (Province province : Province.values()) {
      assertThat(Province.parse("provincie", province.name())).isEqualTo(province);
      assertThat(Province.parse("provincie", province.label())).isEqualTo(province);
    }
    for (VoteChoice choice : VoteChoice.values()) {
      assertThat(Codes.parse(VoteChoice.class, "keuze", choice.label())).isEqualTo(choice);
    }
  }

  @Test
  void anUnknownValueIsRefusedNamingTheFieldAndTheAllowedValues() {
    assertThatThrownBy(() -> Province.parse("provincie", "Vlaanderen"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'provincie' kent de waarde 'Vlaanderen' niet")
        .hasMessageContaining("FRYSLAN (Fryslân)");
  }

  @Test
  void aMissingValueIsRefusedAsRequired() {
    assertThatThrownBy(() -> Province.parse("provincie", "  "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'provincie' is verplicht");
  }
}
