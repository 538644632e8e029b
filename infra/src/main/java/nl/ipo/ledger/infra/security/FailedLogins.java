package nl.ipo.ledger.infra.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts failed sign-ins per user name and per client address and blocks either for a while once it
 * failed too often (see {@link LedgerSecurityProperties.FailedLogins}). A password check in
 * progress counts against the same allowance, so a burst of simultaneous wrong passwords gets no
 * more checks than a slow series would. Spring Security has no such throttle; this small one keeps
 * its state in memory (a restart forgets it, which is acceptable for a lockout of minutes) and
 * keeps at most {@code maxTracked} names and addresses, forgetting the least recently seen first.
 */
final class FailedLogins {

  private static final Logger log = LoggerFactory.getLogger(FailedLogins.class);

  /** What is blocked, for the message to the user. */
  enum Subject {
    USER,
    ADDRESS
  }

  private final LedgerSecurityProperties.FailedLogins limits;
  private final Clock clock;
  private final Map<String, Record> users;
  private final Map<String, Record> addresses;

  FailedLogins(LedgerSecurityProperties.FailedLogins limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
    this.users = bounded(limits.maxTracked());
    this.addresses = bounded(limits.maxTracked());
  }

  /** Throws if the user name or the address is blocked now; checks nothing else. */
  synchronized void requireNotBlocked(String user, String address) {
    Instant now = clock.instant();
    blocked(users.get(userKey(user)), Subject.USER, now);
    blocked(addresses.get(address), Subject.ADDRESS, now);
  }

  /**
   * Reserves one password check for this user name from this address.
   *
   * @throws LoginBlockedException if either is blocked, or the checks already under way would use
   *     up what is left of its allowance
   */
  synchronized Attempt begin(String user, String address) {
    Instant now = clock.instant();
    Record byUser = users.computeIfAbsent(userKey(user), k -> new Record());
    Record byAddress = addresses.computeIfAbsent(address, k -> new Record());
    blocked(byUser, Subject.USER, now);
    blocked(byAddress, Subject.ADDRESS, now);
    busy(byUser, limits.maxPerUser(), Subject.USER, now);
    busy(byAddress, limits.maxPerAddress(), Subject.ADDRESS, now);
    byUser.inFlight++;
    byAddress.inFlight++;
    return new Attempt(userKey(user), address, byUser, byAddress);
  }

  /** The outcome of one password check; exactly one of its methods ends it. */
  final class Attempt implements AutoCloseable {
    private final String user;
    private final String address;
    private final Record byUser;
    private final Record byAddress;
    private boolean ended;

    private Attempt(String user, String address, Record byUser, Record byAddress) {
      this.user = user;
      this.address = address;
      this.byUser = byUser;
      this.byAddress = byAddress;
    }

    /** The right password: the user name starts afresh; the address keeps its failures. */
    void succeeded() {
      synchronized (FailedLogins.this) {
        if (end()) {
          byUser.failures.clear();
          byUser.lockouts = 0;
          byUser.blockedUntil = null;
          if (byUser.inFlight == 0) {
            users.remove(user, byUser);
          }
        }
      }
    }

    void failed() {
      synchronized (FailedLogins.this) {
        if (end()) {
          Instant now = clock.instant();
          fail(byUser, limits.maxPerUser(), now, "user name '" + user + "'");
          fail(byAddress, limits.maxPerAddress(), now, "address " + address);
        }
      }
    }

    /** Neither right nor wrong (a disabled account, an error): only the reservation ends. */
    @Override
    public void close() {
      synchronized (FailedLogins.this) {
        end();
      }
    }

    private boolean end() {
      if (ended) {
        return false;
      }
      ended = true;
      byUser.inFlight--;
      byAddress.inFlight--;
      return true;
    }
  }

  private void blocked(Record record, Subject subject, Instant now) {
    if (record != null && record.blockedUntil != null && now.isBefore(record.blockedUntil)) {
      throw new LoginBlockedException(subject, Duration.between(now, record.blockedUntil));
    }
  }

  private void busy(Record record, int allowed, Subject subject, Instant now) {
    record.forgetBefore(now.minus(limits.window()));
    if (record.failures.size() + record.inFlight >= allowed) {
      // the checks under way decide whether a lockout follows; ask to come back in a moment
      throw new LoginBlockedException(subject, Duration.ofSeconds(1));
    }
  }

  private void fail(Record record, int allowed, Instant now, String what) {
    record.forgetBefore(now.minus(limits.window()));
    record.failures.addLast(now);
    if (record.failures.size() < allowed) {
      return;
    }
    if (record.blockedUntil != null
        && Duration.between(record.blockedUntil, now).compareTo(limits.maxLockout()) > 0) {
      // quiet for longer than the longest lockout since the last one: start again from the shortest
      record.lockouts = 0;
    }
    Duration lockout = lockout(record.lockouts);
    record.lockouts++;
    record.blockedUntil = now.plus(lockout);
    record.failures.clear();
    log.warn(
        "Sign-in blocked for {} s for {} after {} failed attempts within {} s",
        lockout.toSeconds(),
        what,
        allowed,
        limits.window().toSeconds());
  }

  private Duration lockout(int earlier) {
    Duration lockout = limits.lockout();
    for (int i = 0; i < earlier && lockout.compareTo(limits.maxLockout()) < 0; i++) {
      lockout = lockout.multipliedBy(2);
    }
    return lockout.compareTo(limits.maxLockout()) > 0 ? limits.maxLockout() : lockout;
  }

  private static String userKey(String user) {
    // the user store ignores case, so the allowance does too
    return user.toLowerCase(Locale.ROOT);
  }

  private static Map<String, Record> bounded(int max) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Record> eldest) {
        return size() > max;
      }
    };
  }

  private static final class Record {
    final Deque<Instant> failures = new ArrayDeque<>();
    int inFlight;
    Instant blockedUntil;
    int lockouts;

    void forgetBefore(Instant start) {
      while (!failures.isEmpty() && failures.peekFirst().isBefore(start)) {
        failures.removeFirst();
      }
    }
  }
}
