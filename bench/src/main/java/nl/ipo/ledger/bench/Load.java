package nl.ipo.ledger.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * A closed loop of {@code clients} threads, each with its own {@link Api} (its own connection),
 * repeating one step for a warm-up and then for the measured time. A step begun in the measured
 * time is counted and timed; the rate is what was counted over the time from the start of the
 * measurement until the last client finished its last step.
 */
final class Load {

  /**
   * One step of a client: sends its requests, counts each answer and times each success; {@code
   * measured} is false during the warm-up (whose tally and latencies are thrown away).
   */
  interface Step {
    void run(Gremia.Tally tally, Latencies latencies, boolean measured);
  }

  /** What the measured time counted. */
  record Result(Gremia.Tally tally, Latencies latencies, double seconds) {
    double rate() {
      return tally.ok.get() / seconds;
    }
  }

  private Load() {}

  static Result run(int clients, Duration warmup, Duration measured, Supplier<Step> client) {
    Gremia.Tally tally = new Gremia.Tally();
    Gremia.Tally warmupTally = new Gremia.Tally();
    List<Latencies> perClient = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    CountDownLatch ready = new CountDownLatch(clients);
    long[] window = new long[2];
    long startAt = System.nanoTime() + Duration.ofMillis(200).toNanos();
    long measureFrom = startAt + warmup.toNanos();
    long measureUntil = measureFrom + measured.toNanos();
    window[0] = measureFrom;
    List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
    for (int c = 0; c < clients; c++) {
      Step step = client.get();
      Latencies mine = new Latencies();
      perClient.add(mine);
      Thread thread =
          new Thread(
              () -> {
                ready.countDown();
                try {
                  ready.await();
                  Latencies discarded = new Latencies();
                  while (System.nanoTime() < startAt) {
                    Thread.onSpinWait();
                  }
                  long now;
                  while ((now = System.nanoTime()) < measureUntil) {
                    if (now < measureFrom) {
                      step.run(warmupTally, discarded, false);
                    } else {
                      step.run(tally, mine, true);
                    }
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                  errors.add(e);
                }
              },
              "bench-client-" + c);
      threads.add(thread);
    }
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    window[1] = System.nanoTime();
    if (!errors.isEmpty()) {
      throw new IllegalStateException("a client failed: " + errors.get(0), errors.get(0));
    }
    Latencies all = new Latencies();
    perClient.forEach(all::addAll);
    return new Result(tally, all, (window[1] - window[0]) / 1e9);
  }
}
