package nl.ipo.ledger.infra.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.ipo.ledger.infra.journal.JournalLoader;
import nl.ipo.ledger.infra.support.LedgerHttp;
import nl.ipo.ledger.infra.support.LedgerHttp.Response;
import nl.ipo.ledger.infra.support.Settled;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fuller history 2018–2023 the ledger ships, asked through the API as a reader would: who sat
 * where (chairs, advisers, seats per province) on 1 June 2022 and on 1 October 2023, where BAC
 * ROWW's tasks went, and the dated steps the documents print, each with its source.
 */
abstract class HistoryApiContract {

  private static final List<String> PROVINCES =
      List.of(
          "GRONINGEN",
          "FRYSLAN",
          "DRENTHE",
          "OVERIJSSEL",
          "FLEVOLAND",
          "GELDERLAND",
          "UTRECHT",
          "NOORD_HOLLAND",
          "ZUID_HOLLAND",
          "ZEELAND",
          "NOORD_BRABANT",
          "LIMBURG");

  @LocalServerPort int port;
  @Autowired JsonMapper json;
  @Autowired JournalLoader journal;
  @Autowired ApplicationContext context;
  LedgerHttp http;

  @BeforeEach
  void history() throws IOException {
    http = new LedgerHttp(port, json);
    // loading the journal again records nothing, so every test (and class) may do it
    try (InputStream in = getClass().getResourceAsStream("/journal/ipo-2018-2023.jsonl")) {
      journal.load(in, line -> {});
    }
    Settled.await(context);
  }

  private static String id(String ref) {
    return JournalLoader.gremium(ref).toString();
  }

  /** The structure on a day, by gremium id. */
  private Map<String, JsonNode> structure(String asOf) {
    Response response = http.get("av-lid", "/api/structure?asOf=" + asOf);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    Map<String, JsonNode> gremia = new LinkedHashMap<>();
    response.body().get("gremia").forEach(g -> gremia.put(g.get("id").asString(), g));
    return gremia;
  }

  /** "ROLE" or "ROLE@PROVINCE" → how many members hold it. */
  private static Map<String, Integer> seats(JsonNode gremium) {
    Map<String, Integer> seats = new TreeMap<>();
    gremium
        .get("members")
        .forEach(
            m -> {
              JsonNode province = m.get("province");
              String key =
                  m.get("role").asString()
                      + (province == null || province.isNull() ? "" : "@" + province.asString());
              seats.merge(key, 1, Integer::sum);
            });
    return seats;
  }

  /** One seat per province in each of the given roles, and the other roles as counted. */
  private static Map<String, Integer> perProvince(Map<String, Integer> others, String... roles) {
    Map<String, Integer> expected = new TreeMap<>(others);
    for (String role : roles) {
      PROVINCES.forEach(p -> expected.put(role + "@" + p, 1));
    }
    return expected;
  }

  private JsonNode gremium(Map<String, JsonNode> structure, String ref) {
    JsonNode g = structure.get(id(ref));
    assertThat(g).as(ref + " in force").isNotNull();
    return g;
  }

  @Test
  void onTheFirstOfJune2022_everyBodyHasItsChairsAdvisersAndSeatsPerProvince() {
    Map<String, JsonNode> day = structure("2022-06-01");

    Map<String, Integer> av = new TreeMap<>(Map.of("VOORZITTER", 1));
    PROVINCES.forEach(p -> av.put("LID@" + p, 2));
    assertThat(seats(gremium(day, "av"))).isEqualTo(av);
    assertThat(seats(gremium(day, "bestuur")))
        .isEqualTo(perProvince(Map.of("VOORZITTER", 1, "ADVISEUR", 4), "LID"));
    for (String bac :
        List.of(
            "bac-roww",
            "bac-mobiliteit",
            "bac-regionale-economie",
            "bac-klimaat-energie",
            "bac-vitaal-platteland",
            "bac-mth",
            "bac-cultuur",
            "bac-financien",
            "bac-kob")) {
      assertThat(seats(gremium(day, bac)))
          .as(bac)
          .isEqualTo(perProvince(Map.of("VOORZITTER", 1), "LID"));
      String aac = bac.replace("bac-", "aac-");
      assertThat(seats(gremium(day, aac))).as(aac).isEqualTo(perProvince(Map.of(), "LID"));
    }
    assertThat(seats(gremium(day, "kps"))).isEqualTo(perProvince(Map.of("VOORZITTER", 1), "LID"));
    assertThat(seats(gremium(day, "bc-stikstof"))).isEqualTo(Map.of("VOORZITTER", 1));
    assertThat(seats(gremium(day, "hnp"))).isEqualTo(Map.of("VOORZITTER", 1));

    // BIJ12, its director's post, the IPO-bureau and the Algemeen Directeur, vacant in 2022
    assertThat(gremium(day, "bij12").get("type").asString()).isEqualTo("UITVOERINGSORGANISATIE");
    assertThat(gremium(day, "directeur-bij12").get("parentId").asString()).isEqualTo(id("bij12"));
    assertThat(gremium(day, "ipo-bureau").get("type").asString()).isEqualTo("BUREAU");
    assertThat(gremium(day, "hnp").get("type").asString()).isEqualTo("BUREAU");
    JsonNode directeur = gremium(day, "algemeen-directeur");
    assertThat(directeur.get("type").asString()).isEqualTo("FUNCTIE");
    assertThat(directeur.get("members")).isEmpty();

    // the kopgroep of 2018 ended with its negotiations
    assertThat(day).doesNotContainKey(id("kopgroep-ibp"));
  }

