package nl.ipo.ledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The ledger's workloads, each beside the raw baseline it is compared with, measured in the same
 * run (the machine is shared and noisy, so only ratios within one run are targets): commands over
 * HTTP against the HTTP ceiling and pgbench, a long event stream against a short one, the chain
 * verification and the rebuild against a raw JDBC pass over the store, the start-up on a grown
 * store against an empty one, and the process's memory. Prints {@code FIGURE} and {@code RATIO}
 * lines (see {@link Report}) and a summary; exits 0 when the run completed, whether or not the
 * targets were met, and 1 when a workload failed or the ledger answered anything but 2xx or 409.
 * Run by {@code bin/bench}; docs/performance.md describes the method and the options.
 */
public final class LedgerBench {

  private final Map<String, String> options;
  private final Path out;
  private final Path jar;
  private final Report report = new Report(System.out);

  /** The gremia of the long-stream workload, when it ran, measured again after the restart. */
  private StreamWorkload.Streams streams;

  private Latencies firstProofs;
  private Map<Integer, Double> pgbenchTps = Map.of();

  /** The query workload's targets and its figures on the small store, when it ran. */
  private QueryWorkload.Targets queryTargets;

  private QueryWorkload.Measured queriesSmall;
  private QueryWorkload.Measured queriesGrown;

  private LedgerBench(Map<String, String> options) {
    this.options = options;
    this.out = Path.of(options.getOrDefault("out", "target/bench")).toAbsolutePath();
    this.jar = Path.of(options.getOrDefault("jar", "infra/target/ipo-ledger.jar")).toAbsolutePath();
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = Options.parse(args);
    LedgerBench bench = new LedgerBench(options);
    bench.run();
    System.exit(bench.report.failures().isEmpty() ? 0 : 1);
  }

  private String option(String name, String fallback) {
    return options.getOrDefault(name, fallback);
  }

  private int number(String name, int fallback) {
    return Integer.parseInt(option(name, Integer.toString(fallback)));
  }

  private void run() throws IOException {
    long runBegin = System.nanoTime();
    Files.createDirectories(out);
    options.putIfAbsent("db", "pg");
    LedgerSettings settings = LedgerSettings.of(options, out, true);
    Store store = settings.store;
    List<Integer> levels =
        Arrays.stream(option("clients", "1,4,16").split(",")).map(Integer::valueOf).toList();
    Duration warmup =
        Duration.ofMillis((long) (Double.parseDouble(option("warmup-seconds", "2")) * 1000));
    Duration measured =
        Duration.ofMillis((long) (Double.parseDouble(option("seconds", "10")) * 1000));

    // the ledger's JVM as docs/operations.md ("Memory") tells operators to run it
    List<String> jvm =
        Arrays.stream(option("jvm", LedgerProcess.RECOMMENDED_JVM).trim().split("\\s+"))
            .filter(o -> !o.isEmpty())
            .toList();
    report.figure("machine.cores", Runtime.getRuntime().availableProcessors(), "count", "");
    report.text("ledger.jvm", jvm.isEmpty() ? "(defaults)" : String.join(",", jvm), "options");
    report.text("machine.java", System.getProperty("java.version"), "version");
    report.text("store.database", options.get("db"), "name");

    double rss = Double.NaN;
    double[] startEmpty = new double[1];
    long begin = System.nanoTime();
    try (LedgerProcess ledger =
        LedgerProcess.serve(jar, jvm, settings.args, out.resolve("ledger-bench-1.log"))) {
      startEmpty[0] = (System.nanoTime() - begin) / 1e9;
      report.figure(
          "startup.empty",
          startEmpty[0],
          "s",
          "(process start to /actuator/health UP, a new database: the shipped history loaded)");
      for (Map.Entry<String, String> setting : store.settings().entrySet()) {
        report.text("db." + setting.getKey(), setting.getValue(), "setting");
      }
      if (store.postgres()) {
        report.figure(
            "db.connections_in_use",
            store.connectionsInUse(),
            "connections",
            "(pg_stat_activity, every database: the server is shared)");
      }
      stage(store, "started");

      Map<Integer, Double> tps = Map.of();
      if (store.postgres()) {
        tps =
            attempt(
                "pgbench",
                () ->
                    new PgbenchWorkload(report, store, Path.of(option("pgbench", "pgbench")), out)
                        .run(
                            levels,
                            number("pgbench-seconds", 10),
                            options.get("pg-url"),
                            options.get("pg-user"),
                            options.get("pg-password")),
                Map.of());
      } else {
        report.progress("pgbench skipped: the store is not PostgreSQL");
      }
      Map<Integer, Double> pgbench = tps;
      pgbenchTps = tps;
      QueryWorkload queries = queryWorkload();
      queriesSmall =
          attempt(
              "queries",
              () -> {
                queryTargets = queries.targets(ledger);
                return queries.measure(ledger, queryTargets, "small", store.events());
              },
              null);
      attempt(
          "commands",
          () -> {
            new CommandWorkload(
                    report,
                    ledger,
                    warmup,
                    measured,
                    option("ceiling-path", "/api/audit/public-key"))
                .run(levels, number("cold-gremia", 50), pgbench);
            return null;
          },
          null);
      stage(store, "after_commands");
      streams =
          attempt(
              "streams",
              () ->
                  new StreamWorkload(report, ledger)
                      .run(
                          number("short-events", 10),
                          number("long-events", 10_000),
                          number("build-clients", 4),
                          number("stream-samples", 100)),
              null);
      stage(store, "after_streams");
      attempt(
          "verify",
          () -> {
            new VerifyWorkload(report, ledger, store).run(number("verify-repeats", 5));
            return null;
          },
          null);
      firstProofs =
          attempt(
              "proofs",
              () ->
                  new VerifyWorkload(report, ledger, store)
                      .proofs("started", number("proof-samples", 50), null),
              null);
      attempt(
          "rebuild",
          () -> {
            new RebuildWorkload(report, ledger, store)
                .run(Long.parseLong(option("rebuild-events", "0")));
            return null;
          },
          null);
      rss = ledger.residentMegabytes();
      report.figure(
          "memory.rss",
          rss,
          "MB",
          "(VmRSS of the ledger's process " + ledger.pid() + " after the workloads)");
    }

    attempt(
        "commands.gateway",
        () -> {
          new GatewayWorkload(report)
              .run(
                  jar,
                  jvm,
                  settings.args,
                  out.resolve("command-load-ledger-bench.log"),
                  levels,
                  warmup.toMillis() / 1000.0,
                  measured.toMillis() / 1000.0,
                  number("cold-gremia", 50),
                  pgbenchTps);
          return null;
        },
        null);

    long grow = Long.parseLong(option("grow", "0"));
    if (grow > 0) {
      attempt(
          "grow",
          () -> {
            growTo(settings, store, grow);
            return null;
          },
          null);
    }
    stage(store, "before_restart");
    attempt(
        "startup",
        () -> {
          long restart = System.nanoTime();
          try (LedgerProcess ledger =
              LedgerProcess.serve(jar, jvm, settings.args, out.resolve("ledger-bench-2.log"))) {
            double startGrown = (System.nanoTime() - restart) / 1e9;
            report.figure(
                "startup.grown",
                startGrown,
                "s",
                "(process start to /actuator/health UP on the grown store)");
            report.ratio(
                "startup.empty_vs_grown",
                startEmpty[0] / startGrown,
                0.67,
                "empty start-up time over grown start-up time");
            report.figure(
                "memory.rss_after_grown_start",
                ledger.residentMegabytes(),
                "MB",
                "(VmRSS right after the start on the grown store)");
            if (streams != null) {
              StreamWorkload.cold(report, ledger, streams);
            }
            if (queryTargets != null) {
              queriesGrown =
                  attempt(
                      "queries",
                      () -> {
                        // every processor first handles what the journal loaded, so the
                        // queries neither compete with the catching up nor read a lagging model
                        long events = store.events();
                        if (!store.awaitProcessors(Duration.ofMinutes(30))) {
                          report.failure("queries: the processors did not catch up in 30 min");
                        }
                        return queryWorkload().measure(ledger, queryTargets, "grown", events);
                      },
                      null);
            }
            if (grow > 0) {
              new VerifyWorkload(report, ledger, store)
                  .proofs("grown", number("proof-samples", 50), firstProofs);
            }
          }
          return null;
        },
        null);
    if (queriesSmall != null) {
      QueryWorkload.ratios(report, queriesSmall, queriesGrown);
    }
    report.ratio("memory.rss", 768 / rss, 1.0, "768 MB over the measured RSS");
    report.figure(
        "run.duration",
        (System.nanoTime() - runBegin) / 1e9,
        "s",
        "(after the build: every workload and both start-ups)");
    report.summary();
  }

