package nl.ipo.ledger.infra.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import nl.ipo.ledger.infra.support.LedgerHttp;
import nl.ipo.ledger.infra.support.LedgerHttp.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Input that no read model could hold is refused at the edge with a Dutch reason that names the
 * field, nothing of it is stored, and the read models keep answering. Run once per database.
 */
abstract class BoundedInputContract {

  private static final String SECRETARIAAT = "secretariaat";

  @LocalServerPort int port;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  LedgerHttp http;

  @BeforeEach
  void client() {
    http = new LedgerHttp(port, json);
  }

  long storedEvents() {
    return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry").query(Long.class).single();
  }

  private String gremium(String name) {
    Response created =
        http.post(
            SECRETARIAAT,
            "/api/gremia",
            """
            {"name": "%s", "type": "BAC", "beginDate": "2019-01-01", "decisionReference": "test"}"""
                .formatted(name));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.body().get("id").asString();
  }

  /** A rejected request: 400 problem+json naming the field in Dutch, and nothing stored. */
  private void rejected(String path, String body, String field, String reasonPart) {
    long before = storedEvents();
    Response response = http.post(SECRETARIAAT, path, body);
    assertThat(response.status()).as(body + " → " + response.text()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.body().get("field").asString()).isEqualTo(field);
    assertThat(response.body().get("reason").asString()).contains(reasonPart);
    assertNoJavaNames(response.text());
    assertThat(storedEvents()).as("events stored by a rejected request").isEqualTo(before);
  }

  private static void assertNoJavaNames(String text) {
    assertThat(text)
        .doesNotContain("java.")
        .doesNotContain("jackson")
        .doesNotContain("Exception")
        .doesNotContain("LocalDate")
        .doesNotContain("BigDecimal")
        .doesNotContain("Request")
        .doesNotContain("$");
  }

  private static final String BEGROTING =
      """
      BEGROTING;2021;Begrensd %s;1000;test
      PROGRAMMA;1;ROWW;1000;overzicht
      OPGAVE;1.1;Ruimte;BASIS;100;200;100;400;1.1
      TOTAAL;400;overzicht
      """;

  private String importedBegroting() {
    return RestClient.create("http://localhost:" + port)
        .post()
        .uri("/api/begrotingen/import?draftedOn=2020-05-01")
        .headers(h -> h.setBasicAuth(SECRETARIAAT, SECRETARIAAT))
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(BEGROTING.formatted(UUID.randomUUID()))
        .retrieve()
        .body(JsonNode.class)
        .get("id")
        .asString();
  }