  @Test
  void onTheFirstOfOctober2023_theNewBodiesHaveALidAndAPlaatsvervangerPerProvince() {
    Map<String, JsonNode> day = structure("2023-10-01");
    for (String bac :
        List.of(
            "bac-wonen-bereikbaarheid",
            "bac-landelijk-gebied",
            "bac-klimaat-leefomgeving",
            "bac-ondernemen-cultuur",
            "bac-financien-openbaar-bestuur")) {
      assertThat(seats(gremium(day, bac)))
          .as(bac)
          .isEqualTo(perProvince(Map.of(), "LID", "PLAATSVERVANGER"));
      String aac = bac.replace("bac-", "aac-");
      assertThat(seats(gremium(day, aac)))
          .as(aac)
          .isEqualTo(perProvince(Map.of("VERTEGENWOORDIGER", 1), "LID", "PLAATSVERVANGER"));
    }
    assertThat(seats(gremium(day, "aac-digitalisering")))
        .isEqualTo(perProvince(Map.of("VERTEGENWOORDIGER", 1), "LID", "PLAATSVERVANGER"));
    assertThat(day).doesNotContainKeys(id("bac-roww"), id("aac-roww"), id("kopgroep-ibp"));
    assertThat(seats(gremium(day, "bestuur")))
        .isEqualTo(perProvince(Map.of("VOORZITTER", 1, "ADVISEUR", 4), "LID"));

    // the AV's seats were filled anew after the Staten elections of 15 March 2023
    JsonNode av = gremium(day, "av");
    assertThat(seats(av)).containsEntry("VOORZITTER", 1).containsEntry("LID@ZEELAND", 2);
    assertThat(av.get("members")).hasSize(25);
    av.get("members")
        .forEach(
            m -> {
              if (m.get("role").asString().equals("LID")) {
                assertThat(m.get("since").asString()).isEqualTo("2023-03-15");
              }
            });
    List<String> before = new ArrayList<>();
    structure("2023-03-14")
        .get(id("av"))
        .get("members")
        .forEach(m -> before.add(m.get("membershipId").asString()));
    List<String> after = new ArrayList<>();
    av.get("members").forEach(m -> after.add(m.get("membershipId").asString()));
    assertThat(before).hasSize(25);
    assertThat(after.stream().filter(before::contains)).hasSize(1); // only the chair stays

    // the posts and their holders, as the 2023 page names them
    assertThat(
            gremium(day, "algemeen-directeur").get("members").get(0).get("personName").asString())
        .isEqualTo("Rien Fraanje");
    assertThat(gremium(day, "directeur-bij12").get("members").get(0).get("personName").asString())
        .isEqualTo("Jolinda van der Endt");
  }

  @Test
  void bacRowwHandsItsTasksToTwoSuccessors_andItsOwnHistoryNamesBoth() {
    JsonNode events =
        http.get("auditor", "/api/gremia/" + id("bac-roww") + "/history").body().get("events");
    JsonNode last = events.get(events.size() - 1);
    assertThat(last.get("eventType").asString()).isEqualTo("GremiumDissolved");
    Map<String, String> successors = new LinkedHashMap<>();
    last.get("event")
        .get("successors")
        .forEach(s -> successors.put(s.get("gremiumId").asString(), s.get("tasks").asString()));
    assertThat(successors)
        .containsExactly(
            Map.entry(id("bac-klimaat-leefomgeving"), "(ROW)W"),
            Map.entry(id("bac-wonen-bereikbaarheid"), "ROW (W)"));

    // the read side names them too, in either direction
    JsonNode roww = http.get("av-lid", "/api/gremia/" + id("bac-roww")).body().get("gremium");
    List<String> named = new ArrayList<>();
    roww.get("successors")
        .forEach(s -> named.add(s.get("name").asString() + " " + s.path("tasks").asString()));
    assertThat(named)
        .as(roww.toString())
        .containsExactlyInAnyOrder(
            "BAC Klimaat & Leefomgeving (ROW)W", "BAC Wonen & Bereikbaarheid ROW (W)");
    JsonNode klimaat =
        http.get("av-lid", "/api/gremia/" + id("bac-klimaat-leefomgeving")).body().get("gremium");
    List<String> from = new ArrayList<>();
    klimaat.get("predecessors").forEach(p -> from.add(p.get("name").asString()));
    assertThat(from)
        .containsExactlyInAnyOrder(
            "BAC Klimaat & Energie",
            "BAC Milieu, toezicht & handhaving (MTH)",
            "BAC Ruimtelijke ordening, water & wonen (ROWW)");

    // a body merged whole names its one successor without a part
    JsonNode mobiliteit =
        http.get("auditor", "/api/gremia/" + id("bac-mobiliteit") + "/history")
            .body()
            .get("events");
    JsonNode gone = mobiliteit.get(mobiliteit.size() - 1).get("event").get("successors");
    assertThat(gone).hasSize(1);
    assertThat(gone.get(0).get("gremiumId").asString()).isEqualTo(id("bac-wonen-bereikbaarheid"));
    assertThat(gone.get(0).has("tasks") && !gone.get(0).get("tasks").isNull()).isFalse();
  }

