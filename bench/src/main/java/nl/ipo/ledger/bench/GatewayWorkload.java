package nl.ipo.ledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command side without HTTP: the ledger's own {@code --ledger.cli=command-load} task (infra
 * {@code ops/CommandLoad}) sends the HTTP workload's commands through its command gateway at each
 * level of clients, with the whole ledger running, and prints a {@code COMMAND-LOAD} line per
 * level; this reads them back. Its baseline is pgbench's one durable INSERT per transaction at the
 * same concurrency, measured earlier in the run: {@code RATIO commands.gateway.c16_vs_pgbench},
 * target 0.3 (at the other levels a figure).
 */
final class GatewayWorkload {

  private static final Pattern LINE =
      Pattern.compile(
          "COMMAND-LOAD c(\\d+) ([\\d.]+) ([\\d.NaN]+) ([\\d.NaN]+) ([\\d.NaN]+) n=(\\d+) ok=(\\d+)"
              + " conflicts=(\\d+) failures=(\\d+)");

  private final Report report;

  GatewayWorkload(Report report) {
    this.report = report;
  }

  void run(
      Path jar,
      List<String> jvm,
      List<String> settings,
      Path log,
      List<Integer> levels,
      double warmupSeconds,
      double seconds,
      int coldGremia,
      Map<Integer, Double> pgbench)
      throws IOException {
    List<String> task = new ArrayList<>(settings);
    task.add("--ledger.cli=command-load");
    task.add("--server.port=0");
    task.add(
        "--ledger.command-load.clients="
            + String.join(",", levels.stream().map(String::valueOf).toList()));
    task.add("--ledger.command-load.warmup-seconds=" + warmupSeconds);
    task.add("--ledger.command-load.seconds=" + seconds);
    task.add("--ledger.command-load.cold-gremia=" + coldGremia);
    LedgerProcess.runTask(jar, jvm, task, log);
    if (read(Files.readAllLines(log), pgbench) == 0) {
      report.failure("the command-load task printed no COMMAND-LOAD line; see " + log);
    }
  }

  /** Reports the task's {@code COMMAND-LOAD} lines among {@code lines}; returns how many. */
  int read(List<String> lines, Map<Integer, Double> pgbench) {
    int found = 0;
    for (String line : lines) {
      Matcher m = LINE.matcher(line);
      if (!m.find()) {
        continue;
      }
      found++;
      int clients = Integer.parseInt(m.group(1));
      double rate = Double.parseDouble(m.group(2));
      report.figure(
          "commands.gateway.c" + clients,
          rate,
          "commands/s",
          "p50="
              + m.group(3)
              + " p95="
              + m.group(4)
              + " p99="
              + m.group(5)
              + " ms n="
              + m.group(6)
              + " ok="
              + m.group(7)
              + " conflicts_409="
              + m.group(8)
              + " failures="
              + m.group(9)
              + " (through the command gateway in the ledger's process, no HTTP)");
      Double tps = pgbench.get(clients);
      if (tps == null) {
        continue;
      }
      if (clients == 16) {
        report.ratio(
            "commands.gateway.c16_vs_pgbench",
            rate / tps,
            0.3,
            "commands/s in process over pgbench's one-insert transactions/s at 16 clients");
      } else {
        report.figure("commands.gateway.c" + clients + "_vs_pgbench", rate / tps, "ratio", "");
      }
    }
    return found;
  }
}
