package nl.ipo.ledger.query.besluit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitTaken;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelDeferred;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelPlacedOnAgenda;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelSubmitted;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelWithdrawn;
import nl.ipo.ledger.kernel.besluit.BesluitId;
import nl.ipo.ledger.kernel.besluit.BesluitOutcome;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.BesluitItem;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.BesluitSummary;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.BesluitenPage;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.FindBesluiten;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.FindBesluitenlijst;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.besluit.CompetenceBasis;
import nl.ipo.ledger.kernel.besluit.VoteTally;
import nl.ipo.ledger.kernel.common.LedgerMetadata;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.kernel.vergadering.VergaderingEvent.VergaderingScheduled;
import nl.ipo.ledger.kernel.vergadering.VergaderingId;
import nl.ipo.ledger.query.ReadModelDatabase;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The besluitenlijst's handlers called directly on its own tables (H2 in PostgreSQL mode, migrated
 * by the query side's Flyway scripts); infra's besluitenlijst contract runs it on PostgreSQL.
 */
class BesluitenlijstProjectionTest {

  private static final Party DIRECTEUR = Party.person("Algemeen Directeur");
  private static final LocalDate JULY = LocalDate.of(2023, 7, 6);

  private final GremiumId bestuur = GremiumId.random();
  private final VergaderingId july = VergaderingId.random();
  private final BesluitId reform = BesluitId.random();
  private final BesluitId deferred = BesluitId.random();
  private final BesluitId withdrawn = BesluitId.random();
  private BesluitenlijstProjection projection;

  /** As the journal records a fact: with its source. */
  private static final MetaData FROM_SEED =
      MetaData.with(LedgerMetadata.ACTOR, "journaal")
          .and(LedgerMetadata.SOURCE_DOCUMENT, "001_d04960319f38153e.txt")
          .and(LedgerMetadata.SOURCE_PLACE, "r. 26-28")
          .and(LedgerMetadata.SOURCE_QUOTE, "bestuurlijke besluitvorming op 6 juli")
          .and(LedgerMetadata.SOURCE_NOTE, "Aanname: de uitkomst is niet gedrukt");

  /** As a user records a fact through a form, citing nothing. */
  private static final MetaData BY_SECRETARIAAT =
      MetaData.with(LedgerMetadata.ACTOR, "secretariaat");

  @BeforeEach
  void setUp() {
    projection = new BesluitenlijstProjection(ReadModelDatabase.fresh());

    projection.on(new VergaderingScheduled(july, bestuur, JULY, "besluitvorming"));
    submit(reform, "Nieuwe BAC-structuur", LocalDate.of(2023, 5, 1));
    submit(deferred, "Werkgroep digitalisering", LocalDate.of(2023, 5, 2));
    submit(withdrawn, "Nieuwe naam voor de KPS", LocalDate.of(2022, 3, 1));
    for (BesluitId id : List.of(reform, deferred)) {
      projection.on(new VoorstelPlacedOnAgenda(id, july, bestuur, GremiumType.BESTUUR, JULY, "4"));
    }
    projection.on(
        new BesluitTaken(
            reform,
            "Nieuwe BAC-structuur",
            BesluitType.STRUCTUURWIJZIGING,
            Party.gremium(bestuur),
            GremiumType.BESTUUR,
            JULY,
            july,
            BesluitOutcome.ADOPTED,
            List.of(),
            List.of(),
            VoteTally.of(List.of()),
            null,
            null,
            CompetenceBasis.ownCompetence(GremiumType.BESTUUR, "Statuten"),
            null),
        FROM_SEED);
    projection.on(
        new VoorstelDeferred(deferred, Party.gremium(bestuur), JULY, july, null), BY_SECRETARIAAT);
    projection.on(
        new VoorstelWithdrawn(withdrawn, DIRECTEUR, LocalDate.of(2022, 4, 1), "niet meer nodig"),
        BY_SECRETARIAAT);
  }

  private void submit(BesluitId id, String subject, LocalDate on) {
    projection.on(
        new VoorstelSubmitted(
            id, subject, BesluitType.STRUCTUURWIJZIGING, DIRECTEUR, bestuur, on, List.of()),
        FROM_SEED);
  }

  private static List<String> statuses(List<BesluitSummary> rows) {
    return rows.stream().map(r -> r.subject() + ": " + r.status()).toList();
  }

