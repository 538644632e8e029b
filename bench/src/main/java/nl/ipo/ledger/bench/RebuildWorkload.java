package nl.ipo.ledger.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rebuilding every read model ({@code POST /api/admin/rebuild} as beheerder, then {@code GET} until
 * done), in events a second, against its floor: the harness selecting every stored event in order
 * over JDBC and parsing each payload as a JSON tree, in one thread. Then the same replay of a
 * processor whose handler does nothing (the bench's no-op processor, {@code POST
 * /api/admin/rebuild/bench-noop}), the processors' own cost, against the same floor.
 *
 * <p>With {@code --rebuild-events=N} the store is first grown to N events by copying the gremia's
 * recorded streams under new identities ({@link Store#copyGremiumStreams}), and the sealer is left
 * to chain the copies before the rebuild is measured: at the few thousand events the other
 * workloads leave, the rebuild's fixed costs (stopping and starting the processors, the polling)
 * outweigh the replay itself.
 */
final class RebuildWorkload {

  /** The no-op processor's replay, which {@code ledger.bench.noop-processor=true} serves. */
  static final String NOOP_PATH = "/api/admin/rebuild/bench-noop";

  private final Report report;
  private final LedgerProcess ledger;
  private final Store store;
  private final JsonMapper json = JsonMapper.builder().build();

  RebuildWorkload(Report report, LedgerProcess ledger, Store store) {
    this.report = report;
    this.ledger = ledger;
    this.store = store;
  }

  void run(long grownTo) {
    Api beheerder = new Api(ledger.base(), "beheerder");
    if (grownTo > 0 && !grow(grownTo)) {
      return;
    }
    long events = store.events();
    double ledgerRate = replay(beheerder, "/api/admin/rebuild", events, "rebuild");
    if (Double.isNaN(ledgerRate)) {
      return;
    }
    report.figure(
        "rebuild.ledger",
        ledgerRate,
        "events/s",
        String.format(
            java.util.Locale.ROOT,
            "events=%d seconds=%.2f (POST, then GET every 100 ms until done)",
            events,
            events / ledgerRate));
    double noopRate = replay(beheerder, NOOP_PATH, events, "no-op replay");
    if (!Double.isNaN(noopRate)) {
      report.figure(
          "rebuild.noop",
          noopRate,
          "events/s",
          String.format(
              java.util.Locale.ROOT,
              "events=%d seconds=%.2f (the bench's no-op processor replayed: POST %s, then GET"
                  + " every 100 ms until done)",
              events,
              events / noopRate,
              NOOP_PATH));
    }
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
    report.ratio(
        "rebuild.noop_vs_raw_deserialize",
        noopRate / best.rate(),
        0.6,
        "no-op processor's replay events/s over raw events/s");
  }

  /**
   * Grows the store and waits until the sealer has chained the copies. The read models are not
   * waited for: the rebuild that follows stops them and replays the whole store, copies included.
   */
  private boolean grow(long size) {
    long begin = System.nanoTime();
    long copied = store.copyGremiumStreams(size);
    if (copied == 0) {
      return true;
    }
    double copySeconds = (System.nanoTime() - begin) / 1e9;
    report.progress("copied " + copied + " events of the gremia's streams; the sealer chains them");
    long head = store.head();
    long sealing = System.nanoTime();
    while (store.sealedUpTo() < head) {
      if (System.nanoTime() - sealing > 30L * 60 * 1_000_000_000L) {
        report.failure("the sealer did not chain the copied events within 30 minutes");
        return false;
      }
      LedgerProcess.sleep(100);
    }
    report.figure(
        "rebuild.store_grown",
        store.events(),
        "events",
        String.format(
            java.util.Locale.ROOT,
            "(%d events copied from the gremia's streams in %.1f s, sealed in %.1f s more)",
            copied,
            copySeconds,
            (System.nanoTime() - sealing) / 1e9));
    return true;
  }

  /** Starts a replay at {@code path} and polls it until done; the rate, or NaN on a failure. */
  private double replay(Api beheerder, String path, long events, String what) {
    long begin = System.nanoTime();
    Api.Answer started = beheerder.post(path, "{}");
    if (!started.ok()) {
      report.failure(started.refusal("POST " + path));
      return Double.NaN;
    }
    long lastPrint = System.nanoTime();
    while (true) {
      Api.Answer status = beheerder.get(path);
      if (!status.ok()) {
        report.failure("GET " + path + " answered " + status.status());
        return Double.NaN;
      }
      JsonNode progress = json.readTree(status.body());
      if (progress.path("done").asBoolean()) {
        break;
      }
      if (System.nanoTime() - lastPrint > 2_000_000_000L) {
        StringBuilder line = new StringBuilder(what + ":");
        if (progress.has("projections")) {
          for (JsonNode p : progress.path("projections")) {
            line.append(' ')
                .append(p.path("projection").asString())
                .append('=')
                .append(p.path("percent").asInt())
                .append('%');
          }
        } else {
          line.append(' ')
              .append(progress.path("position").asLong())
              .append(" of ")
              .append(progress.path("head").asLong());
        }
        report.progress(line.toString());
        lastPrint = System.nanoTime();
      }
      if (System.nanoTime() - begin > 30L * 60 * 1_000_000_000L) {
        report.failure("the " + what + " did not finish within 30 minutes");
        return Double.NaN;
      }
      LedgerProcess.sleep(100);
    }
    return events / ((System.nanoTime() - begin) / 1e9);
  }
}
