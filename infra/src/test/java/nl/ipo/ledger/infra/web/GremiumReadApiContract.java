package nl.ipo.ledger.infra.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.ipo.ledger.infra.support.LedgerHttp;
import nl.ipo.ledger.infra.support.LedgerHttp.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading the structure over time over HTTP: what changed between two days (with the besluit behind
 * each change and where merged gremia went), the list of every gremium with a type filter and
 * paging, and one gremium's lineage. Each test records its own gremia in a year of its own, since
 * the database may hold other tests' facts. Run once per database by the subclasses.
 */
abstract class GremiumReadApiContract {

  private static final String SECRETARIAAT = "secretariaat";
  private static final String AV_LID = "av-lid";

  @LocalServerPort int port;
  @Autowired JsonMapper json;
  LedgerHttp http;
  int year;

  @BeforeEach
  void client() {
    http = new LedgerHttp(port, json);
    year = ThreadLocalRandom.current().nextInt(2100, 2190);
  }

  private String day(String monthDay) {
    return year + "-" + monthDay;
  }

  private String post(String path, String body) {
    Response response = http.post(SECRETARIAAT, path, body);
    assertThat(response.status()).as(path + " " + response.text()).isIn(200, 201);
    return response.body().get("id").asString();
  }

  private String gremium(String name, String type, String begin) {
    return post(
        "/api/gremia",
        """
        {"name": "%s", "type": "%s", "beginDate": "%s", "decisionReference": "Statuten"}"""
            .formatted(name, type, begin));
  }

  private JsonNode get(String path) {
    Response response = http.get(AV_LID, path);
    assertThat(response.status()).as(path + " " + response.text()).isEqualTo(200);
    return response.body();
  }

  private static List<JsonNode> about(JsonNode changes, String list, String gremiumId) {
    List<JsonNode> found = new ArrayList<>();
    changes
        .get(list)
        .forEach(
            c -> {
              if (c.get("gremiumId").asString().equals(gremiumId)) {
                found.add(c);
              }
            });
    return found;
  }

  private static List<String> ids(JsonNode refs) {
    List<String> ids = new ArrayList<>();
    refs.forEach(r -> ids.add(r.get("id").asString()));
    return ids;
  }

  @Test
  void changesBetweenTwoDaysNameTheBesluitAndWhereMergedGremiaWent() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String bestuur = gremium("IPO-bestuur " + tag, "bestuur", day("01-01"));
    String a = gremium("BAC Alfa " + tag, "BAC", day("01-01"));
    String b = gremium("BAC Beta " + tag, "BAC", day("01-01"));
    String lid =
        post(
            "/api/gremia/" + a + "/members",
            """
            {"personName": "A. de Vries", "province": "Fryslân", "role": "lid",
             "startDate": "%s", "decisionReference": "Bestuur %s"}"""
                .formatted(day("02-01"), day("01-20")));
    post(
        "/api/gremia/" + b + "/rename",
        """
        {"name": "BAC Gamma %s", "effectiveDate": "%s", "decisionReference": "Bestuur %s"}"""
            .formatted(tag, day("03-01"), day("02-20")));
    String c = UUID.randomUUID().toString();
    String voorstel =
        post(
            "/api/besluiten",
            """
            {"subject": "Samenvoegen %s", "besluitType": "structuurwijziging",
             "submittedBy": {"personName": "Algemeen Directeur"},
             "decidingGremiumId": "%s", "submittedOn": "%s", "effects": [
               {"kind": "MERGE_GREMIA", "merged": ["%s", "%s"], "gremiumId": "%s",
                "name": "BAC Delta %s", "type": "BAC", "effectiveDate": "%s"}]}"""
                .formatted(tag, bestuur, day("05-11"), a, b, c, tag, day("09-01")));
    String meeting =
        post(
            "/api/vergaderingen",
            "{\"gremiumId\": \"%s\", \"date\": \"%s\"}".formatted(bestuur, day("07-06")));
    post("/api/besluiten/" + voorstel + "/agenda", "{\"vergaderingId\": \"" + meeting + "\"}");
    Instant beforeDecision = Instant.now();
    post(
        "/api/besluiten/" + voorstel + "/decision",
        """
        {"decider": {"gremiumId": "%s"}, "decisionDate": "%s", "vergaderingId": "%s",
         "outcome": "aangenomen"}"""
            .formatted(bestuur, day("07-06"), meeting));

