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
        report.failure(answer.refusal("GET /api/audit/verify"));
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

  /**
   * Checkpoint and proof creation on the store as it is ({@code stage}: its name in the figures):
   * once the chain has sealed every stored event, a checkpoint over all of them ({@code POST
   * /api/audit/checkpoints} as beheerder) and the inclusion proofs of {@code samples} events spread
   * over the chain ({@code GET /api/audit/proof/{id}} as auditor), each timed. Both read O(log n)
   * stored subtrees, so they should hardly grow with the store: with {@code smaller} (the same
   * figures at the first stage) {@code RATIO audit.proof.growth} compares the two p50s, target
   * 1/1.5.
   *
   * @return the proofs' latencies, for a later stage to compare with
   */
  Latencies proofs(String stage, int samples, Latencies smaller) {
    Api beheerder = new Api(ledger.base(), "beheerder");
    Api auditor = new Api(ledger.base(), "auditor");
    long events = store.events();
    long deadline = System.nanoTime() + java.time.Duration.ofMinutes(5).toNanos();
    long sealed = store.sealed();
    while (sealed < events && System.nanoTime() < deadline) {
      report.progress("waiting for the chain: " + sealed + " of " + events + " sealed");
      LedgerProcess.sleep(2000);
      sealed = store.sealed();
    }
    Api.Answer checkpoint = beheerder.post("/api/audit/checkpoints", "");
    if (!checkpoint.ok()) {
      report.failure(checkpoint.refusal("POST /api/audit/checkpoints"));
      return null;
    }
    report.figure(
        "audit.checkpoint." + stage,
        checkpoint.nanos() / 1e6,
        "ms",
        "(a checkpoint over " + sealed + " sealed events, signed and stored)");
    java.util.List<Long> positions = new java.util.ArrayList<>();
    for (int i = 0; i < samples; i++) {
      positions.add(Math.max(0, sealed - 1) * i / Math.max(1, samples - 1));
    }
    Latencies proofs = new Latencies();
    for (String id : store.sealedAt(positions)) {
      Api.Answer proof = auditor.get("/api/audit/proof/" + id);
      if (!proof.ok()) {
        report.failure(proof.refusal("GET /api/audit/proof"));
        return null;
      }
      proofs.add(proof.nanos());
    }
    report.figure(
        "audit.proof." + stage,
        proofs.percentileMillis(50),
        "ms",
        proofs,
        "(inclusion proofs spread over a chain of " + sealed + " entries)");
    if (smaller != null) {
      report.ratio(
          "audit.proof.growth",
          smaller.percentileMillis(50) / proofs.percentileMillis(50),
          1 / 1.5,
          "proof p50 on the first store over proof p50 on the grown store");
    }
    return proofs;
  }
}
