package nl.ipo.ledger.bench;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * An open loop at a fixed offered rate: request i is due at {@code start + i / rate}, whatever
 * became of the requests before it, and its latency is measured from that due time, not from when a
 * worker got round to sending it. A stall therefore shows in every request that was due during it
 * (no coordinated omission), as a user arriving at that moment would have met it. At most {@code
 * workers} requests are in flight; the others wait, and their wait counts. A request still
 * unanswered {@code grace} after the last one was due is given up: it counts as unfinished, at the
 * age it had then (a lower bound of its latency), so a slow query is never made to look faster by
 * leaving its slowest requests out.
 */
final class OpenLoop {

  /** One kind of request, sent by one worker (its own connection): answers the HTTP status. */
  interface Request {
    int send();
  }

  /** What the measured requests met. */
  record Result(
      Latencies latencies, int ok, int failed, int unfinished, String firstFailure, double rate) {

    String details() {
      return "ok="
          + ok
          + " failed="
          + failed
          + " unfinished="
          + unfinished
          + (firstFailure == null ? "" : " first_failure=" + firstFailure);
    }
  }

  private OpenLoop() {}

  static Result run(
      double rate,
      Duration warmup,
      Duration measured,
      int workers,
      Duration grace,
      Supplier<Request> perWorker) {
    long interval = (long) (1e9 / rate);
    int warmupCount = (int) (warmup.toNanos() / interval);
    int measuredCount = Math.max(1, (int) (measured.toNanos() / interval));
    int total = warmupCount + measuredCount;
    long[] due = new long[total];
    AtomicLongArray took = new AtomicLongArray(total);
    // 0 waiting, 1 answered, 2 given up
    AtomicIntegerArray state = new AtomicIntegerArray(total);
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicReference<String> firstFailure = new AtomicReference<>();
    ThreadLocal<Request> requests = ThreadLocal.withInitial(perWorker);
    ExecutorService pool =
        Executors.newFixedThreadPool(
            workers,
            r -> {
              Thread t = new Thread(r, "bench-open-loop");
              t.setDaemon(true);
              return t;
            });
    long start = System.nanoTime() + Duration.ofMillis(100).toNanos();
    for (int i = 0; i < total; i++) {
      due[i] = start + i * interval;
      long wait;
      while ((wait = due[i] - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait);
      }
      int index = i;
      boolean counted = i >= warmupCount;
      pool.execute(
          () -> {
            int status;
            try {
              status = requests.get().send();
            } catch (RuntimeException e) {
              if (Thread.currentThread().isInterrupted()) {
                return; // given up below
              }
              status = -1;
              firstFailure.compareAndSet(null, e.toString());
            }
            took.set(index, System.nanoTime() - due[index]);
            if (!state.compareAndSet(index, 0, 1) || !counted) {
              return;
            }
            if (status >= 200 && status < 300) {
              ok.incrementAndGet();
            } else {
              failed.incrementAndGet();
              firstFailure.compareAndSet(null, "HTTP " + status);
            }
          });
    }
    pool.shutdown();
    try {
      pool.awaitTermination(grace.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    long stopped = System.nanoTime();
    int unfinished = 0;
    for (int i = warmupCount; i < total; i++) {
      if (state.compareAndSet(i, 0, 2)) {
        unfinished++;
      }
    }
    pool.shutdownNow();
    Latencies latencies = new Latencies();
    for (int i = warmupCount; i < total; i++) {
      latencies.add(state.get(i) == 2 ? stopped - due[i] : took.get(i));
    }
    return new Result(
        latencies, ok.get(), failed.get(), unfinished, firstFailure.get(), 1e9 / interval);
  }
}