  private QueryWorkload queryWorkload() {
    return new QueryWorkload(
        report,
        Double.parseDouble(option("query-rate", "50")),
        seconds("query-warmup-seconds", "2"),
        seconds("query-seconds", "10"),
        seconds("query-grace-seconds", "30"),
        number("query-workers", 8));
  }

  private Duration seconds(String name, String fallback) {
    return Duration.ofMillis((long) (Double.parseDouble(option(name, fallback)) * 1000));
  }

  /** Stops nothing: loads a synthetic journal through the ledger's command side to reach size. */
  private void growTo(LedgerSettings settings, Store store, long size) throws IOException {
    long now = store.events();
    if (now >= size) {
      return;
    }
    Path journal = out.resolve("synthetic-ledger-bench.jsonl");
    long written = new SyntheticJournal().write(journal, size - now);
    List<String> load = new ArrayList<>(settings.args);
    load.add("--ledger.cli=journal");
    load.add("--ledger.journal.path=" + journal);
    report.progress("loading " + written + " synthetic events through --ledger.cli=journal");
    long begin = System.nanoTime();
    LedgerProcess.runTask(jar, load, out.resolve("journal-load-ledger-bench.log"));
    double seconds = (System.nanoTime() - begin) / 1e9;
    report.figure(
        "load.rate",
        written / seconds,
        "events/s",
        "(" + written + " synthetic events through the command side, JVM start included)");
  }

  private void stage(Store store, String stage) {
    try {
      report.figure(
          "store.events." + stage, store.events(), "events", "(rows in domain_event_entry)");
    } catch (RuntimeException e) {
      report.failure("counting the store at " + stage + ": " + e.getMessage());
    }
  }

  private interface Work<T> {
    T run() throws Exception;
  }

  /** Whether {@code --workloads} (a comma-separated list; default: all) names this workload. */
  private boolean selected(String workload) {
    String wanted = options.getOrDefault("workloads", "all");
    return wanted.equals("all") || Arrays.asList(wanted.split(",")).contains(workload);
  }

  private <T> T attempt(String workload, Work<T> work, T fallback) {
    if (!selected(workload)) {
      report.progress(workload + " skipped (--workloads)");
      return fallback;
    }
    report.progress(workload + " …");
    long begin = System.nanoTime();
    try {
      T result = work.run();
      report.progress(
          String.format(
              java.util.Locale.ROOT,
              "%s done in %.1f s",
              workload,
              (System.nanoTime() - begin) / 1e9));
      return result;
    } catch (Exception e) {
      report.failure(workload + ": " + e);
      e.printStackTrace(System.err);
      return fallback;
    }
  }
}
