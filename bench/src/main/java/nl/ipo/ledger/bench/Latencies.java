package nl.ipo.ledger.bench;

import java.util.Arrays;

/** Measured durations of one workload, with percentiles by the nearest-rank method. */
final class Latencies {

  private long[] nanos = new long[64];
  private int count;

  void add(long durationNanos) {
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, count * 2);
    }
    nanos[count++] = durationNanos;
  }

  /** Adds every duration of another (one client's) measurement. */
  void addAll(Latencies other) {
    for (int i = 0; i < other.count; i++) {
      add(other.nanos[i]);
    }
  }

  int count() {
    return count;
  }

  /** The i-th duration in the order measured (from 0), in milliseconds. */
  double millis(int i) {
    if (i < 0 || i >= count) {
      throw new IllegalArgumentException("no measurement " + i + " of " + count);
    }
    return nanos[i] / 1_000_000.0;
  }

  /** The p-th percentile (0 < p ≤ 100) in milliseconds: the smallest value with p% at or below. */
  double percentileMillis(double p) {
    if (count == 0) {
      throw new IllegalStateException("no measurements");
    }
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * count);
    return sorted[Math.max(0, rank - 1)] / 1_000_000.0;
  }
}
