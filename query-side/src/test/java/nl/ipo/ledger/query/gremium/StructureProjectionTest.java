package nl.ipo.ledger.query.gremium;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.common.LedgerMetadata;
import nl.ipo.ledger.kernel.common.Province;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.GremiumDissolved;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.GremiumEstablished;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.GremiumRenamed;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.MemberAppointed;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.MembershipEnded;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.FindStructure;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.GremiumView;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.StructureView;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.kernel.gremium.MemberRole;
import nl.ipo.ledger.kernel.gremium.MembershipId;
import nl.ipo.ledger.query.ReadModelDatabase;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The projection's handlers called directly on its own tables (H2 in PostgreSQL mode, migrated by
 * its own Flyway script). The same projection runs on PostgreSQL in infra's API tests.
 */
class StructureProjectionTest {

  private static final DecisionReference BESLUIT = new DecisionReference("Bestuur 2023-07-06");
  private static final LocalDate SEPT_2023 = LocalDate.of(2023, 9, 1);

  private final GremiumId bac = GremiumId.random();
  private final GremiumId aac = GremiumId.random();
  private final MembershipId lid = MembershipId.random();
  private StructureProjection projection;

  @BeforeEach
  void setUp() {
    projection = new StructureProjection(ReadModelDatabase.fresh());
  }

  private void history() {
    projection.on(
        new GremiumEstablished(bac, "BAC Wonen", GremiumType.BAC, null, SEPT_2023, null, BESLUIT),
        0,
        MetaData.emptyInstance());
    projection.on(
        new GremiumEstablished(aac, "AAC Wonen", GremiumType.AAC, bac, SEPT_2023, null, BESLUIT),
        0,
        MetaData.emptyInstance());
    projection.on(
        new MemberAppointed(
            bac, lid, "A. de Vries", Province.ZEELAND, MemberRole.LID, SEPT_2023, BESLUIT),
        1,
        MetaData.emptyInstance());
    projection.on(
        new GremiumRenamed(bac, "BAC W&B", "BAC Wonen", LocalDate.of(2024, 1, 1), BESLUIT), 2);
    projection.on(new MembershipEnded(bac, lid, LocalDate.of(2024, 6, 1), BESLUIT), 3);
    projection.on(new GremiumDissolved(aac, LocalDate.of(2025, 1, 1), BESLUIT), 1);
  }

  private StructureView on(String day) {
    return projection.handle(new FindStructure(LocalDate.parse(day)));
  }

  private static GremiumView find(StructureView view, GremiumId id) {
    return view.gremia().stream()
        .filter(g -> g.id().equals(id.toString()))
        .findFirst()
        .orElse(null);
  }

  @Test
  void answersEveryDayWithWhatWasInForceThatDay() {
    history();

    assertThat(on("2023-08-31").gremia()).isEmpty();
    StructureView october = on("2023-10-01");
    assertThat(october.gremia())
        .extracting(GremiumView::name)
        .containsExactly("BAC Wonen", "AAC Wonen");
    assertThat(find(october, bac).members())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.personName()).isEqualTo("A. de Vries");
              assertThat(m.since()).isEqualTo(SEPT_2023);
            });
    assertThat(find(october, aac).parentName()).isEqualTo("BAC Wonen");
    assertThat(find(on("2024-01-01"), aac).parentName()).isEqualTo("BAC W&B");
    assertThat(find(on("2024-06-01"), bac).members()).isEmpty();
    assertThat(find(on("2024-12-31"), aac).endDate()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(find(on("2025-01-01"), aac)).isNull();
  }

  @Test
  void handlingTheSameEventsAgainChangesNothing() {
    history();
    StructureView once = on("2023-10-01");

    history();

    assertThat(on("2023-10-01")).isEqualTo(once);
    assertThat(on("2024-01-01").gremia()).hasSize(2);
  }

  @Test
  void seatsAlikeButForTheirIdAreListedInTheOrderOfTheirIdsWhateverTheOrderOfTheRows() {
    // two seats of one province whose holders the sources do not name: only the id tells them
    // apart, so only the id can order them the same before and after a rebuild
    MembershipId high = new MembershipId(UUID.fromString("ffffffff-0000-0000-0000-000000000000"));
    MembershipId low = new MembershipId(UUID.fromString("00000000-0000-0000-0000-00000000000f"));
    projection.on(
        new GremiumEstablished(bac, "BAC Wonen", GremiumType.BAC, null, SEPT_2023, null, BESLUIT),
        0,
        MetaData.emptyInstance());
    // appointed in the other order than their ids: the rows come back in either order
    long sequence = 1;
    for (MembershipId seat : new MembershipId[] {high, low}) {
      projection.on(
          new MemberAppointed(
              bac, seat, null, Province.ZEELAND, MemberRole.LID, SEPT_2023, BESLUIT),
          sequence++,
          MetaData.emptyInstance());
    }

    assertThat(find(on("2023-10-01"), bac).members())
        .extracting(m -> m.membershipId())
        .containsExactly(low.toString(), high.toString());
  }

  @Test
  void resetEmptiesTheReadModelForAReplay() {
    history();

    projection.reset();

    assertThat(on("2023-10-01").gremia()).isEmpty();
  }

  @Test
  void aGremiumAndEachSeatCarryTheirSource_orWhyTheyHaveNone() {
    MetaData fromSeed =
        MetaData.with(LedgerMetadata.ACTOR, "journaal")
            .and(LedgerMetadata.SOURCE_DOCUMENT, "001_d04960319f38153e.txt")
            .and(LedgerMetadata.SOURCE_PLACE, "r. 60")
            .and(LedgerMetadata.SOURCE_QUOTE, "per provincie een lid en een plaatsvervanger")
            .and(LedgerMetadata.SOURCE_NOTE, "Aanname: de zetels zijn op 1 september bezet");
    projection.on(
        new GremiumEstablished(bac, "BAC Wonen", GremiumType.BAC, null, SEPT_2023, null, BESLUIT),
        0,
        fromSeed);
    projection.on(
        new MemberAppointed(bac, lid, null, Province.ZEELAND, MemberRole.LID, SEPT_2023, BESLUIT),
        1,
        MetaData.with(LedgerMetadata.ACTOR, "secretariaat"));

    GremiumView wonen = find(on("2023-10-01"), bac);
    assertThat(wonen.source().quote()).isEqualTo("per provincie een lid en een plaatsvervanger");
    assertThat(wonen.source().place()).isEqualTo("r. 60");
    assertThat(wonen.source().assumption()).isTrue();
    assertThat(wonen.members())
        .singleElement()
        .satisfies(
            seat -> {
              assertThat(seat.source().isCited()).isFalse();
              assertThat(seat.source().noSourceReason())
                  .isEqualTo("Bij het vastleggen heeft secretariaat geen bron opgegeven.");
            });
  }
}
