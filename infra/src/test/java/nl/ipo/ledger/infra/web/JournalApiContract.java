package nl.ipo.ledger.infra.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.ipo.ledger.infra.axon.CommandEdge;
import nl.ipo.ledger.infra.support.LedgerHttp;
import nl.ipo.ledger.infra.support.LedgerHttp.Response;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.EstablishGremium;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/journal} as an auditor uses it: the CSV export (every row, neutralised formulas,
 * both dialects) and the limits on its parameters. Requests go out byte for byte as written here
 * (the JDK's client, or a socket for a malformed address), so no client re-encodes them. Run once
 * per database.
 */
abstract class JournalApiContract {

  private static final String AUDITOR = "auditor";

  @LocalServerPort int port;
  @Autowired JsonMapper json;
  @Autowired CommandEdge edge;
  LedgerHttp http;
  HttpClient client;

  @BeforeEach
  void clients() {
    http = new LedgerHttp(port, json);
    client = HttpClient.newHttpClient();
  }

  private HttpResponse<byte[]> get(String pathAndQuery, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
            .header("Authorization", basic(AUDITOR));
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String basic(String user) {
    return "Basic "
        + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
  }

  private JsonNode jsonOf(HttpResponse<byte[]> response) {
    return json.readTree(new String(response.body(), StandardCharsets.UTF_8));
  }

  private static List<CSVRecord> csv(String text, char delimiter) {
    try {
      return CSVFormat.RFC4180
          .builder()
          .setDelimiter(delimiter)
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(new StringReader(text))
          .getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  private String establish(String name, String decision, LocalDate begin) {
    Response created =
        http.post(
            "secretariaat",
            "/api/gremia",
            json.writeValueAsString(
                Map.of(
                    "name",
                    name,
                    "type",
                    "WERKGROEP",
                    "beginDate",
                    begin.toString(),
                    "endDate",
                    begin.plusYears(2).toString(),
                    "decisionReference",
                    decision)));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.body().get("id").asString();
  }

  private void awaitJournal(String aggregateId, long total) {
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        jsonOf(get("/api/journal?aggregateId=" + aggregateId))
                            .get("total")
                            .asLong())
                    .isEqualTo(total));
  }

  @Test
  void theChoicesNameEveryBodyActorAndTypeTheJournalHolds() {
    String name = "Werkgroep keuzes " + java.util.UUID.randomUUID();
    String id = establish(name, "Bestuur 2022-01-01", LocalDate.of(2022, 1, 1));
    awaitJournal(id, 1);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              HttpResponse<byte[]> response = get("/api/journal/choices");
              assertThat(response.statusCode()).isEqualTo(200);
              JsonNode choices = jsonOf(response);
              List<String> bodies = new ArrayList<>();
              choices
                  .get("bodies")
                  .forEach(
                      b -> bodies.add(b.get("id").asString() + "=" + b.get("name").asString()));
              assertThat(bodies).as("the body by its name, once").containsOnlyOnce(id + "=" + name);
              List<String> types = new ArrayList<>();
              choices.get("eventTypes").forEach(t -> types.add(t.asString()));
              assertThat(types).contains("GremiumEstablished").doesNotHaveDuplicates();
              List<String> actors = new ArrayList<>();
              choices.get("actors").forEach(a -> actors.add(a.asString()));
              assertThat(actors).contains("secretariaat").isSorted();
            });
  }

  @Test
  void cellsThatASpreadsheetWouldRunAsAFormulaComeOutAsText() {
    List<String> formulas = List.of("=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)");
    List<String> ids = new ArrayList<>();
    for (String formula : formulas) {
      ids.add(establish(formula, formula, LocalDate.of(2022, 1, 1)));
    }
    // the source citation is free text that only a journal load sets; tab and carriage return
    // cannot come through a decision reference, which is stripped
    GremiumId sourced = GremiumId.random();
    edge.sendFromJournal(
        new EstablishGremium(
            sourced,
            "Werkgroep bronnen",
            GremiumType.WERKGROEP,
            null,
            LocalDate.of(2022, 1, 1),
            LocalDate.of(2023, 1, 1),
            new DecisionReference("=1+1")),
        "@bron",
        "\tpagina 3",
        "\r=cmd|' /C calc'!A0",
        "+Aanname: de begindatum is niet gedrukt");

    for (int i = 0; i < formulas.size(); i++) {
      String formula = formulas.get(i);
      awaitJournal(ids.get(i), 1);
      assertThat(
              jsonOf(get("/api/journal?aggregateId=" + ids.get(i)))
                  .get("entries")
                  .get(0)
                  .get("decisionReference")
                  .asString())
          .as("the JSON form keeps the text as recorded")
          .isEqualTo(formula);
      HttpResponse<byte[]> response = get("/api/journal?format=csv&aggregateId=" + ids.get(i));
      assertThat(response.statusCode()).isEqualTo(200);
      List<CSVRecord> rows = csv(text(response), ',');
      assertThat(rows).hasSize(1);
      assertThat(rows.get(0).get("decisionReference")).isEqualTo("'" + formula);
      assertThat(rows.get(0).get("aggregateId")).isEqualTo(ids.get(i));
      assertThat(rows.get(0).get("globalIndex")).matches("\\d+");
    }
    awaitJournal(sourced.toString(), 1);
    CSVRecord row = csv(text(get("/api/journal?format=csv&aggregateId=" + sourced)), ',').get(0);
    assertThat(row.get("decisionReference")).isEqualTo("'=1+1");
    assertThat(row.get("sourceDocument")).isEqualTo("'@bron");
    assertThat(row.get("sourcePlace")).isEqualTo("'\tpagina 3");
    assertThat(row.get("sourceQuote")).isEqualTo("'\r=cmd|' /C calc'!A0");
    assertThat(row.get("sourceNote")).isEqualTo("'+Aanname: de begindatum is niet gedrukt");
    assertThat(row.get("actor")).isEqualTo("journaal");
  }

  @Test
  void theCsvHoldsEveryMatchingFactNotOnePage() {
    LocalDate begin = LocalDate.of(2000, 1, 1);
    String id = establish("Werkgroep met een lange geschiedenis", "Bestuur 1999-12-16", begin);
    for (int i = 1; i < 250; i++) {
      Response renamed =
          http.post(
              "secretariaat",
              "/api/gremia/" + id + "/rename",
              json.writeValueAsString(
                  Map.of(
                      "name",
                      "Werkgroep " + i,
                      "effectiveDate",
                      begin.plusDays(i).toString(),
                      "decisionReference",
                      "Bestuur, besluit " + i)));
      assertThat(renamed.status()).as(renamed.text()).isEqualTo(200);
    }
    awaitJournal(id, 250);
    assertThat(jsonOf(get("/api/journal?aggregateId=" + id)).get("entries"))
        .as("the JSON form stays paged, 100 by default")
        .hasSize(100);

    HttpResponse<byte[]> response = get("/api/journal?format=csv&aggregateId=" + id);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=utf-8");
    assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
        .isEqualTo("attachment; filename=\"journaal.csv\"");
    assertThat(response.headers().firstValue("X-Total-Count")).hasValue("250");
    assertThat(response.body()[0]).as("no byte order mark in RFC 4180").isEqualTo((byte) 'g');
    String text = text(response);
    assertThat(text).startsWith("globalIndex,eventIdentifier,aggregateType,aggregateId,");
    assertThat(text).contains("\r\n").endsWith("\r\n");
    List<CSVRecord> rows = csv(text, ',');
    assertThat(rows).hasSize(250);
    long previous = -1;
    for (int i = 0; i < rows.size(); i++) {
      CSVRecord row = rows.get(i);
      assertThat(row.get("sequence")).isEqualTo(Integer.toString(i));
      assertThat(Long.parseLong(row.get("globalIndex"))).isGreaterThan(previous);
      previous = Long.parseLong(row.get("globalIndex"));
    }
    assertThat(rows.get(0).get("eventType")).isEqualTo("GremiumEstablished");
    assertThat(rows.get(249).get("eventType")).isEqualTo("GremiumRenamed");
    assertThat(rows.get(249).get("effectiveDate")).isEqualTo(begin.plusDays(249).toString());
    assertThat(rows.get(249).get("recordedAt")).matches("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z");
    assertThat(rows.get(249).get("decisionReference")).isEqualTo("Bestuur, besluit 249");
  }

  @Test
  void theDutchDialectHasAByteOrderMarkAndSemicolons() {
    String id =
        establish(
            "Werkgroep Financiën; begroting",
            "Bestuur 2024-03-14, punt 5",
            LocalDate.of(2024, 4, 1));
    awaitJournal(id, 1);
    String query = "/api/journal?format=csv&aggregateId=" + id;

    for (HttpResponse<byte[]> dutch :
        List.of(
            get(query + "&dialect=nl"),
            get(query, "Accept-Language", "nl-NL,nl;q=0.9,en;q=0.8"),
            get(query + "&dialect=NL", "Accept-Language", "en"))) {
      assertThat(dutch.statusCode()).isEqualTo(200);
      byte[] body = dutch.body();
      assertThat(new byte[] {body[0], body[1], body[2]})
          .isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
      assertThat(text).startsWith("globalIndex;eventIdentifier;");
      List<CSVRecord> rows = csv(text, ';');
      assertThat(rows).hasSize(1);
      assertThat(rows.get(0).get("decisionReference")).isEqualTo("Bestuur 2024-03-14, punt 5");
      assertThat(rows.get(0).get("effectiveDate")).isEqualTo("2024-04-01");
      assertThat(rows.get(0).get("recordedAt")).endsWith("Z");
      assertThat(dutch.headers().firstValue("Content-Type")).hasValue("text/csv;charset=utf-8");
    }
    for (HttpResponse<byte[]> international :
        List.of(
            get(query),
            get(query, "Accept-Language", "en-GB,nl;q=0.5"),
            get(query + "&dialect=rfc4180", "Accept-Language", "nl"),
            get(query, "Accept-Language", "nl;q=oops"))) {
      assertThat(international.statusCode()).isEqualTo(200);
      assertThat(international.body()[0]).isEqualTo((byte) 'g');
      List<CSVRecord> rows = csv(text(international), ',');
      assertThat(rows.get(0).get("decisionReference")).isEqualTo("Bestuur 2024-03-14, punt 5");
      assertThat(rows.get(0).get("aggregateId")).isEqualTo(id);
    }
  }

  @Test
  void parametersOutsideTheirRangeAreRejectedNamingTheFieldAndTheRange() {
    String instants = "van 1800-01-01T00:00:00Z tot en met 2199-12-31T23:59:59Z";
    String dates = "van 1800-01-01 tot en met 2199-12-31";
    String tooLong = "a".repeat(201);
    List<String[]> cases =
        List.of(
            new String[] {"recordedFrom=%2B1000000000-01-01T00:00:00Z", "recordedFrom", instants},
            new String[] {"recordedFrom=1799-12-31T23:59:59Z", "recordedFrom", instants},
            new String[] {"knownAt=2200-01-01T00:00:00Z", "knownAt", instants},
            new String[] {"knownAt=-1000000000-01-01T00:00:00Z", "knownAt", instants},
            new String[] {"validFrom=1799-12-31", "validFrom", dates},
            new String[] {"validTo=2200-01-01", "validTo", dates},
            new String[] {"validTo=%2B99999-01-01", "validTo", dates},
            new String[] {"size=0", "size", "van 1 tot en met 1000"},
            new String[] {"size=1001", "size", "van 1 tot en met 1000"},
            new String[] {"page=-1", "page", "van 0 tot en met 1000000"},
            new String[] {"page=1000001", "page", "van 0 tot en met 1000000"},
            new String[] {"actor=" + tooLong, "actor", "hoogstens 200 tekens"},
            new String[] {"actor=sec%09retariaat", "actor", "één regel"},
            new String[] {"eventType=%0AGremiumRenamed", "eventType", "één regel"},
            new String[] {"bodyId=%00", "bodyId", "stuurteken"},
            new String[] {"format=xml", "format", "json of csv"},
            new String[] {"format=csv&dialect=excel", "dialect", "rfc4180 of nl"},
            new String[] {"dialect=nl", "dialect", "alleen voor format=csv"},
            new String[] {"format=csv&page=1", "page", "alle gevonden feiten"},
            new String[] {"format=csv&size=100", "size", "alle gevonden feiten"});
    for (String[] c : cases) {
      HttpResponse<byte[]> response = get("/api/journal?" + c[0]);
      assertThat(response.statusCode()).as(c[0]).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type").orElseThrow())
          .as(c[0])
          .startsWith("application/problem+json");
      JsonNode problem = jsonOf(response);
      assertThat(problem.get("field").asString()).as(c[0]).isEqualTo(c[1]);
      assertThat(problem.get("reason").asString()).as(c[0]).contains(c[1]).contains(c[2]);
    }
    // the edges of each range are allowed
    for (String allowed :
        List.of(
            "recordedFrom=1800-01-01T00:00:00Z&knownAt=2199-12-31T23:59:59Z",
            "validFrom=1800-01-01&validTo=2199-12-31",
            "size=1000&page=1000000",
            "size=1&page=0",
            "actor=" + "a".repeat(200))) {
      assertThat(get("/api/journal?" + allowed).statusCode()).as(allowed).isEqualTo(200);
    }
  }

  @Test
  void percentAndUnderscoreInAFilterAreOrdinaryCharacters() throws IOException {
    for (String actor : List.of("%25", "_", "secretari_aat", "%25secretariaat%25", "%5F%25")) {
      HttpResponse<byte[]> response = get("/api/journal?actor=" + actor);
      assertThat(response.statusCode()).as(actor).isEqualTo(200);
      JsonNode page = jsonOf(response);
      assertThat(page.get("total").asLong()).as(actor).isZero();
      assertThat(page.get("entries")).as(actor).isEmpty();
      HttpResponse<byte[]> export = get("/api/journal?format=csv&actor=" + actor);
      assertThat(export.statusCode()).as(actor).isEqualTo(200);
      assertThat(export.headers().firstValue("X-Total-Count")).hasValue("0");
      assertThat(csv(text(export), ',')).as(actor).isEmpty();
    }
    // a bare percent sign is not a valid address; typed into a browser it arrives as is
    try (Socket socket = new Socket("localhost", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET /api/journal?size=10&actor=% HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                  + basic(AUDITOR)
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 400").contains("\"field\":\"actor\"").contains("%25");
    }
  }
}