  @Test
  void everyRowCarriesTheSourcesOfItsSubmissionAndDecision_orWhyTheyHaveNone() {
    List<BesluitSummary> rows =
        projection.handle(new FindBesluitenlijst(bestuur, null)).besluiten();
    BesluitSummary adopted =
        rows.stream().filter(r -> r.status().equals("AANGENOMEN")).findFirst().orElseThrow();
    assertThat(adopted.submissionSource().document()).isEqualTo("001_d04960319f38153e.txt");
    assertThat(adopted.decisionSource().quote()).isEqualTo("bestuurlijke besluitvorming op 6 juli");
    assertThat(adopted.decisionSource().assumption()).isTrue();

    BesluitSummary deferral =
        rows.stream().filter(r -> r.status().equals("AANGEHOUDEN")).findFirst().orElseThrow();
    assertThat(deferral.decisionSource().isCited()).isFalse();
    assertThat(deferral.decisionSource().noSourceReason())
        .isEqualTo("Bij het vastleggen heeft secretariaat geen bron opgegeven.");

    BesluitSummary open =
        projection.handle(new FindBesluitenlijst(bestuur, null)).besluiten().stream()
            .filter(r -> r.status().equals("INGETROKKEN"))
            .findFirst()
            .orElseThrow();
    assertThat(open.submissionSource().isCited()).isTrue();
    assertThat(open.decisionSource().noSourceReason()).contains("secretariaat");
  }

  @Test
  void theBodysListHasEveryVoorstelItDecidesOrWillDecide_withWhereEachStands() {
    List<BesluitSummary> rows =
        projection.handle(new FindBesluitenlijst(bestuur, null)).besluiten();

    assertThat(statuses(rows))
        .containsExactlyInAnyOrder(
            "Nieuwe BAC-structuur: AANGENOMEN",
            "Werkgroep digitalisering: AANGEHOUDEN",
            "Nieuwe naam voor de KPS: INGETROKKEN");
    BesluitSummary adopted =
        rows.stream()
            .filter(r -> r.besluitId().equals(reform.toString()))
            .findFirst()
            .orElseThrow();
    assertThat(adopted.decisionDate()).isEqualTo(JULY);
    assertThat(adopted.vergaderingId()).isEqualTo(july.toString());
    assertThat(adopted.meetingDate()).isEqualTo(JULY);
  }

  @Test
  void theMeetingsListHasWhatWasOnItsAgenda_withTheOutcomeThere() {
    List<BesluitSummary> rows = projection.handle(new FindBesluitenlijst(null, july)).besluiten();

    assertThat(statuses(rows))
        .containsExactly(
            "Nieuwe BAC-structuur: AANGENOMEN", "Werkgroep digitalisering: AANGEHOUDEN");
  }

  @Test
  void theSearchFiltersByStatusYearAndWords_latestStepFirst_aPageAtATime() {
    BesluitenPage all = projection.handle(new FindBesluiten(null, null, null, null, null, 0, 2));
    assertThat(all.total()).isEqualTo(3);
    // both taken up on 6 July 2023 (adopted, deferred): same day, then by subject
    assertThat(all.besluiten())
        .extracting(BesluitItem::subject)
        .containsExactly("Nieuwe BAC-structuur", "Werkgroep digitalisering");
    assertThat(projection.handle(new FindBesluiten(null, null, null, null, null, 1, 2)).besluiten())
        .extracting(BesluitItem::subject)
        .containsExactly("Nieuwe naam voor de KPS");

    assertThat(
            projection.handle(new FindBesluiten(null, null, 2022, null, null, 0, 10)).besluiten())
        .extracting(BesluitItem::status)
        .containsExactly("INGETROKKEN");
    assertThat(
            projection
                .handle(new FindBesluiten(bestuur, null, null, "AANGENOMEN", null, 0, 10))
                .besluiten())
        .extracting(BesluitItem::besluitId)
        .containsExactly(reform.toString());
    assertThat(
            projection
                .handle(new FindBesluiten(null, null, null, null, "bac structuur", 0, 10))
                .total())
        .isEqualTo(1);
  }

  @Test
  void aReplayedSubmissionChangesNothing() {
    submit(reform, "Nieuwe BAC-structuur", LocalDate.of(2023, 5, 1));

    assertThat(projection.handle(new FindBesluiten(null, null, null, null, null, 0, 10)).total())
        .isEqualTo(3);
    assertThat(statuses(projection.handle(new FindBesluitenlijst(bestuur, null)).besluiten()))
        .contains("Nieuwe BAC-structuur: AANGENOMEN");
  }
}
