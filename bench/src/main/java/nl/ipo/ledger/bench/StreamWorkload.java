package nl.ipo.ledger.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cost of a long event stream: one command (an appointment, then the end of that membership) on
 * a gremium with few prior events against one with many, the long one built through the API by
 * concurrent clients first. Short and long are measured in turn, one after another, so both see the
 * same machine. {@code RATIO streams.long_vs_short} is the short p50 over the long p50.
 */
final class StreamWorkload {

  private final Report report;
  private final LedgerProcess ledger;

  StreamWorkload(Report report, LedgerProcess ledger) {
    this.report = report;
    this.ledger = ledger;
  }

  /** The two gremia measured, for the cold measurement after the restart. */
  record Streams(Gremia.Gremium shortStream, Gremia.Gremium longStream) {}

  Streams run(int shortEvents, int longEvents, int buildClients, int samples) {
    Api api = new Api(ledger.base(), "secretariaat");
    Gremia.Gremium shortStream = Gremia.establish(api, "Bench korte stroom");
    Gremia.Gremium longStream = Gremia.establish(api, "Bench lange stroom");
    Gremia.Tally build = new Gremia.Tally();
    // the establishment is an event too: a pair of commands adds two more
    for (int events = 1; events < shortEvents; events += 2) {
      Gremia.appointThenEnd(api, shortStream, build, null);
    }
    long begin = System.nanoTime();
    int pairs = Math.max(0, (longEvents - 1) / 2);
    java.util.concurrent.atomic.AtomicInteger left =
        new java.util.concurrent.atomic.AtomicInteger(pairs);
    Thread[] builders = new Thread[buildClients];
    for (int c = 0; c < buildClients; c++) {
      Api mine = new Api(ledger.base(), "secretariaat");
      builders[c] =
          new Thread(
              () -> {
                int done;
                while ((done = left.getAndDecrement()) > 0) {
                  Gremia.appointThenEnd(mine, longStream, build, null);
                  if (done % 500 == 0) {
                    report.progress(
                        "long stream: " + (pairs - done) + " of " + pairs + " pairs sent");
                  }
                }
              },
              "bench-stream-builder-" + c);
      builders[c].start();
    }
    for (Thread t : builders) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    double seconds = (System.nanoTime() - begin) / 1e9;
    report.figure(
        "streams.build_rate",
        2.0 * pairs / seconds,
        "commands/s",
        "building the long stream with " + buildClients + " clients, " + build.details());
    if (build.failures.get() > 0) {
      report.failure(
          "streams.build: "
              + build.failures.get()
              + " answers neither 2xx nor 409, first "
              + build.firstFailure.get());
    }

    Latencies shortLatencies = new Latencies();
    Latencies longLatencies = new Latencies();
    Gremia.Tally measured = new Gremia.Tally();
    for (int i = 0; i < samples + 2; i++) {
      // the first two pairs on each warm the path up and are not counted
      Gremia.appointThenEnd(api, shortStream, measured, i < 2 ? null : shortLatencies);
      Gremia.appointThenEnd(api, longStream, measured, i < 2 ? null : longLatencies);
    }
    report.figure(
        "streams.short",
        shortLatencies.count() == 0 ? Double.NaN : shortLatencies.percentileMillis(50),
        "ms",
        shortLatencies,
        "(one command on a gremium of about " + shortEvents + " prior events)");
    report.figure(
        "streams.long",
        longLatencies.count() == 0 ? Double.NaN : longLatencies.percentileMillis(50),
        "ms",
        longLatencies,
        "(one command on a gremium of about "
            + (longEvents)
            + " prior events) "
            + measured.details());
    if (measured.failures.get() > 0) {
      report.failure(
          "streams: "
              + measured.failures.get()
              + " answers neither 2xx nor 409, first "
              + measured.firstFailure.get());
    }
    double ratio =
        shortLatencies.count() == 0 || longLatencies.count() == 0
            ? Double.NaN
            : shortLatencies.percentileMillis(50) / longLatencies.percentileMillis(50);
    report.ratio("streams.long_vs_short", ratio, 1 / 1.5, "short p50 over long p50");
    return new Streams(shortStream, longStream);
  }

  /**
   * After a restart nothing is kept in memory: the first command on each gremium folds its whole
   * stream (a cold load), the one after it finds the gremium kept. Figures only: the kept aggregate
   * is what {@code streams.long_vs_short} measures, and this shows what it spares.
   */
  static void cold(Report report, LedgerProcess ledger, Streams streams) {
    Api api = new Api(ledger.base(), "secretariaat");
    Gremia.Tally tally = new Gremia.Tally();
    for (var stream :
        List.of(
            Map.entry("long", streams.longStream()), Map.entry("short", streams.shortStream()))) {
      Latencies pair = new Latencies();
      Gremia.appointThenEnd(api, stream.getValue(), tally, pair);
      if (pair.count() < 2) {
        report.failure("streams." + stream.getKey() + "_cold: " + tally.details());
        continue;
      }
      report.figure(
          "streams." + stream.getKey() + "_cold",
          pair.millis(0),
          "ms",
          "(the first command on the "
              + stream.getKey()
              + " gremium after the restart; the next: "
              + String.format(Locale.ROOT, "%.1f", pair.millis(1))
              + " ms)");
    }
  }
}
