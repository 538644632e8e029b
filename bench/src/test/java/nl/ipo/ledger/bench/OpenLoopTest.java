package nl.ipo.ledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The open loop counts a stall in every request that was due during it. */
class OpenLoopTest {

  @Test
  void aStallShowsInTheRequestsDueDuringIt() {
    AtomicInteger sent = new AtomicInteger();
    OpenLoop.Result result =
        OpenLoop.run(
            100,
            Duration.ZERO,
            Duration.ofMillis(500),
            1,
            Duration.ofSeconds(5),
            () ->
                () -> {
                  if (sent.getAndIncrement() == 0) {
                    LedgerProcess.sleep(200); // the first request stalls for 20 intervals
                  }
                  return 200;
                });
    assertThat(result.ok()).isEqualTo(50);
    assertThat(result.unfinished()).isZero();
    // a closed loop would time one slow request; here the ~20 requests due during the stall waited
    int waited = 0;
    for (int i = 0; i < result.latencies().count(); i++) {
      waited += result.latencies().millis(i) >= 50 ? 1 : 0;
    }
    assertThat(waited).isGreaterThanOrEqualTo(15);
  }

  @Test
  void requestsUnansweredAfterTheGraceCountAtTheirAge() {
    OpenLoop.Result result =
        OpenLoop.run(
            50,
            Duration.ZERO,
            Duration.ofMillis(200),
            1,
            Duration.ofMillis(300),
            () ->
                () -> {
                  LedgerProcess.sleep(10_000);
                  return 200;
                });
    assertThat(result.ok()).isZero();
    assertThat(result.unfinished()).isEqualTo(10);
    assertThat(result.latencies().count()).isEqualTo(10);
    assertThat(result.latencies().percentileMillis(100)).isGreaterThanOrEqualTo(300);
  }
}
