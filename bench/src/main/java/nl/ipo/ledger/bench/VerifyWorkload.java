package nl.ipo.ledger.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chain verification ({@code GET /api/audit/verify} as auditor) against its floor: the same
 * rows of {@code domain_event_entry} selected in {@code global_index} order by the harness over
 * JDBC, with SHA-256 over each payload. Both as events a second, the better of the repeats'
 * medians: {@code RATIO verify.vs_raw_select} is the ledger's rate over the raw rate.
 */
final class VerifyWorkload {

  private final Report report;
  private final LedgerProcess ledger;
  private final Store store;
  private final JsonMapper json = JsonMapper.builder().build();

  VerifyWorkload(Report report, LedgerProcess ledger, Store store) {
    this.report = report;
    this.ledger = ledger;
    this.store = store;
  }

  void run(int repeats) {
    Api auditor = new Api(ledger.base(), "auditor");
    Latencies ledgerTimes = new Latencies();
    long events = 0;
    String details = "";
    for (int i = 0; i <= repeats; i++) {
      Api.Answer answer = auditor.get("/api/audit/verify");
      if (!answer.ok()) {
        report.failure(
            "GET /api/audit/verify answered "
                + answer.status()
                + ": "
                + Gremia.abbreviated(answer.body()));
        return;
      }
      JsonNode verified = json.readTree(answer.body());
      events = verified.path("sealedEvents").asLong() + verified.path("unsealedEvents").asLong();
      details =
          "intact="
              + verified.path("intact").asBoolean()
              + " sealed="
              + verified.path("sealedEvents").asLong()
              + " unsealed="
              + verified.path("unsealedEvents").asLong();
      if (i > 0) {
        ledgerTimes.add(answer.nanos());
      }
    }
    Latencies rawTimes = new Latencies();
    long rows = 0;
    for (int i = 0; i <= repeats; i++) {
      Store.Pass pass = store.selectAndHash();
      rows = pass.rows();
      if (i > 0) {
        rawTimes.add((long) (pass.seconds() * 1e9));
      }
    }
    double ledgerRate = events / (ledgerTimes.percentileMillis(50) / 1000);
    double rawRate = rows / (rawTimes.percentileMillis(50) / 1000);
    report.figure("verify.ledger", ledgerRate, "events/s", ledgerTimes, details);
    report.figure(
        "verify.raw_select_sha256",
        rawRate,
        "events/s",
        rawTimes,
        "rows=" + rows + " (JDBC from the harness, one thread)");
    report.ratio(
        "verify.vs_raw_select", ledgerRate / rawRate, 0.5, "ledger events/s over raw events/s");
  }
}
