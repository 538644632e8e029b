package nl.ipo.ledger.infra.security;

import java.time.Duration;
import java.util.Locale;
import org.springframework.security.core.AuthenticationException;

/** Sign-in refused without checking the password: too many recent failures. */
final class LoginBlockedException extends AuthenticationException {

  private final FailedLogins.Subject subject;
  private final Duration retryAfter;

  LoginBlockedException(FailedLogins.Subject subject, Duration retryAfter) {
    super("sign-in blocked for the " + subject.name().toLowerCase(Locale.ROOT));
    this.subject = subject;
    this.retryAfter = retryAfter;
  }

  FailedLogins.Subject subject() {
    return subject;
  }

  /** Whole seconds, rounded up, at least one: the value of a {@code Retry-After} header. */
  long retryAfterSeconds() {
    return Math.max(1, retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0));
  }
}
