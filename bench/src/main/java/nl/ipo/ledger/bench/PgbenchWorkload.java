package nl.ipo.ledger.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database's own ceiling for durable writes: pgbench with a script of one INSERT into a scratch
 * table, so one commit per transaction, at each concurrency the command workload uses, against the
 * same PostgreSQL and database as the ledger. Prints {@code FIGURE pgbench.c{N} <tps> tps}.
 */
final class PgbenchWorkload {

  private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");
  private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");
  private static final Pattern URL =
      Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*");

  private final Report report;
  private final Store store;
  private final Path pgbench;
  private final Path out;

  PgbenchWorkload(Report report, Store store, Path pgbench, Path out) {
    this.report = report;
    this.store = store;
    this.pgbench = pgbench;
    this.out = out;
  }

  /** The transactions a second pgbench reports (without the initial connection time), or NaN. */
  static double tps(String output) {
    Matcher t = TPS.matcher(output);
    return t.find() ? Double.parseDouble(t.group(1)) : Double.NaN;
  }

  /** Runs pgbench for {@code seconds} at each level; answers tps by level. */
  Map<Integer, Double> run(
      List<Integer> levels, int seconds, String url, String user, String password) {
    Matcher where = URL.matcher(url);
    if (!where.matches()) {
      throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + url);
    }
    store.execute(
        "CREATE TABLE IF NOT EXISTS bench_pgbench_scratch (id BIGSERIAL PRIMARY KEY,"
            + " payload TEXT NOT NULL, written_at TIMESTAMPTZ NOT NULL DEFAULT now())");
    Map<Integer, Double> tps = new LinkedHashMap<>();
    try {
      Path script = out.resolve("pgbench-insert.sql");
      Files.writeString(
          script,
          "INSERT INTO bench_pgbench_scratch (payload) VALUES ('one durable insert');\n",
          StandardCharsets.UTF_8);
      for (int clients : levels) {
        List<String> command = new ArrayList<>();
        command.add(pgbench.toString());
        command.addAll(
            List.of(
                "-n",
                "-f",
                script.toString(),
                "-c",
                Integer.toString(clients),
                "-j",
                Integer.toString(Math.min(clients, Runtime.getRuntime().availableProcessors())),
                "-T",
                Integer.toString(seconds),
                "-h",
                where.group(1),
                "-p",
                where.group(2) == null ? "5432" : where.group(2),
                "-U",
                user,
                where.group(3)));
        // the server is shared: when its connection slots are taken for a moment, try again
        String output = "";
        int exit = -1;
        for (int attempt = 1; attempt <= 3; attempt++) {
          ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
          builder.environment().put("PGPASSWORD", password);
          Process process = builder.start();
          output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
          exit = process.waitFor();
          Files.writeString(out.resolve("pgbench-c" + clients + ".log"), output);
          if (exit == 0 || !output.contains("connection slots")) {
            break;
          }
          report.progress(
              "pgbench at "
                  + clients
                  + " clients found no free connection slot ("
                  + store.connectionsInUse()
                  + " connections in use); attempt "
                  + attempt
                  + " of 3");
          LedgerProcess.sleep(3000);
        }
        double rate = tps(output);
        if (exit != 0 || Double.isNaN(rate)) {
          report.failure(
              "pgbench at " + clients + " clients ended with " + exit + ": " + output.strip());
          continue;
        }
        Matcher latency = LATENCY.matcher(output);
        tps.put(clients, rate);
        report.figure(
            "pgbench.c" + clients,
            rate,
            "tps",
            "latency_avg="
                + (latency.find() ? latency.group(1) : "?")
                + " ms (one INSERT a transaction, "
                + seconds
                + " s)");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      store.execute("DROP TABLE IF EXISTS bench_pgbench_scratch");
    }
    return tps;
  }
}
