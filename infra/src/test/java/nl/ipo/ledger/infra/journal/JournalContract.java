package nl.ipo.ledger.infra.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ipo.ledger.command.begroting.BegrotingFile;
import nl.ipo.ledger.infra.support.LedgerHttp;
import nl.ipo.ledger.infra.support.Settled;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The IPO's real history from the shipped journal, loaded through the command side and asked
 * through the API, as a new user would. Run once per database.
 */
abstract class JournalContract {

  private static final String JOURNAL = "/journal/ipo-2018-2023.jsonl";

  @LocalServerPort int port;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationContext context;
  @Autowired JournalLoader loader;
  LedgerHttp http;
  List<JsonNode> entries = new ArrayList<>();

  @BeforeEach
  void setUp() throws IOException {
    http = new LedgerHttp(port, json);
    try (InputStream in = getClass().getResourceAsStream(JOURNAL)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        if (!line.isBlank() && !line.strip().startsWith("#")) {
          entries.add(json.readTree(line));
        }
      }
    }
  }

  private long events() {
    return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry").query(Long.class).single();
  }

  private JournalLoader.Result load() throws IOException {
    try (InputStream in = getClass().getResourceAsStream(JOURNAL)) {
      return loader.load(in, line -> {});
    }
  }

  private List<String> ids(String asOf) {
    List<String> ids = new ArrayList<>();
    http.get("av-lid", "/api/structure?asOf=" + asOf)
        .body()
        .get("gremia")
        .forEach(g -> ids.add(g.get("id").asString()));
    return ids;
  }

  private static String id(String ref) {
    return JournalLoader.gremium(ref).toString();
  }

  @Test
  void theHistoryLoadsOnceAndAnswersWhatTheIpoLookedLikeAndWhy() throws IOException {
    JournalLoader.Result first = load();
    assertThat(first.entries()).isEqualTo(entries.size());
    // the reform's effects are carried out asynchronously by the effects process: wait until done
    Settled.await(context);
    long afterFirst = events();
    JournalLoader.Result second = load();
    assertThat(second.recorded()).isZero();
    assertThat(events()).isEqualTo(afterFirst);

    // the structure before and after the reform
    Map<String, String> typeOf = new HashMap<>();
    List<String> oldBacs = new ArrayList<>();
    List<String> newBacs = new ArrayList<>();
    String reformBesluit = null;
    for (JsonNode e : entries) {
      String kind = e.get("do").asString();
      if (kind.equals("gremium")) {
        typeOf.put(e.get("ref").asString(), e.get("type").asString());
        if (e.get("type").asString().equals("BAC")) {
          oldBacs.add(id(e.get("ref").asString()));
        }
      }
      if (kind.equals("voorstel") && e.has("effects")) {
        for (JsonNode effect : e.get("effects")) {
          if (effect.get("kind").asString().equals("MERGE_GREMIA")
              && effect.get("type").asString().equals("BAC")) {
            newBacs.add(id(effect.get("gremiumId").asString()));
          }
        }
      }
      if (kind.equals("decide") && e.get("date").asString().equals("2023-07-06")) {
        reformBesluit = JournalLoader.besluit(e.get("besluit").asString()).toString();
      }
    }
    assertThat(newBacs).hasSize(5);
    assertThat(oldBacs).hasSizeGreaterThanOrEqualTo(9);
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(ids("2023-10-01"))
                    .containsAll(newBacs)
                    .doesNotContainAnyElementsOf(oldBacs));
    assertThat(ids("2023-06-30")).containsAll(oldBacs).doesNotContainAnyElementsOf(newBacs);

    // the bodies the reform created point to the besluit of 6 July 2023
    assertThat(reformBesluit).isNotNull();
    for (String bac : newBacs) {
      JsonNode first0 =
          http.get("auditor", "/api/gremia/" + bac + "/history").body().get("events").get(0);
      assertThat(first0.get("decisionReference").get("besluitId").asString())
          .isEqualTo(reformBesluit);
    }
    JsonNode lifecycle = http.get("auditor", "/api/besluiten/" + reformBesluit).body();
    List<String> steps = new ArrayList<>();
    lifecycle.get("events").forEach(s -> steps.add(s.get("eventType").asString()));
    assertThat(steps)
        .contains(
            "VoorstelSubmitted", "VoorstelDiscussed", "BesluitTaken", "BesluitEffectCarriedOut")
        .doesNotContain("BesluitEffectFailed");

    // the kopgroep of 2018: its named members and the mandate they acted under
    String kopgroepRef = null;
    List<String> named = new ArrayList<>();
    for (JsonNode e : entries) {
      if (e.get("do").asString().equals("member")
          && "KOPGROEP".equals(typeOf.get(e.get("gremium").asString()))
          && e.has("person")
          && e.get("date").asString().startsWith("201")) {
        kopgroepRef = e.get("gremium").asString();
        named.add(e.get("person").asString());
      }
    }
    assertThat(named).hasSize(4);
    String kopgroep = id(kopgroepRef);
    JsonNode in2018 = http.get("av-lid", "/api/structure?asOf=2018-02-01").body();
    List<String> members = new ArrayList<>();
    in2018
        .get("gremia")
        .forEach(
            g -> {
              if (g.get("id").asString().equals(kopgroep)) {
                g.get("members").forEach(m -> members.add(m.get("personName").asString()));
              }
            });
    assertThat(members).containsExactlyInAnyOrderElementsOf(named);
    String mandaatRef = null;
    for (JsonNode e : entries) {
      if (e.get("do").asString().equals("mandaat")
          && e.get("nemer").has("gremium")
          && e.get("nemer").get("gremium").asString().equals(kopgroepRef)) {
        mandaatRef = e.get("ref").asString();
      }
    }
    assertThat(mandaatRef).isNotNull();
    String mandaat = JournalLoader.mandaat(mandaatRef).toString();
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        http.get("av-lid", "/api/mandaten/" + mandaat + "/lineage?asOf=2018-02-01")
                            .body()
                            .get("mandataris")
                            .get("gremiumId")
                            .asString())
                    .isEqualTo(kopgroep));

    // the begroting 2021 as printed, approved
    String begroting = BegrotingFile.idOf(2021, "IPO Begroting 2021").toString();
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              JsonNode view =
                  http.get("auditor", "/api/begrotingen/" + begroting + "?asOf=2021-01-01").body();
              assertThat(view.get("status").asString()).isEqualTo("VASTGESTELD");
              assertThat(view.get("statedTotaal").get("euros").decimalValue())
                  .isEqualByComparingTo("30543000");
              assertThat(view.get("printedKassiersfunctie").decimalValue())
                  .isEqualByComparingTo("14523000");
            });

    // every fact the journal recorded, and every effect carried out for it, cites its source
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              JsonNode journal =
                  http.get("auditor", "/api/journal?actor=journaal&size=1000").body();
              assertThat(journal.get("total").asLong()).isGreaterThanOrEqualTo(entries.size());
              journal
                  .get("entries")
                  .forEach(
                      e -> {
                        JsonNode source = e.get("source");
                        assertThat(source.get("document").asString()).as(e.toString()).isNotBlank();
                        assertThat(source.get("quote").asString()).as(e.toString()).isNotBlank();
                        assertThat(source.get("cited").asBoolean()).as(e.toString()).isTrue();
                      });
            });
  }

  @Test
  void aRejectedEntryStopsTheLoadNamesItsLineAndLeavesNothingOfItStored() {
    String broken =
        """
        # a journal with a bad third entry
        {"do": "gremium", "ref": "test-werkgroep-%1$s", "name": "Werkgroep %1$s", "type": "WERKGROEP", "date": "2022-01-01", "end": "2022-07-01", "decision": "Bestuur", "source": {"document": "test", "place": "1", "quote": "q"}}
        {"do": "member", "ref": "test-lid-%1$s", "gremium": "test-werkgroep-%1$s", "province": "ZEELAND", "role": "LID", "date": "2022-02-01", "decision": "Bestuur", "source": {"document": "test", "place": "2", "quote": "q"}}
        {"do": "member", "ref": "test-lid2-%1$s", "gremium": "test-werkgroep-%1$s", "province": "ZEELAND", "role": "LID", "date": "2021-02-01", "decision": "Bestuur", "source": {"document": "test", "place": "3", "quote": "q"}}
        """
            .formatted(java.util.UUID.randomUUID());
    long before = events();
    assertThatThrownBy(
            () ->
                loader.load(
                    new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), s -> {}))
        .isInstanceOf(JournalLoader.JournalRejected.class)
        .hasMessageStartingWith("line 4: ")
        .hasMessageContaining("valt buiten de periode waarin");
    assertThat(events()).isEqualTo(before + 2);
  }

  @Test
  void everyViewCarriesTheSourceOfEachFactItShows_orWhyItHasNone() throws IOException {
    load();
    Settled.await(context);

    // the structure: every gremium and every seat, before and after the reform
    for (String day : List.of("2022-06-01", "2023-10-01")) {
      JsonNode structure = http.get("av-lid", "/api/structure?asOf=" + day).body();
      for (JsonNode gremium : structure.get("gremia")) {
        assertCited(gremium.get("source"), gremium.get("name").asString());
        for (JsonNode member : gremium.get("members")) {
          assertCited(member.get("source"), gremium.get("name").asString() + " " + member);
        }
      }
    }

    // the bestuur's besluitenlijst: every submission and every decision
    JsonNode lijst = http.get("av-lid", "/api/besluitenlijst?gremiumId=" + id("bestuur")).body();
    assertThat(lijst.get("besluiten")).isNotEmpty();
    boolean assumedOutcome = false;
    for (JsonNode row : lijst.get("besluiten")) {
      assertCited(row.get("submissionSource"), row.get("subject").asString());
      if (!row.get("status").asString().equals("INGEDIEND")) {
        assertCited(row.get("decisionSource"), row.get("subject").asString());
        assumedOutcome |= row.get("decisionSource").get("assumption").asBoolean();
      }
    }
    // the reform's besluit of 6 July 2023 is recorded as adopted, which the sources only plan
    assertThat(assumedOutcome).as("an outcome marked as assumed").isTrue();

    // the mandate register: the version in force of every mandate
    JsonNode mandaten = http.get("av-lid", "/api/mandaten?asOf=2018-06-01").body();
    assertThat(mandaten.get("mandaten")).isNotEmpty();
    mandaten
        .get("mandaten")
        .forEach(m -> assertCited(m.get("source"), m.get("mandaatId").asString()));

    // the journal: every fact the history recorded cites its source; any other fact says why it
    // has none (the statutes the ledger loads itself, or a user's recording without a source)
    JsonNode journal = http.get("auditor", "/api/journal?size=1000").body();
    for (JsonNode e : journal.get("entries")) {
      JsonNode source = e.get("source");
      if (e.get("actor").asString().equals("journaal")) {
        assertCited(source, e.toString());
      } else if (source.get("cited").asBoolean()) {
        assertThat(source.get("noSourceReason").isNull()).as(e.toString()).isTrue();
      } else {
        assertThat(source.get("noSourceReason").asString()).as(e.toString()).isNotBlank();
        if (e.get("actor").asString().equals("ledger")) {
          assertThat(source.get("noSourceReason").asString())
              .as(e.toString())
              .startsWith("Door het grootboek zelf vastgelegd");
        }
      }
    }
  }

  private static void assertCited(JsonNode source, String what) {
    assertThat(source).as(what).isNotNull();
    assertThat(source.get("cited").asBoolean()).as(what + ": " + source).isTrue();
    assertThat(source.get("document").asString()).as(what).endsWith(".txt");
    assertThat(source.get("quote").asString()).as(what).isNotBlank();
  }
}
