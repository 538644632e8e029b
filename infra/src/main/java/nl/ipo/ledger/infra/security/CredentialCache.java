package nl.ipo.ledger.infra.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Remembers for a short while that a user name and password pair passed the password check, so a
 * burst of requests by one user costs one bcrypt check instead of one each (70 to 160 ms of CPU
 * apiece). Spring Security has no such cache: its {@code UserCache} keeps the loaded {@code
 * UserDetails}, and {@code DaoAuthenticationProvider} still runs the password encoder on every
 * request.
 *
 * <p>The password itself is never kept. An entry is found by the user name and an HMAC-SHA-256 of
 * the presented password under a key drawn at random when the process starts and never written
 * anywhere, so the entries are worthless outside this process. (Inside it, whoever can read its
 * memory could test guesses against an entry faster than against bcrypt, but would also see the
 * passwords of the requests as they arrive.) Another password, right or wrong, finds no entry and
 * goes to the real check. An entry is used only while the user still exists with the stored hash
 * and the roles it had when the check passed, so changing a password or a role takes effect at
 * once. The cache is small and bounded, forgetting the least recently used entry first; a
 * hand-written map because no cache library is on the class path and two bounded maps do not
 * warrant one.
 */
final class CredentialCache {

  /** Where to look: the user name and the keyed hash of the presented password. */
  record Key(String user, String mac) {}

  private record Entry(String storedPassword, Set<String> authorities, Instant expires) {}

  private final LedgerSecurityProperties.CredentialCache settings;
  private final Clock clock;
  private final SecretKeySpec macKey;
  private final Map<Key, Entry> entries;

  CredentialCache(LedgerSecurityProperties.CredentialCache settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    this.macKey = new SecretKeySpec(random, "HmacSHA256");
    int max = settings.maxEntries();
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > max;
          }
        };
  }

  boolean enabled() {
    return !settings.ttl().isZero();
  }

  Key key(String user, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(macKey);
      byte[] hash = mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
      return new Key(user.toLowerCase(Locale.ROOT), Base64.getEncoder().encodeToString(hash));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  /** Whether an unexpired entry exists; what it is worth is for {@link #holdsFor} to say. */
  synchronized boolean contains(Key key) {
    Entry entry = entries.get(key);
    if (entry != null && !clock.instant().isBefore(entry.expires())) {
      entries.remove(key);
      return false;
    }
    return entry != null;
  }

  /**
   * Whether the entry vouches for the password against the user as stored now: same stored hash,
   * same roles. A stale entry is dropped.
   */
  synchronized boolean holdsFor(Key key, UserDetails current) {
    Entry entry = entries.get(key);
    if (entry == null) {
      return false;
    }
    boolean holds =
        clock.instant().isBefore(entry.expires())
            && entry.storedPassword().equals(current.getPassword())
            && entry.authorities().equals(authorities(current));
    if (!holds) {
      entries.remove(key);
    }
    return holds;
  }

  void forget(Key key) {
    synchronized (this) {
      entries.remove(key);
    }
  }

  /** After the password check passed against this user, as loaded for that check. */
  synchronized void remember(Key key, UserDetails checked) {
    if (enabled() && checked.getPassword() != null) {
      entries.put(
          key,
          new Entry(
              checked.getPassword(), authorities(checked), clock.instant().plus(settings.ttl())));
    }
  }

  private static Set<String> authorities(UserDetails user) {
    return user.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .collect(Collectors.toUnmodifiableSet());
  }
}
