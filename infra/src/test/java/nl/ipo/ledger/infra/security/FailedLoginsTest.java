package nl.ipo.ledger.infra.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class FailedLoginsTest {

  private final MutableClock clock = new MutableClock();
  private final FailedLogins logins =
      new FailedLogins(
          new LedgerSecurityProperties.FailedLogins(
              5, 8, Duration.ofMinutes(1), Duration.ofSeconds(30), Duration.ofMinutes(2), 100),
          clock);

  private void fail(String user, String address, int times) {
    for (int i = 0; i < times; i++) {
      try (FailedLogins.Attempt attempt = logins.begin(user, address)) {
        attempt.failed();
      }
    }
  }

  private LoginBlockedException blocked(String user, String address) {
    return catchThrowableOfType(
        LoginBlockedException.class, () -> logins.requireNotBlocked(user, address));
  }

  @Test
  void givenFourFailures_whenTheFifthFails_thenTheUserNameIsBlockedForThirtySeconds(
      CapturedOutput output) {
    fail("auditor", "10.0.0.1", 4);
    assertThatCode(() -> logins.requireNotBlocked("auditor", "10.0.0.1"))
        .doesNotThrowAnyException();

    fail("auditor", "10.0.0.1", 1);

    LoginBlockedException blocked = blocked("Auditor", "10.0.0.2");
    assertThat(blocked.subject()).isEqualTo(FailedLogins.Subject.USER);
    assertThat(blocked.retryAfterSeconds()).isEqualTo(30);
    for (int i = 0; i < 10; i++) {
      assertThat(blocked("auditor", "10.0.0.1")).isNotNull();
    }
    clock.advance(Duration.ofMillis(29_500));
    assertThat(blocked("auditor", "10.0.0.1").retryAfterSeconds()).isEqualTo(1);
    clock.advance(Duration.ofMillis(500));
    assertThatCode(() -> logins.requireNotBlocked("auditor", "10.0.0.1"))
        .doesNotThrowAnyException();
    assertThat(output.getOut().lines().filter(l -> l.contains("Sign-in blocked"))).hasSize(1);
    assertThat(output.getOut()).contains("Sign-in blocked for 30 s for user name 'auditor'");
  }

  @Test
  void givenLockoutsInARow_whenTheFailuresGoOn_thenEachLastsTwiceAsLongUpToTheMaximum() {
    List<Long> lockouts = new ArrayList<>();
    for (int round = 0; round < 4; round++) {
      fail("beheerder", "10.0.0." + round, 5);
      long seconds = blocked("beheerder", "10.0.0.9").retryAfterSeconds();
      lockouts.add(seconds);
      clock.advance(Duration.ofSeconds(seconds));
    }
    assertThat(lockouts).containsExactly(30L, 60L, 120L, 120L);

    clock.advance(Duration.ofMinutes(3));
    fail("beheerder", "10.0.0.7", 5);
    assertThat(blocked("beheerder", "10.0.0.9").retryAfterSeconds())
        .as("quiet for longer than the longest lockout: back to the shortest")
        .isEqualTo(30);
  }

  @Test
  void givenFailuresFurtherApartThanTheWindow_thenTheyDoNotAddUp() {
    for (int i = 0; i < 10; i++) {
      fail("av-lid", "10.0.1." + i, 1);
      clock.advance(Duration.ofSeconds(20));
    }
    assertThat(blocked("av-lid", "10.0.2.1")).isNull();
  }

  @Test
  void givenFailures_whenTheRightPasswordFollows_thenTheUserNameStartsAfreshButTheAddressDoesNot() {
    fail("secretariaat", "10.0.3.1", 4);
    try (FailedLogins.Attempt attempt = logins.begin("secretariaat", "10.0.3.1")) {
      attempt.succeeded();
    }
    fail("secretariaat", "10.0.3.2", 4);
    assertThat(blocked("secretariaat", "10.0.3.2")).isNull();

    fail("someone", "10.0.3.1", 4);
    LoginBlockedException address = blocked("nobody", "10.0.3.1");
    assertThat(address.subject()).isEqualTo(FailedLogins.Subject.ADDRESS);
    assertThat(blocked("nobody", "10.0.3.3")).isNull();
  }

  @Test
  void givenChecksUnderWay_whenTheyWouldUseUpTheAllowance_thenNoFurtherCheckStarts() {
    List<FailedLogins.Attempt> running = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      running.add(logins.begin("auditor", "10.0.4." + i));
    }
    LoginBlockedException busy =
        catchThrowableOfType(
            LoginBlockedException.class, () -> logins.begin("auditor", "10.0.4.9"));
    assertThat(busy.retryAfterSeconds()).isEqualTo(1);
    assertThat(blocked("auditor", "10.0.4.9")).as("not blocked yet: the outcome is open").isNull();

    running.get(0).close();
    assertThatCode(() -> logins.begin("auditor", "10.0.4.9").close()).doesNotThrowAnyException();
    running.forEach(FailedLogins.Attempt::failed);
    assertThat(blocked("auditor", "10.0.4.9"))
        .as("four failed, two ended without an outcome: not yet five failures")
        .isNull();
    fail("auditor", "10.0.4.9", 1);
    assertThat(blocked("auditor", "10.0.4.9")).isNotNull();
  }
}
