package nl.ipo.ledger.query.mandaat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.error.NotFoundException;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent.MandaatAmended;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent.MandaatExpired;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent.MandaatGranted;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent.MandaatRevoked;
import nl.ipo.ledger.kernel.mandaat.MandaatId;
import nl.ipo.ledger.kernel.mandaat.MandaatQueries.FindMandaatLineage;
import nl.ipo.ledger.kernel.mandaat.MandaatQueries.MandaatNode;
import nl.ipo.ledger.kernel.mandaat.MandaatScope;
import nl.ipo.ledger.query.ReadModelDatabase;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mandate projection's handlers called directly on its own tables (H2 in PostgreSQL mode,
 * migrated by the query side's Flyway scripts); the same projection runs on PostgreSQL in infra's
 * mandate register contract.
 */
class MandaatProjectionTest {

  private static final DecisionReference BESTUUR = new DecisionReference("Bestuur 2018-01-11");
  private static final MandaatScope IBP =
      new MandaatScope(Set.of(BesluitType.STANDPUNT), List.of("IBP"));

  private final GremiumId bestuur = GremiumId.random();
  private final GremiumId kopgroep = GremiumId.random();
  private final MandaatId mandaat = MandaatId.random();
  private final MandaatId sub = MandaatId.random();
  private MandaatProjection projection;
  private MandaatGranted granted;

  @BeforeEach
  void setUp() {
    projection = new MandaatProjection(ReadModelDatabase.fresh());
    granted =
        new MandaatGranted(
            mandaat,
            Party.gremium(bestuur),
            Party.gremium(kopgroep),
            IBP,
            new BigDecimal("50000"),
            LocalDate.of(2018, 1, 1),
            LocalDate.of(2018, 12, 31),
            null,
            null,
            BESTUUR);
    projection.on(granted, MetaData.emptyInstance());
    projection.on(
        new MandaatGranted(
            sub,
            Party.gremium(kopgroep),
            Party.person("Gedeputeerde Zeeland"),
            IBP,
            new BigDecimal("1000"),
            LocalDate.of(2018, 3, 1),
            LocalDate.of(2018, 6, 1),
            null,
            mandaat,
            BESTUUR),
        MetaData.emptyInstance());
  }

  private MandaatNode on(String day) {
    return projection.handle(new FindMandaatLineage(mandaat, LocalDate.parse(day)));
  }

  @Test
  void theLineageShowsTheSubMandateFromItsStart_withEachOnesStatusOnTheDay() {
    assertThat(on("2018-02-01").status()).isEqualTo("GELDIG");
    assertThat(on("2018-02-01").subMandaten()).isEmpty();

    assertThat(on("2018-03-01").subMandaten())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.mandaatId()).isEqualTo(sub.toString());
              assertThat(s.mandataris()).isEqualTo(Party.person("Gedeputeerde Zeeland"));
              assertThat(s.status()).isEqualTo("GELDIG");
            });
  }

  @Test
  void anAmendmentIsANewVersionFromItsDay_andTheOldOneStays() {
    projection.on(
        new MandaatAmended(
            mandaat,
            LocalDate.of(2018, 7, 1),
            IBP,
            new BigDecimal("75000"),
            LocalDate.of(2018, 12, 31),
            "alleen na overleg",
            new DecisionReference("Bestuur 2018-06-28")),
        1,
        MetaData.emptyInstance());

    assertThat(on("2018-06-30").versions())
        .singleElement()
        .satisfies(v -> assertThat(v.ceiling()).isEqualByComparingTo("50000"));
    assertThat(on("2018-07-01").versions())
        .extracting(v -> v.ceiling().stripTrailingZeros().toPlainString(), v -> v.conditions())
        .containsExactly(tuple("50000", null), tuple("75000", "alleen na overleg"));
  }

  @Test
  void revokedAndExpiredMandatesSayFromWhichDay() {
    projection.on(new MandaatRevoked(mandaat, LocalDate.of(2018, 9, 1), BESTUUR));
    projection.on(new MandaatExpired(sub, LocalDate.of(2018, 6, 1)));

    assertThat(on("2018-08-31").status()).isEqualTo("GELDIG");
    assertThat(on("2018-09-01").status()).isEqualTo("INGETROKKEN");
    assertThat(on("2018-05-31").subMandaten().get(0).status()).isEqualTo("GELDIG");
    assertThat(on("2018-06-01").subMandaten().get(0).status()).isEqualTo("VERLOPEN");
    assertThat(projection.validOn(LocalDate.of(2018, 5, 1)))
        .extracting(MandaatNode::mandaatId)
        .containsExactly(mandaat.toString(), sub.toString());
    assertThat(projection.validOn(LocalDate.of(2018, 9, 1))).isEmpty();
  }

  @Test
  void aMandateNotYetGrantedOnTheDayIsNotFound() {
    assertThatThrownBy(() -> on("2017-12-31")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aReplayedGrantAddsNoSecondMandateOrVersion() {
    projection.on(granted, MetaData.emptyInstance());

    assertThat(on("2018-07-01").versions()).hasSize(1);
    assertThat(projection.validOn(LocalDate.of(2018, 2, 1)))
        .extracting(MandaatNode::mandaatId)
        .containsExactly(mandaat.toString());
  }
}
