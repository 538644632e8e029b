package nl.ipo.ledger.infra.fuzz;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/** The figures of a run: requests per status class, per operation and per attack; time; seed. */
final class FuzzReport {

  private static final String[] CLASSES = {"2xx", "3xx", "4xx", "5xx"};

  private final long seed;
  private final String database;
  private final Map<String, int[]> byOperation = new TreeMap<>();
  private final Map<String, int[]> byAttack = new TreeMap<>();
  private final Map<Integer, Integer> byStatus = new TreeMap<>();
  private final Map<String, Long> millisByOperation = new TreeMap<>();
  private final int[] total = new int[CLASSES.length];
  private long acceptedEvents;
  private long readChecks;
  private Duration fuzzing = Duration.ZERO;
  private Duration checking = Duration.ZERO;
  private String worldBefore = "";
  private String worldAfter = "";

  FuzzReport(long seed, String database) {
    this.seed = seed;
    this.database = database;
  }

  void count(FuzzRequest request, int status, long nanos) {
    int c = Math.max(0, Math.min(3, status / 100 - 2));
    millisByOperation.merge(request.operation(), nanos / 1_000_000, Long::sum);
    total[c]++;
    byOperation.computeIfAbsent(request.operation(), k -> new int[CLASSES.length])[c]++;
    byAttack.computeIfAbsent(request.attack().name(), k -> new int[CLASSES.length])[c]++;
    byStatus.merge(status, 1, Integer::sum);
  }

  void finished(Duration fuzzing, long acceptedEvents, String worldBefore, String worldAfter) {
    this.fuzzing = fuzzing;
    this.acceptedEvents = acceptedEvents;
    this.worldBefore = worldBefore;
    this.worldAfter = worldAfter;
  }

  void checked(Duration checking, long readChecks) {
    this.checking = checking;
    this.readChecks = readChecks;
  }

  int requests() {
    int n = 0;
    for (int t : total) {
      n += t;
    }
    return n;
  }

  int operations() {
    return byOperation.size();
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    out.append("\n=== HTTP fuzz on ").append(database).append(" ===\n");
    out.append("seed ")
        .append(seed)
        .append(", ")
        .append(requests())
        .append(" requests over ")
        .append(byOperation.size())
        .append(" operations in ")
        .append(seconds(fuzzing))
        .append(" (")
        .append(String.format("%.0f", requests() / Math.max(0.001, fuzzing.toMillis() / 1000.0)))
        .append(" requests/s); read models checked against a rebuild with ")
        .append(readChecks)
        .append(" answers in ")
        .append(seconds(checking))
        .append('\n');
    out.append("events stored by accepted requests: ").append(acceptedEvents).append('\n');
    out.append("world before: ")
        .append(worldBefore)
        .append("\nworld after:  ")
        .append(worldAfter)
        .append('\n');
    out.append(row("all requests", total));
    out.append("statuses: ").append(byStatus).append('\n');
    out.append("-- per attack\n");
    byAttack.forEach((k, v) -> out.append(row(k, v)));
    out.append("-- per operation\n");
    byOperation.forEach(
        (k, v) ->
            out.append(row(k, v).stripTrailing())
                .append(String.format("  %6d ms%n", millisByOperation.get(k))));
    return out.toString();
  }

  private static String row(String name, int[] counts) {
    StringBuilder row = new StringBuilder(String.format("%-58s", name));
    for (int i = 0; i < CLASSES.length; i++) {
      row.append(String.format(" %s %5d", CLASSES[i], counts[i]));
    }
    return row.append('\n').toString();
  }

  private static String seconds(Duration d) {
    return String.format("%.1f s", d.toMillis() / 1000.0);
  }
}