  /** The journal's facts about one aggregate, of one event type. */
  private List<JsonNode> facts(String aggregateId, String eventType) {
    List<JsonNode> found = new ArrayList<>();
    http.get(
            "auditor",
            "/api/journal?actor=journaal&size=1000&aggregateId="
                + aggregateId
                + "&eventType="
                + eventType)
        .body()
        .get("entries")
        .forEach(found::add);
    return found;
  }

  private JsonNode decision(String voorstelRef) {
    List<JsonNode> taken = facts(JournalLoader.besluit(voorstelRef).toString(), "BesluitTaken");
    assertThat(taken).as(voorstelRef).hasSize(1);
    return taken.get(0);
  }

  @Test
  void theDatedStepsTheDocumentsPrintAreEachRecordedWithTheirSource() {
    // the kopgroep's finding is a besluit of its own, before the signing of the same day
    JsonNode finding = decision("voorstel-ibp-constatering");
    JsonNode signing = decision("voorstel-ibp");
    assertThat(finding.get("effectiveDate").asString()).isEqualTo("2018-02-14");
    assertThat(finding.get("globalIndex").asLong()).isLessThan(signing.get("globalIndex").asLong());
    assertThat(finding.get("source").get("quote").asString()).contains("geconstateerd");
    assertThat(finding.get("source").get("document").asString()).startsWith("003_");

    Map<String, String> steps =
        Map.of(
            "voorstel-nhi", "004_",
            "voorstel-stikstof-2020", "004_",
            "voorstel-informatiehuizen-2020-2021", "004_");
    steps.forEach(
        (ref, document) -> {
          JsonNode step = decision(ref);
          assertThat(step.get("source").get("document").asString()).as(ref).startsWith(document);
          assertThat(step.get("source").get("place").asString()).as(ref).isNotBlank();
          assertThat(step.get("source").get("quote").asString()).as(ref).isNotBlank();
          assertThat(step.get("source").get("note").asString()).as(ref).startsWith("Aanname:");
        });
    JsonNode stikstof =
        http.get("auditor", "/api/besluiten/" + JournalLoader.besluit("voorstel-stikstof-2020"))
            .body();
    List<String> effects = new ArrayList<>();
    stikstof
        .get("events")
        .forEach(
            e -> {
              if (e.get("eventType").asString().equals("BesluitTaken")) {
                assertThat(e.get("event").get("amount").decimalValue())
                    .isEqualByComparingTo("4200000");
                e.get("event")
                    .get("effects")
                    .forEach(x -> effects.add(x.get("description").asString()));
              }
            });
    assertThat(effects).anyMatch(d -> d.contains("najaar van 2020"));

    // the Staten elections of 15 March 2023 end every AV seat and fill it anew, with the source
    List<JsonNode> ended = facts(id("av"), "MembershipEnded");
    assertThat(ended).hasSize(24);
    ended.forEach(
        e -> {
          assertThat(e.get("effectiveDate").asString()).isEqualTo("2023-03-15");
          assertThat(e.get("source").get("quote").asString())
              .isEqualTo("Rondom de verkiezingen van 15 maart jl.");
        });
    List<JsonNode> appointed = facts(id("av"), "MemberAppointed");
    assertThat(
            appointed.stream().filter(e -> e.get("effectiveDate").asString().equals("2023-03-15")))
        .hasSize(24);
  }

  @Test
  void theKopgroepIbpIsNotInForceIn2023_andItsEndIsMarkedAsAnAssumption() {
    assertThat(structure("2023-10-01")).doesNotContainKey(id("kopgroep-ibp"));
    assertThat(structure("2018-02-14")).containsKey(id("kopgroep-ibp"));
    List<JsonNode> end = facts(id("kopgroep-ibp"), "GremiumDissolved");
    assertThat(end).hasSize(1);
    assertThat(end.get(0).get("effectiveDate").asString()).isEqualTo("2018-02-15");
    assertThat(end.get(0).get("source").get("note").asString()).startsWith("Aanname:");
    assertThat(end.get(0).get("source").get("document").asString()).startsWith("003_");
    // its members' seats end with it
    assertThat(facts(id("kopgroep-ibp"), "MembershipEnded"))
        .hasSize(4)
        .allSatisfy(e -> assertThat(e.get("effectiveDate").asString()).isEqualTo("2018-02-15"));
  }
}
