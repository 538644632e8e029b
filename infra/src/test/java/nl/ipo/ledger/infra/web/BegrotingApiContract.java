package nl.ipo.ledger.infra.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

/**
 * The begroting through its P&C cycle over HTTP: import, submission, the AV's approval and
 * begrotingswijziging as besluiten with competence, the budget as of a day, the consistency report
 * and the history of a line. Run once per database by the subclasses.
 */
abstract class BegrotingApiContract {

  private static final String SECRETARIAAT = "secretariaat";

  @LocalServerPort int port;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired nl.ipo.ledger.infra.journal.JournalLoader journal;
  LedgerHttp http;

  @BeforeEach
  void client() {
    http = new LedgerHttp(port, json);
  }

  Response importFile(String file, String draftedOn) {
    return RestClient.create("http://localhost:" + port)
        .post()
        .uri("/api/begrotingen/import?draftedOn=" + draftedOn)
        .headers(h -> h.setBasicAuth(SECRETARIAAT, SECRETARIAAT))
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(file)
        .exchange(
            (req, res) -> {
              String text = new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8);
              return new Response(
                  res.getStatusCode().value(),
                  String.valueOf(res.getHeaders().getContentType()),
                  json.readTree(text),
                  text,
                  res.getHeaders().getFirst("Location"));
            });
  }

  String post(String path, String body) {
    Response response = http.post(SECRETARIAAT, path, body);
    assertThat(response.status()).as(path + " " + response.text()).isIn(200, 201);
    return response.body().get("id").asString();
  }

  long storedEvents() {
    return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry").query(Long.class).single();
  }

  /** An AV and a bestuur, for the besluiten that carry the budget's steps. */
  record Bodies(String av, String bestuur) {}

  Bodies bodies() {
    String bestuur =
        post(
            "/api/gremia",
            """
            {"name": "IPO-bestuur %s", "type": "bestuur", "beginDate": "2003-01-01",
             "decisionReference": "Statuten"}"""
                .formatted(UUID.randomUUID()));
    String av =
        post(
            "/api/gremia",
            """
            {"name": "AV %s", "type": "AV", "beginDate": "2003-01-01", "decisionReference": "Statuten"}"""
                .formatted(UUID.randomUUID()));
    return new Bodies(av, bestuur);
  }

  /** A besluit of the AV of the given type, passed by the bestuur first, adopted on {@code day}. */
  String avBesluit(Bodies bodies, String type, String subject, String bestuurDay, String day) {
    String voorstel =
        post(
            "/api/besluiten",
            """
            {"subject": "%s", "besluitType": "%s", "submittedBy": {"gremiumId": "%s"},
             "decidingGremiumId": "%s", "submittedOn": "%s"}"""
                .formatted(subject, type, bodies.bestuur(), bodies.av(), bestuurDay));
    String bestuurMeeting =
        post(
            "/api/vergaderingen",
            "{\"gremiumId\": \"" + bodies.bestuur() + "\", \"date\": \"" + bestuurDay + "\"}");
    String avMeeting =
        post(
            "/api/vergaderingen",
            "{\"gremiumId\": \"" + bodies.av() + "\", \"date\": \"" + day + "\"}");
    post(
        "/api/besluiten/" + voorstel + "/agenda",
        "{\"vergaderingId\": \"" + bestuurMeeting + "\"}");
    post(
        "/api/besluiten/" + voorstel + "/discussions",
        "{\"vergaderingId\": \""
            + bestuurMeeting
            + "\", \"summary\": \"Het bestuur legt het voor aan de AV\"}");
    post("/api/besluiten/" + voorstel + "/agenda", "{\"vergaderingId\": \"" + avMeeting + "\"}");
    post(
        "/api/besluiten/" + voorstel + "/decision",
        """
        {"decider": {"gremiumId": "%s"}, "decisionDate": "%s", "vergaderingId": "%s",
         "outcome": "aangenomen"}"""
            .formatted(bodies.av(), day, avMeeting));
    return voorstel;
  }

  /** A moment after everything recorded so far and before anything recorded next. */
  static Instant between() {
    try {
      Thread.sleep(5);
      Instant moment = Instant.now();
      Thread.sleep(5);
      return moment;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  JsonNode view(String id, String asOf) {
    Response response = http.get("auditor", "/api/begrotingen/" + id + "?asOf=" + asOf);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.body();
  }

  static BigDecimal amount(JsonNode node) {
    return node.decimalValue();
  }

  static String resource(String path) {
    try (InputStream in = BegrotingApiContract.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String SMALL =
      """
      # a small begroting for the cycle, with one printed arithmetic difference (opgave 1.2)
      BEGROTING;%d;Testbegroting %s;1000;test
      PROGRAMMA;1;ROWW;1000;overzicht
      PROGRAMMA;2;Overig;500;overzicht
      OPGAVE;1.1;Ruimte;BASIS;100;200;100;400;1.1
      OPGAVE;1.2;Water;KASSIER;300;200;100;601;1.2
      OPGAVE;2.1;Bureau;BASIS;250;150;100;500;2.1
      TOTAAL;1500;overzicht
      """;

  /** A begroting taken through its cycle: imported, adopted, amended, realised. */
  private record Cycle(String id, String wijziging, Instant approvedKnown) {}

  @Test
  void theCycleFromImportToAmendmentKeepsTheOriginalVisible() {
    Cycle cycle = importAdoptAmendAndRealise();
    eachLineOnADayHoldsWhatWasInForceThen(cycle);
    asKnownRightAfterTheApprovalTheLaterStepsAreNotThere(cycle);
    aLinesHistoryNamesEveryChangeAndWhenItWasRecorded(cycle);
    theConsistencyReportNamesThePrintedTotalsThatDoNotAddUp(cycle);
  }

  /**
   * The begroting imported once (a repeat changes nothing), submitted, adopted, amended, realised;
   * each step out of order or on an unknown line refused.
   */
  private Cycle importAdoptAmendAndRealise() {
    Bodies bodies = bodies();
    String title = UUID.randomUUID().toString();
    Response imported = importFile(SMALL.formatted(2021, title), "2020-05-01");
    assertThat(imported.status()).as(imported.text()).isEqualTo(201);
    String id = imported.body().get("id").asString();
    assertThat(
            importFile(SMALL.formatted(2021, title), "2020-05-01").body().get("outcome").asString())
        .isEqualTo("UNCHANGED");

    long before = storedEvents();
    Response early =
        http.post(
            SECRETARIAAT,
            "/api/begrotingen/" + id + "/approve",
            "{\"besluitId\": \"" + UUID.randomUUID() + "\"}");
    assertThat(early.status()).isEqualTo(422);
    assertThat(early.body().get("rule").asString()).isEqualTo("PC_CYCLE_ORDER");
    assertThat(storedEvents()).isEqualTo(before);

    post(
        "/api/begrotingen/" + id + "/submit",
        "{\"submittedOn\": \"2020-05-15\", \"decisionReference\": \"Bestuur 2020-05-15\"}");
    // the begroting is the AV's to decide: a voorstel asking the bestuur to is refused at once
    Response toBestuur =
        http.post(
            SECRETARIAAT,
            "/api/besluiten",
            """
            {"subject": "Begroting", "besluitType": "begroting", "submittedBy": {"personName": "AD"},
             "decidingGremiumId": "%s", "submittedOn": "2020-05-01"}"""
                .formatted(bodies.bestuur()));
    assertThat(toBestuur.status()).isEqualTo(422);
    assertThat(toBestuur.body().get("rule").asString()).isEqualTo("DECIDING_BODY_MAY_DECIDE");
    assertThat(toBestuur.body().get("reason").asString()).contains("bevoegd: Algemene Vergadering");

    String approval = avBesluit(bodies, "begroting", "Begroting 2021", "2020-06-11", "2020-07-02");
    post("/api/begrotingen/" + id + "/approve", "{\"besluitId\": \"" + approval + "\"}");
    Instant approvedKnown = between();
    String wijziging =
        avBesluit(bodies, "begrotingswijziging", "Voorjaarsnota 2021", "2021-06-04", "2021-06-30");
    post(
        "/api/begrotingen/" + id + "/amendments",
        """
        {"besluitId": "%s", "nota": "voorjaarsnota", "effectiveDate": "2021-07-01",
         "changes": [{"opgaveCode": "1.1", "line": "PROGRAMMALASTEN", "delta": -25000}]}"""
            .formatted(wijziging));
    post(
        "/api/begrotingen/" + id + "/realisations",
        """
        {"opgaveCode": "1.1", "line": "PROGRAMMALASTEN", "realised": 60000, "asOf": "2021-06-30",
         "source": "voorjaarsnota 2021, bijlage"}""");
    Response unknownLine =
        http.post(
            SECRETARIAAT,
            "/api/begrotingen/" + id + "/realisations",
            """
            {"opgaveCode": "9.9", "line": "OVERHEAD", "realised": 1, "asOf": "2021-06-30", "source": "x"}""");
    assertThat(unknownLine.status()).isEqualTo(422);
    assertThat(unknownLine.body().get("rule").asString()).isEqualTo("LINE_EXISTS");

    return new Cycle(id, wijziging, approvedKnown);
  }

  private void eachLineOnADayHoldsWhatWasInForceThen(Cycle cycle) {
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              JsonNode july = view(cycle.id(), "2021-07-15");
              assertThat(july.get("status").asString()).isEqualTo("VASTGESTELD");
              JsonNode ruimte =
                  july.get("programmas").get(0).get("opgaven").get(0).get("lines").get(0);
              assertThat(ruimte.get("line").asString()).isEqualTo("PROGRAMMALASTEN");
              assertThat(amount(ruimte.get("original"))).isEqualByComparingTo("100000");
              assertThat(amount(ruimte.get("current"))).isEqualByComparingTo("75000");
              assertThat(amount(ruimte.get("realised"))).isEqualByComparingTo("60000");
              assertThat(amount(ruimte.get("variance"))).isEqualByComparingTo("15000");
              assertThat(ruimte.get("amendments")).hasSize(1);
            });
    JsonNode june = view(cycle.id(), "2021-06-15");
    JsonNode ruimteInJune = june.get("programmas").get(0).get("opgaven").get(0).get("lines").get(0);
    assertThat(amount(ruimteInJune.get("current"))).isEqualByComparingTo("100000");
    assertThat(ruimteInJune.get("amendments")).isEmpty();
    assertThat(amount(june.get("basis").get("original"))).isEqualByComparingTo("900000");
    assertThat(amount(june.get("kassiersfunctie").get("original"))).isEqualByComparingTo("600000");
    assertThat(amount(june.get("totaal").get("original"))).isEqualByComparingTo("1500000");
    assertThat(amount(june.get("statedTotaal").get("euros"))).isEqualByComparingTo("1500000");
    assertThat(view(cycle.id(), "2020-05-20").get("status").asString()).isEqualTo("INGEDIEND");
  }

  private void asKnownRightAfterTheApprovalTheLaterStepsAreNotThere(Cycle cycle) {
    // as known right after the approval: the begroting in July without the later amendment and
    // realisation, which the ledger did not know yet; before the import it knew no begroting
    Response known =
        http.get(
            "auditor",
            "/api/begrotingen/" + cycle.id() + "?asOf=2021-07-15&knownAt=" + cycle.approvedKnown());
    assertThat(known.status()).as(known.text()).isEqualTo(200);
    assertThat(known.body().get("leftOut")).isEmpty();
    assertThat(known.body().get("status").asString()).isEqualTo("VASTGESTELD");
    JsonNode ruimteKnown =
        known.body().get("programmas").get(0).get("opgaven").get(0).get("lines").get(0);
    assertThat(amount(ruimteKnown.get("current"))).isEqualByComparingTo("100000");
    assertThat(amount(ruimteKnown.get("realised"))).isEqualByComparingTo("0");
    assertThat(ruimteKnown.get("amendments")).isEmpty();
    assertThat(view(cycle.id(), "2021-07-15").has("leftOut")).as("live: no replay").isFalse();
    Response beforeImport =
        http.get("auditor", "/api/begrotingen/" + cycle.id() + "?knownAt=2020-01-01T00:00:00Z");
    assertThat(beforeImport.status()).as(beforeImport.text()).isEqualTo(404);
  }

  private void aLinesHistoryNamesEveryChangeAndWhenItWasRecorded(Cycle cycle) {
    JsonNode history =
        http.get("auditor", "/api/begrotingen/" + cycle.id() + "/lines/1.1/PROGRAMMALASTEN/history")
            .body();
    List<String> kinds = new ArrayList<>();
    history.get("changes").forEach(c -> kinds.add(c.get("kind").asString()));
    assertThat(kinds).containsExactly("PRIMITIEF", "WIJZIGING", "REALISATIE");
    JsonNode change = history.get("changes").get(1);
    assertThat(change.get("besluitId").asString()).isEqualTo(cycle.wijziging());
    assertThat(change.get("actor").asString()).isEqualTo("secretariaat");
    assertThat(amount(change.get("amount"))).isEqualByComparingTo("-25000");
    // each change carries the recording time of the event behind it, to the microsecond, as the
    // journal states it: the budget tables keep it as a timestamp (V16), not as text
    java.util.Map<String, String> eventOf =
        java.util.Map.of(
            "PRIMITIEF", "BegrotingDrafted",
            "WIJZIGING", "BegrotingAmended",
            "REALISATIE", "RealisationRecorded");
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              java.util.Map<String, Instant> journal = new java.util.HashMap<>();
              http.get("auditor", "/api/journal?aggregateId=" + cycle.id() + "&size=100")
                  .body()
                  .get("entries")
                  .forEach(
                      e ->
                          journal.putIfAbsent(
                              e.get("eventType").asString(),
                              Instant.parse(e.get("recordedAt").asString())));
              for (JsonNode c : history.get("changes")) {
                assertThat(Instant.parse(c.get("recordedAt").asString()))
                    .as(c.get("kind").asString())
                    .isEqualTo(journal.get(eventOf.get(c.get("kind").asString())));
              }
            });
  }

  private void theConsistencyReportNamesThePrintedTotalsThatDoNotAddUp(Cycle cycle) {
    JsonNode report = http.get("auditor", "/api/begrotingen/" + cycle.id() + "/consistency").body();
    // the printed totaal of 1.2 is not the sum of its lines, so programme 1 does not add up either
    assertThat(report.get("findings")).hasSize(3);
    JsonNode opgave = report.get("findings").get(0);
    assertThat(opgave.get("check").asString()).isEqualTo("OPGAVE_TOTAAL");
    assertThat(amount(opgave.get("stated"))).isEqualByComparingTo("601000");
    assertThat(amount(opgave.get("computed"))).isEqualByComparingTo("600000");
    assertThat(opgave.get("where").asString()).contains("importregel 6");
    assertThat(opgave.get("severity").asString()).isEqualTo("AFRONDING");
    JsonNode programma = report.get("findings").get(1);
    assertThat(programma.get("check").asString()).isEqualTo("PROGRAMMA_TOTAAL");
    assertThat(amount(programma.get("stated"))).isEqualByComparingTo("1000000");
    assertThat(amount(programma.get("computed"))).isEqualByComparingTo("1001000");
    // and the detail pages' totals (400 + 601 + 500) do not add up to the printed grand total
    JsonNode grandTotal = report.get("findings").get(2);
    assertThat(grandTotal.get("check").asString()).isEqualTo("DETAIL_TOTAAL");
    assertThat(amount(grandTotal.get("stated"))).isEqualByComparingTo("1500000");
    assertThat(amount(grandTotal.get("computed"))).isEqualByComparingTo("1501000");
    assertThat(grandTotal.get("severity").asString()).isEqualTo("AFRONDING");
    assertThat(grandTotal.get("where").asString()).isEqualTo("overzicht (importregel 8)");
    assertThat(grandTotal.get("fromWhere").asString()).isEqualTo("importregels 5-7");
    assertThat(report.get("checksMade").asInt()).isEqualTo(7);
  }

  @Test
  void anInvalidFileNamesItsLineAndStoresNothing() {
    long before = storedEvents();
    Response broken =
        importFile(
            SMALL
                .formatted(2022, UUID.randomUUID())
                .replace("OPGAVE;2.1;Bureau;BASIS;250", "OPGAVE;2.1;Bureau;BASIS;2.50"),
            "2021-05-01");
    assertThat(broken.status()).isEqualTo(400);
    assertThat(broken.body().get("field").asString()).isEqualTo("line 7");
    assertThat(broken.body().get("reason").asString())
        .startsWith("regel 7: programmalasten '2.50' is geen bedrag");
    Response orphan =
        importFile(
            SMALL.formatted(2022, UUID.randomUUID()) + "OPGAVE;3.1;Wees;BASIS;1;1;1;3;3.1\n",
            "2021-05-01");
    assertThat(orphan.status()).isEqualTo(422);
    assertThat(orphan.body().get("field").asString()).isEqualTo("line 9");
    assertThat(orphan.body().get("rule").asString()).isEqualTo("DOCUMENT_STRUCTURE");
    assertThat(orphan.body().get("reason").asString())
        .isEqualTo(
            "regel 9: beleidsopgave 3.1 hoort bij programma 3, maar dat programma staat niet in de"
                + " begroting");
    assertThat(storedEvents()).isEqualTo(before);
  }

  @Test
  void aMalformedOverviewRecordNamesItsLineAndFieldAndStoresNothing() {
    long before = storedEvents();
    Response tile =
        importFile(
            SMALL.formatted(2022, UUID.randomUUID()) + "TEGEL;1.1;400 + p.n.;overzicht r. 3\n",
            "2021-05-01");
    assertThat(tile.status()).isEqualTo(400);
    assertThat(tile.body().get("field").asString()).isEqualTo("line 9");
    assertThat(tile.body().get("reason").asString())
        .startsWith("regel 9: bedrag '400 + p.n.' is geen bedrag");
    Response unknown =
        importFile(
            SMALL.formatted(2022, UUID.randomUUID()) + "TEGEL;3.3;98;overzicht r. 3\n",
            "2021-05-01");
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.body().get("field").asString()).isEqualTo("line 9");
    assertThat(unknown.body().get("rule").asString()).isEqualTo("DOCUMENT_STRUCTURE");
    assertThat(unknown.body().get("reason").asString())
        .isEqualTo(
            "regel 9: de tegel noemt beleidsopgave 3.3, maar die beleidsopgave staat niet in de"
                + " begroting");
    Response basis =
        importFile(SMALL.formatted(2022, UUID.randomUUID()) + "BASIS;900\n", "2021-05-01");
    assertThat(basis.status()).isEqualTo(400);
    assertThat(basis.body().get("field").asString()).isEqualTo("line 9");
    assertThat(basis.body().get("reason").asString())
        .isEqualTo("regel 9: er horen 3 velden te staan (BASIS;totaal;bron), maar het zijn er 2");
    assertThat(storedEvents()).isEqualTo(before);
  }

  @Test
  void wasWordtWerkbudgetAndJaarrekening() {
    Bodies bodies = bodies();
    String was =
        importFile(SMALL.formatted(2020, UUID.randomUUID()), "2019-05-01")
            .body()
            .get("id")
            .asString();
    String wordtFile =
        SMALL
                .formatted(2021, UUID.randomUUID())
                .replace(
                    "OPGAVE;1.1;Ruimte;BASIS;100;200;100;400",
                    "OPGAVE;1.1;Ruimte;BASIS;150;200;100;450")
            + "VERKLARING;Hogere programmalasten Ruimte;-50;verklaring\nVERKLARING;Totaal;-50;verklaring\n";
    String wordt = importFile(wordtFile, "2020-05-01").body().get("id").asString();
    post(
        "/api/begrotingen/" + wordt + "/submit",
        "{\"submittedOn\": \"2020-05-15\", \"decisionReference\": \"Bestuur 2020-05-15\"}");
    String approval = avBesluit(bodies, "begroting", "Begroting 2021", "2020-06-11", "2020-07-02");
    post("/api/begrotingen/" + wordt + "/approve", "{\"besluitId\": \"" + approval + "\"}");

    String werkbudget =
        post(
            "/api/mandaten",
            """
            {"mandaatgever": {"gremiumId": "%s"}, "mandataris": {"personName": "Directie IPO"},
             "scope": {"besluitTypes": ["BEGROTING"], "subjects": ["werkbudget"]},
             "ceiling": 150000, "startDate": "2021-01-01", "endDate": "2022-01-01",
             "conditions": "rapportage via voor- en najaarsnota", "decisionReference": "AV 2020-07-02"}"""
                .formatted(bodies.av()));
    String use =
        """
        {"mandaatId": "%s", "usedBy": {"personName": "Directie IPO"}, "amount": %s,
         "date": "2021-03-01", "description": "opdracht verkenning"}""";
    post("/api/begrotingen/" + wordt + "/werkbudget", use.formatted(werkbudget, "100000"));
    Response tooMuch =
        http.post(
            SECRETARIAAT,
            "/api/begrotingen/" + wordt + "/werkbudget",
            use.formatted(werkbudget, "60000"));
    assertThat(tooMuch.status()).isEqualTo(422);
    assertThat(tooMuch.body().get("rule").asString()).isEqualTo("WERKBUDGET_WITHIN_MANDATE");

    String jaarrekening =
        avBesluit(bodies, "jaarrekening", "Jaarrekening 2021", "2022-05-20", "2022-06-29");
    post(
        "/api/begrotingen/" + wordt + "/jaarrekening",
        """
        {"besluitId": "%s", "auditorStatement": "Controleverklaring accountant, 2022-05-18"}"""
            .formatted(jaarrekening));
    Response closed =
        http.post(
            SECRETARIAAT,
            "/api/begrotingen/" + wordt + "/realisations",
            """
            {"opgaveCode": "1.1", "line": "OVERHEAD", "realised": 1, "asOf": "2022-07-01", "source": "x"}""");
    assertThat(closed.status()).isEqualTo(422);
    assertThat(closed.body().get("rule").asString()).isEqualTo("PC_CYCLE_ORDER");

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              assertThat(view(wordt, "2022-07-01").get("status").asString())
                  .isEqualTo("JAARREKENING_VASTGESTELD");
              JsonNode comparison =
                  http.get(
                          "auditor",
                          "/api/begrotingen/compare?was="
                              + was
                              + "&wordt="
                              + wordt
                              + "&asOf=2021-01-01")
                      .body();
              assertThat(amount(comparison.get("totaalWas"))).isEqualByComparingTo("1500000");
              assertThat(amount(comparison.get("totaalWordt"))).isEqualByComparingTo("1550000");
              JsonNode changed = comparison.get("lines").get(0);
              assertThat(changed.get("opgaveCode").asString()).isEqualTo("1.1");
              assertThat(changed.get("line").asString()).isEqualTo("PROGRAMMALASTEN");
              assertThat(amount(changed.get("verschil"))).isEqualByComparingTo("50000");
              assertThat(comparison.get("verklaringen")).hasSize(2);
            });
  }

  @Test
  void theBegroting2021FromTheSeedsGivesItsPrintedFiguresAndItsOwnDifferences() throws Exception {
    // recorded as the history journal records it (import, submission by the bestuur, the AV's
    // approval), so this test and the journal's own test share one begroting 2021 per database
    try (java.io.InputStream in = getClass().getResourceAsStream("/journal/ipo-2018-2023.jsonl")) {
      journal.load(in, line -> {});
    }
    String id =
        nl.ipo.ledger.command.begroting.BegrotingFile.idOf(2021, "IPO Begroting 2021").toString();

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(view(id, "2021-01-01").get("status").asString())
                    .isEqualTo("VASTGESTELD"));
    JsonNode view = view(id, "2021-01-01");
    List<String> programmeTotals = new ArrayList<>();
    view.get("programmas")
        .forEach(
            p ->
                programmeTotals.add(
                    amount(p.get("statedTotaal").get("euros")).toBigInteger().toString()));
    assertThat(programmeTotals)
        .containsExactly(
            "4744000", "2635000", "2869000", "3460000", "806000", "158000", "5850000", "720000",
            "9301000");
    assertThat(view.get("programmas")).hasSize(9);
    assertThat(amount(view.get("statedTotaal").get("euros"))).isEqualByComparingTo("30543000");
    assertThat(amount(view.get("printedKassiersfunctie"))).isEqualByComparingTo("14523000");
    // as printed: the summary's Totaal, Wordt (2) (seed 004 r. 90); the sum of the basis items'
    // printed totals is 16.024
    assertThat(amount(view.get("printedBasis"))).isEqualByComparingTo("16021000");
    assertThat(amount(view.get("summedBasis"))).isEqualByComparingTo("16024000");
    // programme 3 prints "€ 2.869 + p.m." (seed 004 r. 27)
    JsonNode vitaalPlatteland = view.get("programmas").get(2).get("statedTotaal");
    assertThat(amount(vitaalPlatteland.get("euros"))).isEqualByComparingTo("2869000");
    assertThat(vitaalPlatteland.get("plusPm").asBoolean()).isTrue();
    assertThat(view.get("programmas").get(1).get("statedTotaal").get("plusPm").asBoolean())
        .isFalse();
    assertThat(
            amount(view.get("basis").get("original"))
                .add(amount(view.get("kassiersfunctie").get("original"))))
        .isEqualByComparingTo(amount(view.get("totaal").get("original")));
    assertThat(view.get("kassiersfunctie").get("includesPm").asBoolean()).isTrue();

    JsonNode report = http.get("auditor", "/api/begrotingen/" + id + "/consistency").body();
    List<String> found = new ArrayList<>();
    report
        .get("findings")
        .forEach(
            f ->
                found.add(
                    f.get("check").asString()
                        + " | "
                        + f.get("subject").asString()
                        + " | "
                        + amount(f.get("stated")).toBigInteger().divide(THOUSAND)
                        + " / "
                        + amount(f.get("computed")).toBigInteger().divide(THOUSAND)
                        + " | "
                        + amount(f.get("difference")).toBigInteger().divide(THOUSAND)
                        + " | "
                        + f.get("severity").asString()));
    assertThat(found).containsExactlyInAnyOrderElementsOf(BEGROTING_2021_FINDINGS);
    // 85 checks before the overview pages were imported; then 59 tiles, 9 programmes' tiles, the
    // grand total and the basis against the detail pages, 3 columns x 3 cost-line groups and the
    // Kassiersfunctie Totaal against the detail pages
    assertThat(report.get("checksMade").asInt()).isEqualTo(165);

    // both figures with their places: the page of the document and the line of the import file
    JsonNode tile = finding(report, "TEGEL", "8.2");
    assertThat(tile.get("where").asString())
        .isEqualTo(
            "Beleidsopgaven Werkgeverszaken, r. 2181 (midden) en r. 2185-2187 (importregel 242)");
    assertThat(tile.get("fromWhere").asString())
        .isEqualTo(
            "8.2 Integriteit en rechtspositie bestuurders, kostenblok r. 2231-2237 (importregel 248)");
    JsonNode overhead = finding(report, "DETAIL_SAMENVATTING", "kolom Kassiersfunctie, rijen");
    assertThat(overhead.get("where").asString())
        .isEqualTo(
            "samenvattingstabel (r. 86) (importregel 295); samenvattingstabel (r. 88)"
                + " (importregel 296)");
    assertThat(overhead.get("from").asString())
        .isEqualTo(
            "min de overhead op de detailpagina's van de kassiersfuncties (1.4, 1.6, 3.9, 3.10,"
                + " 7.7, 9.3, 9.4)");
    JsonNode basis = finding(report, "BASIS_TOTAAL", "");
    assertThat(basis.get("where").asString())
        .isEqualTo("samenvattingstabel rij Totaal kolom Wordt (2) (r. 90) (importregel 279)");
    assertThat(basis.get("fromWhere").asString()).startsWith("importregels 31, ");
  }

  private static final java.math.BigInteger THOUSAND = java.math.BigInteger.valueOf(1000);

  private static JsonNode finding(JsonNode report, String check, String subject) {
    for (JsonNode f : report.get("findings")) {
      if (f.get("check").asString().equals(check)
          && f.get("subject").asString().contains(subject)) {
        return f;
      }
    }
    throw new AssertionError("no finding " + check + " " + subject);
  }

  /**
   * Every difference a careful reader of seed 004 finds, derived by hand from the document (in
   * thousands of euros: printed / should equal | printed minus that | severity), not from the
   * ledger: the detail pages' cost blocks, the programmes' overview pages (tiles), the
   * Totaaloverzicht (r. 16-59) and the summary table (r. 82-90). The summary rows' cost lines are
   * the import file's reading: Programmalasten, Personeelslasten (direct), and Personeelslasten
   * (overig) + Huisvesting c.a. as the overhead.
   */
  static final List<String> BEGROTING_2021_FINDINGS =
      List.of(
          // a detail page's Totaal against its three cost lines
          "OPGAVE_TOTAAL | beleidsopgave 2.5 VTH-stelsel en Omgevingswet | 467 / 466 | 1 | AFRONDING",
          "OPGAVE_TOTAAL | beleidsopgave 3.4 Programma Natuur | 417 / 418 | -1 | AFRONDING",
          "OPGAVE_TOTAAL | beleidsopgave 4.3 Verkeersveiligheid | 288 / 287 | 1 | AFRONDING",
          "OPGAVE_TOTAAL | beleidsopgave 7.1 Consultaties en wetgevingstrajecten | 277 / 276 | 1"
              + " | AFRONDING",
          "OPGAVE_TOTAAL | beleidsopgave 7.4 Overheidsfinanciën | 476 / 477 | -1 | AFRONDING",
          "OPGAVE_TOTAAL | beleidsopgave 7.5 Vitale vereniging | 388 / 387 | 1 | AFRONDING",
          "OPGAVE_TOTAAL | beleidsopgave 7.6 Europa | 886 / 887 | -1 | AFRONDING",
          "OPGAVE_TOTAAL | beleidsopgave 7.7 Interprovinciale Digitale Agenda | 3339 / 3340 | -1"
              + " | AFRONDING",
          // the Totaaloverzicht against the detail pages' totals
          "PROGRAMMA_TOTAAL | programma 2 Milieu, Energie en Klimaat | 2635 / 2637 | -2 | VERSCHIL",
          "PROGRAMMA_TOTAAL | programma 3 Vitaal Platteland (gedrukt met + p.m.) | 2869 / 2870 | -1"
              + " | AFRONDING",
          "PROGRAMMA_TOTAAL | programma 4 Mobiliteit | 3460 / 3461 | -1 | AFRONDING",
          // the summary table within itself
          "SAMENVATTING_RIJ | rij 'Programmalasten', Verschil | 44 / 45 | -1 | AFRONDING",
          "SAMENVATTING_RIJ | rij 'Personeelslasten (direct)', Wordt (2) | 7904 / 7905 | -1"
              + " | AFRONDING",
          "SAMENVATTING_RIJ | rij 'Personeelslasten (direct)', Verschil | -35 / -34 | -1"
              + " | AFRONDING",
          "SAMENVATTING_RIJ | rij 'Huisvesting c.a.', Verschil | 775 / 776 | -1 | AFRONDING",
          "SAMENVATTING_RIJ | rij 'Totaal', Wordt (2) | 16021 / 16020 | 1 | AFRONDING",
          "SAMENVATTING_RIJ | rij 'Totaal', Verschil | 982 / 981 | 1 | AFRONDING",
          "SAMENVATTING_KOLOM | kolom Was, rij Totaal | 17002 / 17003 | -1 | AFRONDING",
          "SAMENVATTING_KOLOM | kolom Wordt (2), rij Totaal | 16021 / 16019 | 2 | VERSCHIL",
          "SAMENVATTING_KOLOM | kolom Verschil, rij Totaal | 982 / 981 | 1 | AFRONDING",
          // a tile of an overview page against its detail page
          "TEGEL | het bedrag bij beleidsopgave 3.3 Klimaatakk. Landbouw gebruik op de"
              + " overzichtspagina van programma 3 | 98 / 99 | -1 | AFRONDING",
          "TEGEL | het bedrag bij beleidsopgave 8.2 Integriteit en rechtspositie bestuurders op de"
              + " overzichtspagina van programma 8 | 70 / 65 | 5 | VERSCHIL",
          "TEGEL | het bedrag bij beleidsopgave 8.3 Behoud en versterking samenwerking bestuurders"
              + " binnen en buiten prov. sector op de overzichtspagina van programma 8 | 257 / 259"
              + " | -2 | VERSCHIL",
          // the Totaaloverzicht against the tiles of the programme's overview page
          "TEGELS_PROGRAMMA | programma 2 Milieu, Energie en Klimaat | 2635 / 2637 | -2 | VERSCHIL",
          "TEGELS_PROGRAMMA | programma 4 Mobiliteit | 3460 / 3461 | -1 | AFRONDING",
          "TEGELS_PROGRAMMA | programma 8 Werkgeverszaken | 720 / 723 | -3 | VERSCHIL",
          // all detail pages against the grand total, the basis ones against the printed basis
          "DETAIL_TOTAAL | het eindtotaal van de begroting | 30543 / 30547 | -4 | VERSCHIL",
          "BASIS_TOTAAL | het gedrukte totaal van de basisbegroting | 16021 / 16024 | -3 | VERSCHIL",
          // the summary's columns against the cost lines of the detail pages (Wordt (1): all 59;
          // Kassiersfunctie: the 7 kassiersfuncties, printed negative; Wordt (2): the other 52)
          "DETAIL_SAMENVATTING | kolom Wordt (1), rij 'Programmalasten' | 18590 / 18591 | -1"
              + " | AFRONDING",
          "DETAIL_SAMENVATTING | kolom Wordt (1), rij 'Personeelslasten (direct)' | 9875 / 7278"
              + " | 2597 | VERSCHIL",
          "DETAIL_SAMENVATTING | kolom Wordt (1), rijen 'Personeelslasten (overig)' + 'Huisvesting"
              + " c.a.' | 2078 / 4678 | -2600 | VERSCHIL",
          "DETAIL_SAMENVATTING | kolom Kassiersfunctie, rij 'Personeelslasten (direct)' | -1970"
              + " / -1453 | -517 | VERSCHIL",
          "DETAIL_SAMENVATTING | kolom Kassiersfunctie, rijen 'Personeelslasten (overig)' +"
              + " 'Huisvesting c.a.' | -415 / -933 | 518 | VERSCHIL",
          "DETAIL_SAMENVATTING | kolom Wordt (2), rij 'Programmalasten' | 6452 / 6453 | -1"
              + " | AFRONDING",
          "DETAIL_SAMENVATTING | kolom Wordt (2), rij 'Personeelslasten (direct)' | 7904 / 5825"
              + " | 2079 | VERSCHIL",
          "DETAIL_SAMENVATTING | kolom Wordt (2), rijen 'Personeelslasten (overig)' + 'Huisvesting"
              + " c.a.' | 1663 / 3745 | -2082 | VERSCHIL");
}
