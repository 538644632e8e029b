package nl.ipo.ledger.query.gremium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitEffectCarriedOut;
import nl.ipo.ledger.kernel.besluit.BesluitId;
import nl.ipo.ledger.kernel.besluit.Effect;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.common.Province;
import nl.ipo.ledger.kernel.error.NotFoundException;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.GremiumDissolved;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.GremiumEstablished;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.GremiumRenamed;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.MemberAppointed;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.MembershipEnded;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.ChangeKind;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.FindGremia;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.FindGremium;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.FindStructureChanges;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.GremiumChange;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.GremiumRef;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.StructureChanges;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.kernel.gremium.MemberRole;
import nl.ipo.ledger.kernel.gremium.MembershipId;
import nl.ipo.ledger.query.ReadModelDatabase;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The structure over time, from the projection's handlers called directly. */
class StructureCatalogueTest {

  private static final LocalDate JAN_2018 = LocalDate.of(2018, 1, 1);
  private static final LocalDate SEPT_2023 = LocalDate.of(2023, 9, 1);
  private static final DecisionReference STATUTEN = new DecisionReference("Statuten");

  private final BesluitId besluit = BesluitId.random();
  private final DecisionReference reform =
      new DecisionReference("Besluit 'Nieuwe BAC-structuur' van 2023-07-06", besluit);
  private final GremiumId roww = GremiumId.random();
  private final GremiumId mobiliteit = GremiumId.random();
  private final GremiumId wonen = GremiumId.random();
  private final MembershipId lid = MembershipId.random();
  private StructureProjection projection;
  private StructureCatalogue catalogue;

  @BeforeEach
  void setUp() {
    JdbcClient jdbc = ReadModelDatabase.fresh();
    projection = new StructureProjection(jdbc);
    catalogue = new StructureCatalogue(jdbc);
  }

  private void reform() {
    projection.on(
        new GremiumEstablished(roww, "BAC ROWW", GremiumType.BAC, null, JAN_2018, null, STATUTEN),
        0,
        MetaData.emptyInstance());
    projection.on(
        new GremiumEstablished(
            mobiliteit, "BAC Mobiliteit", GremiumType.BAC, null, JAN_2018, null, STATUTEN),
        0,
        MetaData.emptyInstance());
    projection.on(
        new MemberAppointed(
            roww, lid, "A. de Vries", Province.FRYSLAN, MemberRole.LID, JAN_2018, STATUTEN),
        1,
        MetaData.emptyInstance());
    projection.on(
        new GremiumRenamed(
            mobiliteit, "BAC Bereikbaarheid", "BAC Mobiliteit", LocalDate.of(2022, 1, 1), STATUTEN),
        1);
    Effect.MergeGremia merger =
        new Effect.MergeGremia(
            List.of(roww, mobiliteit),
            wonen,
            "BAC Wonen & Bereikbaarheid",
            GremiumType.BAC,
            null,
            SEPT_2023);
    projection.on(
        new GremiumEstablished(
            wonen, "BAC Wonen & Bereikbaarheid", GremiumType.BAC, null, SEPT_2023, null, reform),
        0,
        MetaData.emptyInstance());
    projection.on(new MembershipEnded(roww, lid, SEPT_2023, reform), 2);
    projection.on(new GremiumDissolved(roww, SEPT_2023, reform), 3);
    projection.on(new GremiumDissolved(mobiliteit, SEPT_2023, reform), 2);
    projection.on(new BesluitEffectCarriedOut(besluit, 0, merger, SEPT_2023));
  }

  private StructureChanges changes(String from, String to) {
    return catalogue.handle(new FindStructureChanges(LocalDate.parse(from), LocalDate.parse(to)));
  }

  private static GremiumChange about(StructureChanges changes, GremiumId id) {
    return changes.gremia().stream()
        .filter(c -> c.gremiumId().equals(id.toString()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aMergerShowsAsTheNewBodyFromTheOldOnesAndTheOldOnesIntoIt() {
    reform();

    StructureChanges changes = changes("2023-06-30", "2023-10-01");

    assertThat(changes.gremia()).hasSize(3);
    GremiumChange established = about(changes, wonen);
    assertThat(established.kind()).isEqualTo(ChangeKind.ESTABLISHED);
    assertThat(established.besluitId()).isEqualTo(besluit.toString());
    assertThat(established.related())
        .extracting(GremiumRef::name)
        .containsExactly("BAC Bereikbaarheid", "BAC ROWW");
    GremiumChange merged = about(changes, mobiliteit);
    assertThat(merged.kind()).isEqualTo(ChangeKind.MERGED);
    assertThat(merged.name()).isEqualTo("BAC Bereikbaarheid");
    assertThat(merged.related()).extracting(GremiumRef::id).containsExactly(wonen.toString());
    assertThat(changes.memberships())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.started()).isFalse();
              assertThat(m.personName()).isEqualTo("A. de Vries");
              assertThat(m.gremiumName()).isEqualTo("BAC ROWW");
              assertThat(m.besluitId()).isEqualTo(besluit.toString());
            });
  }

  @Test
  void theIntervalStartsAfterItsFirstDayAndIncludesItsLast() {
    reform();

    assertThat(changes("2023-09-01", "2023-10-01").gremia()).isEmpty();
    assertThat(changes("2023-08-31", "2023-09-01").gremia()).hasSize(3);
    StructureChanges rename = changes("2021-12-31", "2022-01-01");
    assertThat(rename.gremia())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(ChangeKind.RENAMED);
              assertThat(c.previousName()).isEqualTo("BAC Mobiliteit");
              assertThat(c.besluitId()).isNull();
            });
  }

  @Test
  void theListAndTheDetailShowTheLineage() {
    reform();

    var page = catalogue.handle(new FindGremia(GremiumType.BAC, 0, 2));
    assertThat(page.total()).isEqualTo(3);
    assertThat(page.gremia())
        .extracting(g -> g.name())
        .containsExactly("BAC Bereikbaarheid", "BAC ROWW");
    assertThat(catalogue.handle(new FindGremia(GremiumType.BAC, 1, 2)).gremia())
        .extracting(g -> g.name())
        .containsExactly("BAC Wonen & Bereikbaarheid");
    assertThat(catalogue.handle(new FindGremia(GremiumType.AAC, 0, 10)).total()).isZero();

    var oldBody = catalogue.handle(new FindGremium(roww, LocalDate.of(2023, 6, 30)));
    assertThat(oldBody.gremium().endDate()).isEqualTo(SEPT_2023);
    assertThat(oldBody.gremium().successors())
        .extracting(GremiumRef::name)
        .containsExactly("BAC Wonen & Bereikbaarheid");
    assertThat(oldBody.members()).hasSize(1);
    assertThat(catalogue.handle(new FindGremium(roww, SEPT_2023)).members()).isEmpty();
    assertThatThrownBy(() -> catalogue.handle(new FindGremium(GremiumId.random(), SEPT_2023)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void replayingTheSameEventsChangesNothing() {
    reform();
    StructureChanges once = changes("2017-01-01", "2024-01-01");

    reform();

    assertThat(changes("2017-01-01", "2024-01-01")).isEqualTo(once);
  }
}
