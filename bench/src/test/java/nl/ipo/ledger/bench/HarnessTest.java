package nl.ipo.ledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness's own arithmetic: percentiles, route shapes, and the synthetic journal's size. */
class HarnessTest {

  @Test
  void percentilesFollowTheNearestRank() {
    Latencies l = new Latencies();
    for (int ms = 1; ms <= 100; ms++) {
      l.add(ms * 1_000_000L);
    }
    assertThat(l.percentileMillis(50)).isEqualTo(50.0);
    assertThat(l.percentileMillis(95)).isEqualTo(95.0);
    assertThat(l.percentileMillis(99)).isEqualTo(99.0);
    assertThat(l.percentileMillis(100)).isEqualTo(100.0);
  }

  @Test
  void routesOfTheSameShapeAreMeasuredOnce() {
    assertThat(PageRoutes.shape("/gremia/5f0c1a2b-1111-2222-3333-444455556666?datum=2023-10-01"))
        .isEqualTo("/gremia/{id}?datum");
    assertThat(PageRoutes.shape("/vergelijk?tot=2023-10-01&van=2023-06-30"))
        .isEqualTo("/vergelijk?tot&van");
    assertThat(
            PageRoutes.links(
                "<a href=\"/structuur?datum=2023-10-01&amp;bekend=\">s</a>"
                    + "<a href=\"/journaal/export.csv?x=1\">csv</a><a href=\"/afmelden\">uit</a>"
                    + "<a href=\"https://example.org/\">elders</a>"))
        .containsExactly("/structuur?datum=2023-10-01&bekend=");
  }

  @Test
  void theSyntheticJournalHoldsTheEventsItPromises(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("j.jsonl");
    long events = new SyntheticJournal().write(file, 5000);
    List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.startsWith("#")).toList();
    assertThat(events).isEqualTo(lines.size()).isGreaterThanOrEqualTo(5000);
    assertThat(lines.get(0)).contains("\"do\":\"gremium\"").contains("\"type\":\"BESTUUR\"");
    assertThat(lines).allSatisfy(l -> assertThat(l).contains("\"source\":{"));
    int first = 1 + SyntheticJournal.PROVINCES.size(); // after the bestuur and its seats
    assertThat(lines.get(first)).contains("\"do\":\"gremium\"").contains("\"type\":\"BAC\"");
    // a seat is ended the day its successor starts, never after
    assertThat(lines.get(first + 13))
        .contains("\"do\":\"endMember\"")
        .contains("\"date\":\"1903-01-01\"");
    assertThat(lines.get(first + 14))
        .contains("\"do\":\"member\"")
        .contains("\"date\":\"1903-01-01\"");
    int dissolved = first + (int) SyntheticJournal.committeeEntries() - 1;
    assertThat(lines.get(dissolved)).contains("\"do\":\"dissolve\"").contains("1922-01-01");
    // beside each committee the bestuur meets, adopts its voorstellen and grants a mandate
    assertThat(lines.get(dissolved + 1)).contains("\"do\":\"meeting\"");
    assertThat(lines.stream().filter(l -> l.contains("\"do\":\"decide\"")).count())
        .isEqualTo(
            SyntheticJournal.BESLUITEN
                * (events - SyntheticJournal.bestuurEntries())
                / SyntheticJournal.eventsPerGremium());
    assertThat(lines.get(lines.size() - 1))
        .contains("\"do\":\"dissolve\"")
        .contains(SyntheticJournal.BESTUUR);
  }

  @Test
  void aCopiedStreamNamesEveryIdAnewAndTheSameIdAlike() {
    String gremium = "4676832a-cc7d-49dd-b6e7-cbd384663254";
    String payload =
        "{\"gremiumId\":\""
            + gremium
            + "\",\"membershipId\":\"1378f283-b1f4-4d84-8bc9-7ed2b0caffec\"}";
    String first = Store.renamed(payload, 1, new java.util.HashMap<>());
    String again = Store.renamed(gremium, 1, new java.util.HashMap<>());
    String second = Store.renamed(payload, 2, new java.util.HashMap<>());
    assertThat(first).doesNotContain(gremium).contains(again).startsWith("{\"gremiumId\":\"");
    assertThat(second).isNotEqualTo(first).doesNotContain(gremium);
    assertThat(java.util.UUID.fromString(again).toString()).isEqualTo(again);
  }
}
