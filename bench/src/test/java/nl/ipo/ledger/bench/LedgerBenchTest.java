package nl.ipo.ledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** LedgerBench's own arithmetic: the lines it prints, its target convention, what it parses. */
class LedgerBenchTest {

  @Test
  void aRatioAtOrAboveItsTargetIsMetAndOneBelowOrUnmeasuredIsMissed() {
    assertThat(new Report.Ratio("a", 0.5, 0.5, "").met()).isTrue();
    assertThat(new Report.Ratio("a", 0.71, 0.5, "").met()).isTrue();
    assertThat(new Report.Ratio("a", 0.499, 0.5, "").met()).isFalse();
    assertThat(new Report.Ratio("a", Double.NaN, 0.5, "").met()).isFalse();
    // a baseline of zero (nothing measured) gives infinity, which is no figure either
    assertThat(new Report.Ratio("a", 22.5 / 0.0, 0.5, "").met()).isFalse();
  }

  @Test
  void latencyTargetsAreWrittenAsLimitOverMeasurementSoHigherIsBetter() {
    // p99 of 40 ms against a limit of 50 ms: met; 70 ms: missed
    assertThat(new Report.Ratio("p99", 50.0 / 40.0, 1.0, "").met()).isTrue();
    assertThat(new Report.Ratio("p99", 50.0 / 70.0, 1.0, "").met()).isFalse();
    // short p50 over long p50 against 1/1.5: long 1.4 times as slow is met, 1.6 times is not
    assertThat(new Report.Ratio("s", 10.0 / 14.0, 1 / 1.5, "").met()).isTrue();
    assertThat(new Report.Ratio("s", 10.0 / 16.0, 1 / 1.5, "").met()).isFalse();
  }

  @Test
  void ratioAndFigureLinesHaveNameValueAndTargetOrUnitFirst() {
    assertThat(new Report.Ratio("commands.http.c4", 0.4321, 0.5, "why").line())
        .isEqualTo("RATIO commands.http.c4 0.432 0.500 MISSED (why)");
    assertThat(new Report.Ratio("streams.long_vs_short", 0.8, 1 / 1.5, null).line())
        .isEqualTo("RATIO streams.long_vs_short 0.800 0.667 MET");
    assertThat(new Report.Ratio("x", Double.NaN, 1.0, "").line())
        .isEqualTo("RATIO x NaN 1.000 MISSED");
    assertThat(Report.figureLine("pgbench.c16", 7699.14, "tps", ""))
        .isEqualTo("FIGURE pgbench.c16 7699.1 tps");
    assertThat(Report.figureLine("verify.ledger", 72307.4, "events/s", "n=3"))
        .isEqualTo("FIGURE verify.ledger 72307 events/s n=3");
    assertThat(Report.figureLine("store.events.started", 980, "events", ""))
        .isEqualTo("FIGURE store.events.started 980 events");
    assertThat(Report.figureLine("streams.short", 7.28, "ms", ""))
        .isEqualTo("FIGURE streams.short 7.280 ms");
  }

  @Test
  void percentilesOfSeveralClientsAreThoseOfAllTheirMeasurements() {
    Latencies one = new Latencies();
    Latencies two = new Latencies();
    for (int ms = 1; ms <= 50; ms++) {
      one.add(ms * 1_000_000L);
      two.add((ms + 50) * 1_000_000L);
    }
    Latencies all = new Latencies();
    all.addAll(one);
    all.addAll(two);
    assertThat(all.count()).isEqualTo(100);
    assertThat(Report.percentiles(all)).isEqualTo("p50=50.0 p95=95.0 p99=99.0 ms n=100");
    assertThat(Report.percentiles(new Latencies())).isEqualTo("p50=NaN p95=NaN p99=NaN ms n=0");
  }

  @Test
  void theCommandLoadTasksLinesBecomeFigures_andAt16ClientsARatioToPgbench() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Report report = new Report(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    int read =
        new GatewayWorkload(report)
            .read(
                List.of(
                    "2026-12-04 INFO starting",
                    "COMMAND-LOAD c1 183.7 0.59 17.92 114.21 n=551 ok=551 conflicts=0 failures=0",
                    "COMMAND-LOAD c16 900.0 9.10 20.00 31.50 n=9000 ok=8990 conflicts=10 failures=0"),
                Map.of(1, 2000.0, 16, 6000.0));
    assertThat(read).isEqualTo(2);
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("FIGURE commands.gateway.c1 183.7 commands/s p50=0.59 p95=17.92 p99=114.21 ms")
        .contains("FIGURE commands.gateway.c1_vs_pgbench 0.092 ratio")
        .contains("RATIO commands.gateway.c16_vs_pgbench 0.150 0.300 MISSED")
        .contains("conflicts_409=10");
  }

  @Test
  void theSummaryCountsTheMetRatiosAndNamesTheMissedOnes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Report report = new Report(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    report.ratio("met", 1.2, 1.0, "");
    report.ratio("missed", 0.2, 0.3, "");
    report.summary();
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("SUMMARY 1 of 2 RATIO lines at or above their target")
        .contains("SUMMARY missed missed 0.200 < 0.300")
        .contains("SUMMARY the run completed without failures");
  }

  @Test
  void whatTheHarnessReadsFromPgbenchAndProc() {
    String pgbench =
        "number of transactions actually processed: 1190\nlatency average = 2.523 ms\n"
            + "initial connection time = 3.1 ms\ntps = 396.433 (without initial connection time)\n";
    assertThat(PgbenchWorkload.tps(pgbench)).isEqualTo(396.433);
    assertThat(PgbenchWorkload.tps("connection refused")).isNaN();
    assertThat(LedgerProcess.rssMegabytes("Name:\tjava\nVmHWM:\t 999 kB\nVmRSS:\t  937984 kB\n"))
        .isEqualTo(916.0);
  }
}
