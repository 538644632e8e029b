package nl.ipo.ledger.infra.security;

import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Spring Security's user name and password check ({@link DaoAuthenticationProvider}, which also
 * spends a hash on unknown names so they cannot be told apart), with the ledger's two additions in
 * front: a blocked name or address is refused before any hash is computed ({@link FailedLogins}),
 * and a pair that passed a moment ago is accepted from {@link CredentialCache}.
 *
 * <p>Requests with the same name and password wait for each other's check instead of running it in
 * parallel, so a burst from one client costs one check; the lock is one of a fixed set, picked by
 * the cache key.
 */
final class LedgerAuthenticationProvider implements AuthenticationProvider {

  private static final int STRIPES = 64;

  private final DaoAuthenticationProvider passwords;
  private final UserDetailsService users;
  private final FailedLogins failedLogins;
  private final CredentialCache cache;
  private final UserDetailsChecker accountStatus = new AccountStatusUserDetailsChecker();
  private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

  LedgerAuthenticationProvider(
      UserDetailsService users,
      PasswordEncoder encoder,
      FailedLogins failedLogins,
      CredentialCache cache) {
    this.passwords = new DaoAuthenticationProvider(users);
    this.passwords.setPasswordEncoder(encoder);
    this.users = users;
    this.failedLogins = failedLogins;
    this.cache = cache;
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new ReentrantLock();
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String user = authentication.getName();
    String address = address(authentication);
    failedLogins.requireNotBlocked(user, address);
    Object credentials = authentication.getCredentials();
    CredentialCache.Key key = cache.key(user, credentials == null ? "" : credentials.toString());
    Optional<Authentication> remembered = remembered(key, authentication);
    if (remembered.isPresent()) {
      return remembered.get();
    }
    ReentrantLock lock = stripes[Math.floorMod(key.hashCode(), STRIPES)];
    lock.lock();
    try {
      remembered = remembered(key, authentication);
      if (remembered.isPresent()) {
        return remembered.get();
      }
      try (FailedLogins.Attempt attempt = failedLogins.begin(user, address)) {
        Authentication checked;
        try {
          checked = passwords.authenticate(authentication);
        } catch (BadCredentialsException wrong) {
          attempt.failed();
          throw wrong;
        }
        // before the ProviderManager erases the password from the principal
        cache.remember(key, (UserDetails) checked.getPrincipal());
        attempt.succeeded();
        return checked;
      }
    } finally {
      lock.unlock();
    }
  }

  private Optional<Authentication> remembered(
      CredentialCache.Key key, Authentication authentication) {
    if (!cache.contains(key)) {
      return Optional.empty();
    }
    UserDetails current;
    try {
      current = users.loadUserByUsername(authentication.getName());
    } catch (UsernameNotFoundException gone) {
      cache.forget(key);
      return Optional.empty();
    }
    if (!cache.holdsFor(key, current)) {
      return Optional.empty();
    }
    accountStatus.check(current);
    UsernamePasswordAuthenticationToken result =
        UsernamePasswordAuthenticationToken.authenticated(
            current, authentication.getCredentials(), current.getAuthorities());
    result.setDetails(authentication.getDetails());
    return Optional.of(result);
  }

  private static String address(Authentication authentication) {
    if (authentication.getDetails() instanceof WebAuthenticationDetails web
        && web.getRemoteAddress() != null) {
      return web.getRemoteAddress();
    }
    return "unknown";
  }
}
