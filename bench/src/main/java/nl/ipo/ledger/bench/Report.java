package nl.ipo.ledger.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lines a benchmark run prints. {@code FIGURE <name> <value> <unit> [details]} is a
 * measurement; {@code RATIO <name> <value> <target> MET|MISSED [details]} compares a workload with
 * its baseline measured in the same run. One convention for every ratio: it is written so that
 * higher is better (a rate over its baseline's rate, or a limit over a measured latency), and a
 * ratio at or above its target is met. A ratio that could not be measured (NaN, or a baseline of
 * zero) is missed.
 */
final class Report {

  /** One ratio and its target. */
  record Ratio(String name, double value, double target, String details) {

    boolean met() {
      return Double.isFinite(value) && value >= target;
    }

    String line() {
      return "RATIO "
          + name
          + " "
          + ratioNumber(value)
          + " "
          + ratioNumber(target)
          + (met() ? " MET" : " MISSED")
          + (details == null || details.isBlank() ? "" : " (" + details + ")");
    }
  }

  private final PrintStream out;
  private final List<Ratio> ratios = new ArrayList<>();
  private final List<String> failures = new ArrayList<>();

  Report(PrintStream out) {
    this.out = out;
  }

  /** A figure: {@code FIGURE name value unit details}. */
  void figure(String name, double value, String unit, String details) {
    out.println(figureLine(name, value, unit, details));
  }

  /** A figure whose value is text (a version, a setting). */
  void text(String name, String value, String unit) {
    out.println("FIGURE " + name + " " + value.replace(' ', '_') + " " + unit);
  }

  /** A figure with the percentiles of its latencies: {@code p50=… p95=… p99=… ms n=…}. */
  void figure(String name, double value, String unit, Latencies latencies, String details) {
    String percentiles = percentiles(latencies);
    figure(
        name,
        value,
        unit,
        details == null || details.isBlank() ? percentiles : percentiles + " " + details);
  }

  Ratio ratio(String name, double value, double target, String details) {
    Ratio ratio = new Ratio(name, value, target, details);
    ratios.add(ratio);
    out.println(ratio.line());
    return ratio;
  }

  /** A workload that could not be measured, or answers that were neither 2xx nor a conflict. */
  void failure(String what) {
    failures.add(what);
    out.println("FAILED " + what);
  }

  void progress(String text) {
    out.println("[bench] " + text);
    out.flush();
  }

  List<Ratio> ratios() {
    return List.copyOf(ratios);
  }

  List<String> failures() {
    return List.copyOf(failures);
  }

  /** How many ratios are met, and which are not; then the failures of the run, if any. */
  void summary() {
    out.println(summaryLine(ratios));
    for (Ratio r : ratios) {
      if (!r.met()) {
        out.println(
            "SUMMARY missed "
                + r.name()
                + " "
                + ratioNumber(r.value())
                + " < "
                + ratioNumber(r.target()));
      }
    }
    out.println(
        failures.isEmpty()
            ? "SUMMARY the run completed without failures"
            : "SUMMARY " + failures.size() + " failure(s): " + String.join("; ", failures));
  }

  static String summaryLine(List<Ratio> ratios) {
    long met = ratios.stream().filter(Ratio::met).count();
    return "SUMMARY " + met + " of " + ratios.size() + " RATIO lines at or above their target";
  }

  static String figureLine(String name, double value, String unit, String details) {
    return "FIGURE "
        + name
        + " "
        + number(value)
        + " "
        + unit
        + (details == null || details.isBlank() ? "" : " " + details);
  }

  static String percentiles(Latencies latencies) {
    if (latencies.count() == 0) {
      return "p50=NaN p95=NaN p99=NaN ms n=0";
    }
    return String.format(
        Locale.ROOT,
        "p50=%.1f p95=%.1f p99=%.1f ms n=%d",
        latencies.percentileMillis(50),
        latencies.percentileMillis(95),
        latencies.percentileMillis(99),
        latencies.count());
  }

  /** A ratio or target: three decimals. */
  static String ratioNumber(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : "NaN";
  }

  /**
   * A figure: a whole number as it is (a count); otherwise three decimals below 10, one up to
   * 10,000, none above: enough for noisy figures.
   */
  static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "NaN";
    }
    double size = Math.abs(value);
    if (value == Math.rint(value) && size < 1e15) {
      return String.format(Locale.ROOT, "%.0f", value);
    }
    String format = size < 10 ? "%.3f" : size < 10_000 ? "%.1f" : "%.0f";
    return String.format(Locale.ROOT, format, value);
  }
}