    String reform = "/api/structure/changes?from=" + day("06-30") + "&to=" + day("10-01");
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              // the merger is carried out effect by effect: wait for the new body and for both
              // merged ones
              JsonNode now = get(reform);
              assertThat(about(now, "gremia", c))
                  .singleElement()
                  .satisfies(e -> assertThat(e.get("related")).hasSize(2));
              assertThat(about(now, "gremia", a)).isNotEmpty();
              assertThat(about(now, "gremia", b)).isNotEmpty();
            });
    JsonNode changes = get(reform);
    assertThat(changes.get("from").asString()).isEqualTo(day("06-30"));
    JsonNode established = about(changes, "gremia", c).get(0);
    assertThat(established.get("kind").asString()).isEqualTo("ESTABLISHED");
    assertThat(established.get("name").asString()).isEqualTo("BAC Delta " + tag);
    assertThat(established.get("date").asString()).isEqualTo(day("09-01"));
    assertThat(established.get("besluitId").asString()).isEqualTo(voorstel);
    assertThat(established.get("decisionReference").asString()).contains("Samenvoegen " + tag);
    assertThat(ids(established.get("related"))).containsExactlyInAnyOrder(a, b);
    for (String old : List.of(a, b)) {
      JsonNode merged = about(changes, "gremia", old).get(0);
      assertThat(merged.get("kind").asString()).isEqualTo("MERGED");
      assertThat(merged.get("besluitId").asString()).isEqualTo(voorstel);
      assertThat(ids(merged.get("related"))).containsExactly(c);
      assertThat(merged.get("related").get(0).get("name").asString()).isEqualTo("BAC Delta " + tag);
    }
    assertThat(about(changes, "gremia", b).get(0).get("name").asString())
        .isEqualTo("BAC Gamma " + tag);
    JsonNode ended = about(changes, "memberships", a).get(0);
    assertThat(ended.get("started").asBoolean()).isFalse();
    assertThat(ended.get("membershipId").asString()).isEqualTo(lid);
    assertThat(ended.get("personName").asString()).isEqualTo("A. de Vries");
    assertThat(ended.get("province").asString()).isEqualTo("FRYSLAN");
    assertThat(ended.get("besluitId").asString()).isEqualTo(voorstel);

    // as the ledger knew it before the decision: the old gremia, no merger yet
    JsonNode before = get(reform + "&knownAt=" + beforeDecision);
    assertThat(about(before, "gremia", c)).isEmpty();
    assertThat(about(before, "gremia", a)).isEmpty();
    JsonNode now = get(reform + "&knownAt=" + Instant.now());
    assertThat(ids(about(now, "gremia", c).get(0).get("related"))).containsExactlyInAnyOrder(a, b);

    JsonNode spring = get("/api/structure/changes?from=" + day("01-15") + "&to=" + day("03-01"));
    JsonNode renamed = about(spring, "gremia", b).get(0);
    assertThat(renamed.get("kind").asString()).isEqualTo("RENAMED");
    assertThat(renamed.get("previousName").asString()).isEqualTo("BAC Beta " + tag);
    assertThat(renamed.get("name").asString()).isEqualTo("BAC Gamma " + tag);
    assertThat(renamed.get("decisionReference").asString()).isEqualTo("Bestuur " + day("02-20"));
    assertThat(renamed.get("besluitId").isNull()).isTrue();
    assertThat(about(spring, "memberships", a))
        .singleElement()
        .satisfies(m -> assertThat(m.get("started").asBoolean()).isTrue());
    assertThat(about(spring, "gremia", c)).isEmpty();
    // the interval excludes its first day: the establishment on 1 January is not a change after it
    assertThat(
            about(
                get("/api/structure/changes?from=" + day("01-01") + "&to=" + day("01-31")),
                "gremia",
                a))
        .isEmpty();

    JsonNode delta = get("/api/gremia/" + c + "?asOf=" + day("10-01"));
    assertThat(delta.get("gremium").get("name").asString()).isEqualTo("BAC Delta " + tag);
    assertThat(ids(delta.get("gremium").get("predecessors"))).containsExactlyInAnyOrder(a, b);
    assertThat(delta.get("gremium").get("successors")).isEmpty();
    JsonNode alfa = get("/api/gremia/" + a + "?asOf=" + day("06-30"));
    assertThat(ids(alfa.get("gremium").get("successors"))).containsExactly(c);
    assertThat(alfa.get("gremium").get("endDate").asString()).isEqualTo(day("09-01"));
    assertThat(alfa.get("members"))
        .singleElement()
        .satisfies(m -> assertThat(m.get("personName").asString()).isEqualTo("A. de Vries"));
    assertThat(get("/api/gremia/" + a + "?asOf=" + day("10-01")).get("members")).isEmpty();
  }

  @Test
  void theListOfGremiaFiltersByTypeAndPages() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    gremium("Kopgroep " + tag, "kopgroep", day("01-01"));
    for (String name : List.of("Werkgroep A " + tag, "Werkgroep B " + tag, "Werkgroep C " + tag)) {
      post(
          "/api/gremia",
          """
          {"name": "%s", "type": "werkgroep", "beginDate": "%s", "endDate": "%s",
           "decisionReference": "Bestuur"}"""
              .formatted(name, day("01-01"), day("12-31")));
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(get("/api/gremia?type=WERKGROEP&size=500").get("gremia").toString())
                    .contains("Werkgroep C " + tag));
    JsonNode all = get("/api/gremia?type=werkgroep&size=500");
    long total = all.get("total").asLong();
    assertThat(total).isGreaterThanOrEqualTo(3).isEqualTo(all.get("gremia").size());
    all.get("gremia").forEach(g -> assertThat(g.get("type").asString()).isEqualTo("WERKGROEP"));

    List<String> paged = new ArrayList<>();
    for (int page = 0; page * 2 < total; page++) {
      JsonNode p = get("/api/gremia?type=WERKGROEP&page=" + page + "&size=2");
      assertThat(p.get("page").asInt()).isEqualTo(page);
      assertThat(p.get("size").asInt()).isEqualTo(2);
      assertThat(p.get("total").asLong()).isEqualTo(total);
      assertThat(p.get("gremia").size()).isBetween(1, 2);
      p.get("gremia").forEach(g -> paged.add(g.get("id").asString()));
    }
    assertThat(paged).doesNotHaveDuplicates().containsExactlyElementsOf(ids(all.get("gremia")));
    List<String> mine = new ArrayList<>();
    all.get("gremia")
        .forEach(
            g -> {
              if (g.get("name").asString().endsWith(tag)) {
                mine.add(g.get("name").asString());
                assertThat(g.get("endDate").asString()).isEqualTo(day("12-31"));
              }
            });
    assertThat(mine)
        .containsExactly("Werkgroep A " + tag, "Werkgroep B " + tag, "Werkgroep C " + tag);
    JsonNode everything = get("/api/gremia?size=1");
    assertThat(everything.get("total").asLong()).isGreaterThan(total);
  }

  @Test
  void badParametersAreRefusedInDutchNamingTheField() {
    expect("/api/gremia?type=SOCIETEIT", "type", "SOCIETEIT");
    expect("/api/gremia?size=0", "size", "1 tot en met 500");
    expect("/api/gremia?size=501", "size", "1 tot en met 500");
    expect("/api/gremia?page=-1", "page", "0 tot en met");
    expect("/api/gremia?page=een", "page", "een");
    expect("/api/structure/changes?to=2023-10-01", "from", "from");
    expect("/api/structure/changes?from=2023-10-01&to=2023-06-30", "to", "niet vóór");
    expect("/api/structure/changes?from=2023-13-01&to=2023-10-01", "from", "2023-13-01");
    expect("/api/structure/changes?from=1500-01-01&to=2023-10-01", "from", "1800");
    expect("/api/gremia/geen-id", "id", "geen-id");
    Response unknown = http.get(AV_LID, "/api/gremia/" + UUID.randomUUID());
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body().get("reason").asString()).contains("Er is geen gremium");
  }

  private void expect(String path, String field, String inReason) {
    Response response = http.get(AV_LID, path);
    assertThat(response.status()).as(path + " " + response.text()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.body().get("field").asString()).as(path).isEqualTo(field);
    assertThat(response.body().get("reason").asString()).as(path).contains(inReason);
  }
}
