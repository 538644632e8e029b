package nl.ipo.ledger.infra.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The two moments of a reading page, read from its parameters and said in its banner. */
class TijdkeuzeTest {

  private final Clock clock = Clock.fixed(Instant.parse("2026-12-02T12:00:00Z"), ZoneOffset.UTC);

  @Test
  void todayWithEverythingKnownNeedsNoBanner() {
    Tijdkeuze now = Tijdkeuze.of(null, "", clock, "/structuur");
    assertThat(now.geldigOp()).isEqualTo(LocalDate.of(2026, 12, 2));
    assertThat(now.bannerNodig()).isFalse();
    assertThat(now.query()).isEqualTo("datum=2026-12-02");
  }

  @Test
  void thePastAndAnEarlierStateOfKnowledgeAreSaidInDutchInAmsterdamTime() {
    Tijdkeuze past =
        Tijdkeuze.of(LocalDate.of(2023, 6, 30), "2023-09-01T12:00", clock, "/structuur");
    assertThat(past.bekendOp()).isEqualTo(Instant.parse("2023-09-01T10:00:00Z"));
    assertThat(past.bekendVeld()).isEqualTo("2023-09-01T12:00");
    assertThat(past.bannerNodig()).isTrue();
    assertThat(past.bannerTekst())
        .isEqualTo(
            "U ziet de toestand op 30 juni 2023, niet die van vandaag. U ziet wat het register wist"
                + " op 1 september 2023 om 12:00; wat daarna is vastgelegd of gecorrigeerd,"
                + " ontbreekt.");
    assertThat(past.metWeggelaten(2).bannerTekst())
        .endsWith(
            "2 vastgelegde feiten konden niet worden gelezen en zijn weggelaten; de beheerder kent de oorzaak.");
    assertThat(past.query()).isEqualTo("datum=2023-06-30&bekend=2023-09-01T12:00");
  }

  @Test
  void aMalformedOrOutOfRangeMomentIsRefusedNamingTheField() {
    assertThatThrownBy(() -> Tijdkeuze.of(null, "gisteren", clock, "/"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'Zoals bekend op' moet een datum met tijd zijn")
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo("bekend");
    assertThatThrownBy(() -> Tijdkeuze.of(null, "2500-01-01T00:00", clock, "/"))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo("bekend");
  }
}