  @Test
  void anAmountNoReadModelCanHoldIsRefusedAndTheBudgetStillAnswers() {
    String id = importedBegroting();
    for (String amount :
        new String[] {"1E+999", "1e308", "9".repeat(244), "10000000000000", "0.001"}) {
      rejected(
          "/api/begrotingen/" + id + "/realisations",
          """
          {"opgaveCode": "1.1", "line": "PROGRAMMALASTEN", "realised": %s, "asOf": "2021-06-30",
           "source": "x"}"""
              .formatted(amount),
          "realised",
          "'realised'");
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        http.get("auditor", "/api/begrotingen/" + id + "?asOf=2021-07-01").status())
                    .isEqualTo(200));
    String bestuur = gremium("Bestuur " + UUID.randomUUID());
    rejected(
        "/api/mandaten",
        """
        {"mandaatgever": {"gremiumId": "%s"}, "mandataris": {"personName": "Directie"},
         "scope": {"subjects": ["werkbudget"]}, "ceiling": 1E+999, "startDate": "2021-01-01",
         "decisionReference": "x"}"""
            .formatted(bestuur),
        "ceiling",
        "9.999.999.999.999,99");
  }

  @Test
  void datesTextsAndListsOutsideTheirBoundsAreRefused() {
    rejected(
        "/api/gremia",
        """
        {"name": "Oud", "type": "BAC", "beginDate": "1799-12-31", "decisionReference": "x"}""",
        "beginDate",
        "1800-01-01");
    rejected(
        "/api/gremia",
        """
        {"name": "BAC \\u202Eemmarg", "type": "BAC", "beginDate": "2019-01-01",
         "decisionReference": "x"}""",
        "name",
        "U+202E");
    rejected(
        "/api/gremia",
        """
        {"name": "BAC\\u0000", "type": "BAC", "beginDate": "2019-01-01", "decisionReference": "x"}""",
        "name",
        "U+0000");
    rejected(
        "/api/gremia",
        """
        {"name": "%s", "type": "BAC", "beginDate": "2019-01-01", "decisionReference": "x"}"""
            .formatted("x".repeat(201)),
        "name",
        "200");
    rejected(
        "/api/gremia",
        """
        {"name": "BAC", "type": "BAC", "beginDate": "2023-02-30", "decisionReference": "x"}""",
        "beginDate",
        "JJJJ-MM-DD");
    String bestuur = gremium("Bestuur " + UUID.randomUUID());
    rejected(
        "/api/besluiten",
        """
        {"subject": "x", "besluitType": "STRUCTUURWIJZIGING", "submittedBy": {"personName": "AD"},
         "decidingGremiumId": "%s", "submittedOn": "2023-01-01", "effects": [null]}"""
            .formatted(bestuur),
        "effects[0]",
        "null");
  }

  @Test
  void datesAndMomentsInTheAddressAreHeldToTheSameRange() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    String auth =
        "Basic "
            + Base64.getEncoder().encodeToString("av-lid:av-lid".getBytes(StandardCharsets.UTF_8));
    for (String[] c :
        new String[][] {
          {"/api/structure?asOf=%2B999999999-12-31", "asOf", "2199-12-31"},
          {
            "/api/structure?asOf=2023-10-01&knownAt=%2B1000000000-01-01T00:00:00Z",
            "knownAt",
            "2199-12-31T23:59:59Z"
          },
          {"/api/structure?asOf=1799-12-31", "asOf", "1800-01-01"}
        }) {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + c[0]))
                  .header("Authorization", auth)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(c[0]).isEqualTo(400);
      assertProblem(response);
      JsonNode body = json.readTree(response.body());
      assertThat(body.get("field").asString()).isEqualTo(c[1]);
      assertThat(body.get("reason").asString()).contains(c[2]);
    }
    assertThat(http.get("av-lid", "/api/structure?asOf=2023-10-01").status()).isEqualTo(200);
  }

  @Test
  void aCommandWhoseAnswerTheClientWouldNotAcceptIsRefusedBeforeItIsRecorded() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    String writer =
        "Basic "
            + Base64.getEncoder()
                .encodeToString("secretariaat:secretariaat".getBytes(StandardCharsets.UTF_8));
    for (String accept : new String[] {"text/html", "image/png", "application/json;q=0", "nee"}) {
      long before = storedEvents();
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/gremia"))
                  .header("Authorization", writer)
                  .header("Content-Type", "application/json")
                  .header("Accept", accept)
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          """
                          {"name": "BAC %s", "type": "BAC", "beginDate": "2019-01-01",
                           "decisionReference": "x"}"""
                              .formatted(UUID.randomUUID())))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(accept).isEqualTo(406);
      assertProblem(response);
      assertThat(storedEvents()).as("events stored for Accept " + accept).isEqualTo(before);
    }
  }

  @Test
  void aParameterGivenTwiceIsShownWithItsValuesNotAsAJavaArray() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    String auth =
        "Basic "
            + Base64.getEncoder().encodeToString("av-lid:av-lid".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/structure?asOf=a&asOf=b"))
                .header("Authorization", auth)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(400);
    assertProblem(response);
    JsonNode body = json.readTree(response.body());
    assertThat(body.get("field").asString()).isEqualTo("asOf");
    assertThat(body.get("reason").asString()).contains("maar is 'a, b'");
  }

  @Test
  void aCorrectionMustBeTheWholeFactAndTheReadModelsKeepAnswering() {
    String id = gremium("BAC Finacien " + UUID.randomUUID());
    JsonNode established =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> http.get("auditor", "/api/gremia/" + id + "/history").body(),
                body -> body != null && body.get("events").size() == 1)
            .get("events")
            .get(0);
    String eventId = established.get("eventIdentifier").asString();
    ObjectNode withoutName = (ObjectNode) established.get("event").deepCopy();
    withoutName.remove("name");
    ObjectNode withExtra = (ObjectNode) established.get("event").deepCopy();
    withExtra.put("unknown", 1);
    Map<String, Object> cases =
        Map.of(
            "replacement.gremiumId", json.createObjectNode(),
            "replacement.unknown", withExtra,
            "replacement.name", withoutName);
    for (var c : cases.entrySet()) {
      rejected(
          "/api/rectificaties/correct",
          json.writeValueAsString(
              Map.of(
                  "eventIdentifier",
                  eventId,
                  "aggregateId",
                  id,
                  "replacement",
                  c.getValue(),
                  "reason",
                  "x",
                  "decisionReference",
                  "x")),
          c.getKey(),
          "replacement");
    }
    ObjectNode emptied = (ObjectNode) established.get("event").deepCopy();
    emptied.putNull("name");
    long before = storedEvents();
    Response keepsFields =
        http.post(
            SECRETARIAAT,
            "/api/rectificaties/correct",
            json.writeValueAsString(
                Map.of(
                    "eventIdentifier", eventId,
                    "aggregateId", id,
                    "replacement", emptied,
                    "reason", "x",
                    "decisionReference", "x")));
    assertThat(keepsFields.status()).as(keepsFields.text()).isEqualTo(422);
    assertThat(keepsFields.body().get("rule").asString()).isEqualTo("CORRECTION_KEEPS_EVERY_FIELD");
    assertThat(storedEvents()).isEqualTo(before);
    Response competence =
        http.get("av-lid", "/api/competentie?besluitType=STRUCTUURWIJZIGING&date=2023-07-06");
    assertThat(competence.status()).as(competence.text()).isEqualTo(200);
    assertThat(http.get("av-lid", "/api/gremia/" + id + "/history").status()).isEqualTo(200);
  }

  @Test
  void whatTheServletContainerAndSpringRejectIsProblemJsonToo() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    String auth =
        "Basic "
            + Base64.getEncoder().encodeToString("av-lid:av-lid".getBytes(StandardCharsets.UTF_8));
    String raw = rawGet("/api/journal?actor=%", auth);
    assertThat(raw).startsWith("HTTP/1.1 400");
    assertThat(raw).contains("application/problem+json");
    for (String path : new String[] {"/api/a%2Fb", "/api/a%00b"}) {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                  .header("Authorization", auth)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(path).isEqualTo(400);
      assertProblem(response);
    }
    HttpResponse<String> hugeHeader =
        client.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/structure"))
                .header("Authorization", auth)
                .header("X-Big", "a".repeat(9000))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(hugeHeader.statusCode()).isEqualTo(400);
    assertProblem(hugeHeader);
    String writer =
        "Basic "
            + Base64.getEncoder()
                .encodeToString("secretariaat:secretariaat".getBytes(StandardCharsets.UTF_8));
    long before = storedEvents();
    for (String type :
        new String[] {
          "application/*", "*/*", "multipart/form-data", "multipart/form-data; boundary=x"
        }) {
      HttpResponse<String> wildcard =
          client.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/gremia"))
                  .header("Authorization", writer)
                  .header("Content-Type", type)
                  .POST(HttpRequest.BodyPublishers.ofString("{}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(wildcard.statusCode()).as(type).isEqualTo(415);
      assertProblem(wildcard);
    }
    HttpResponse<String> html =
        client.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/structure?asOf=morgen"))
                .header("Authorization", auth)
                .header("Accept", "text/html")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(html.statusCode()).isEqualTo(400);
    assertProblem(html);
    assertThat(json.readTree(html.body()).get("field").asString()).isEqualTo("asOf");
    HttpResponse<String> put =
        client.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/structure"))
                .header("Authorization", writer)
                .PUT(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(put.statusCode()).isEqualTo(405);
    assertProblem(put);
    assertThat(storedEvents()).isEqualTo(before);
  }

  /** A request the JDK's client refuses to send (a bare % in the query), over a plain socket. */
  private String rawGet(String target, String auth) throws IOException {
    try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      socket
          .getOutputStream()
          .write(
              ("GET "
                      + target
                      + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                      + auth
                      + "\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private void assertProblem(HttpResponse<String> response) throws IOException {
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    JsonNode body = json.readTree(response.body());
    assertThat(body.get("status").asInt()).isEqualTo(response.statusCode());
    assertThat(body.get("reason").asString()).isNotBlank();
    assertThat(response.body()).doesNotContain("Tomcat").doesNotContain("<html");
    assertNoJavaNames(response.body());
  }
}
