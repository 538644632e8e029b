package nl.ipo.ledger.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rebuilding every read model ({@code POST /api/admin/rebuild} as beheerder, then {@code GET} until
 * done), in events a second, against its floor: the harness selecting every stored event in order
 * over JDBC and parsing each payload as a JSON tree, in one thread.
 */
final class RebuildWorkload {

  private final Report report;
  private final LedgerProcess ledger;
  private final Store store;
  private final JsonMapper json = JsonMapper.builder().build();

  RebuildWorkload(Report report, LedgerProcess ledger, Store store) {
    this.report = report;
    this.ledger = ledger;
    this.store = store;
  }

  void run() {
    Api beheerder = new Api(ledger.base(), "beheerder");
    long events = store.events();
    long begin = System.nanoTime();
    Api.Answer started = beheerder.post("/api/admin/rebuild", "{}");
    if (!started.ok()) {
      report.failure(
          "POST /api/admin/rebuild answered "
              + started.status()
              + ": "
              + Gremia.abbreviated(started.body()));
      return;
    }
    long lastPrint = System.nanoTime();
    while (true) {
      Api.Answer status = beheerder.get("/api/admin/rebuild");
      if (!status.ok()) {
        report.failure("GET /api/admin/rebuild answered " + status.status());
        return;
      }
      JsonNode progress = json.readTree(status.body());
      if (progress.path("done").asBoolean()) {
        break;
      }
      if (System.nanoTime() - lastPrint > 2_000_000_000L) {
        StringBuilder line = new StringBuilder("rebuild:");
        for (JsonNode p : progress.path("projections")) {
          line.append(' ')
              .append(p.path("projection").asString())
              .append('=')
              .append(p.path("percent").asInt())
              .append('%');
        }
        report.progress(line.toString());
        lastPrint = System.nanoTime();
      }
      if (System.nanoTime() - begin > 30L * 60 * 1_000_000_000L) {
        report.failure("the rebuild did not finish within 30 minutes");
        return;
      }
      LedgerProcess.sleep(100);
    }
    double seconds = (System.nanoTime() - begin) / 1e9;
    double ledgerRate = events / seconds;
    report.figure(
        "rebuild.ledger",
        ledgerRate,
        "events/s",
        String.format(
            java.util.Locale.ROOT,
            "events=%d seconds=%.2f (POST, then GET every 100 ms until done)",
            events,
            seconds));
    Store.Pass best = null;
    for (int i = 0; i < 3; i++) {
      Store.Pass pass = store.selectAndDeserialize();
      if (best == null || pass.seconds() < best.seconds()) {
        best = pass;
      }
    }
    report.figure(
        "rebuild.raw_deserialize",
        best.rate(),
        "events/s",
        String.format(
            java.util.Locale.ROOT,
            "rows=%d seconds=%.3f (JDBC select in order + Jackson readTree, one thread, best of 3)",
            best.rows(),
            best.seconds()));
    report.ratio(
        "rebuild.vs_raw_deserialize",
        ledgerRate / best.rate(),
        0.3,
        "ledger events/s over raw events/s");
  }
}
