package nl.ipo.ledger.infra.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ledger's users and how their sign-ins are checked, from configuration ({@code
 * ledger.security.*}). Passwords are stored hashed, in Spring Security's {@code {id}hash} form (for
 * example {@code {bcrypt}$2a$10$...}).
 *
 * @param users the users; when set, the only ones
 * @param demoUsers the demo users of the {@code demo} profile, used only when {@code users} is
 *     empty and the database is the embedded H2 one
 * @param failedLogins when failed sign-ins block further attempts
 * @param credentialCache how long a successful password check is remembered
 * @param bearer how a bearer token (a JWT of the organisation's identity provider) names its user
 *     and roles
 * @param personalTokens how long the personal access tokens users make for their programs may live,
 *     and how many each user may hold
 */
@ConfigurationProperties("ledger.security")
public record LedgerSecurityProperties(
    List<User> users,
    List<User> demoUsers,
    @DefaultValue FailedLogins failedLogins,
    @DefaultValue CredentialCache credentialCache,
    @DefaultValue Bearer bearer,
    @DefaultValue PersonalTokens personalTokens) {

  public LedgerSecurityProperties {
    users = users == null ? List.of() : List.copyOf(users);
    demoUsers = demoUsers == null ? List.of() : List.copyOf(demoUsers);
  }

  public record User(String username, String password, List<String> roles) {
    public User {
      roles = roles == null ? List.of() : List.copyOf(roles);
    }
  }

  /**
   * After {@code maxPerUser} failures for one user name, or {@code maxPerAddress} from one client
   * address, within {@code window}, sign-ins for that name or from that address are refused for
   * {@code lockout}; each further lockout in a row lasts twice as long, up to {@code maxLockout}.
   */
  public record FailedLogins(
      @DefaultValue("5") int maxPerUser,
      @DefaultValue("20") int maxPerAddress,
      @DefaultValue("1m") Duration window,
      @DefaultValue("30s") Duration lockout,
      @DefaultValue("15m") Duration maxLockout,
      @DefaultValue("10000") int maxTracked) {

    public FailedLogins {
      require(maxPerUser > 0, "failed-logins.max-per-user must be at least 1");
      require(maxPerAddress > 0, "failed-logins.max-per-address must be at least 1");
      require(positive(window), "failed-logins.window must be positive");
      require(positive(lockout), "failed-logins.lockout must be positive");
      require(
          maxLockout != null && maxLockout.compareTo(lockout) >= 0,
          "failed-logins.max-lockout must be at least failed-logins.lockout");
      require(maxTracked > 0, "failed-logins.max-tracked must be at least 1");
    }
  }

  /**
   * A successful password check is remembered for {@code ttl} (zero: never), for at most {@code
   * maxEntries} user and password pairs at a time.
   */
  public record CredentialCache(
      @DefaultValue("60s") Duration ttl, @DefaultValue("1000") int maxEntries) {

    public CredentialCache {
      require(ttl != null && !ttl.isNegative(), "credential-cache.ttl must not be negative");
      require(maxEntries > 0, "credential-cache.max-entries must be at least 1");
    }
  }

  /**
   * Where a bearer token carries the user's name and ledger roles. The token itself is checked by
   * Spring Security's resource server ({@code spring.security.oauth2.resourceserver.jwt.*}:
   * signature, issuer, expiry); bearer tokens are accepted only when that is configured.
   *
   * @param nameClaim the claim whose value is recorded as the actor (falls back to {@code sub})
   * @param rolesClaim the claim with the roles, a list of strings; a dotted path reaches into an
   *     object, as Keycloak's {@code realm_access.roles}
   * @param rolePrefix stripped from each role before it is matched to a ledger role code (for
   *     example {@code ipo-ledger-} for a realm role {@code ipo-ledger-secretariaat})
   */
  public record Bearer(
      @DefaultValue("preferred_username") String nameClaim,
      @DefaultValue("roles") String rolesClaim,
      @DefaultValue("") String rolePrefix) {

    public Bearer {
      require(nameClaim != null && !nameClaim.isBlank(), "bearer.name-claim must be set");
      require(rolesClaim != null && !rolesClaim.isBlank(), "bearer.roles-claim must be set");
      rolePrefix = rolePrefix == null ? "" : rolePrefix;
    }
  }

  /**
   * Personal access tokens ({@code ledger.security.personal-tokens.*}): a token is valid until the
   * end of the day its user chose, at most {@code maxValidity} ahead ({@code defaultValidity} is
   * what the form proposes); a user holds at most {@code maxActive} tokens that are neither revoked
   * nor expired. Zero {@code maxActive} turns personal tokens off.
   */
  public record PersonalTokens(
      @DefaultValue("90d") Duration defaultValidity,
      @DefaultValue("365d") Duration maxValidity,
      @DefaultValue("10") int maxActive) {

    public PersonalTokens {
      require(positive(maxValidity), "personal-tokens.max-validity must be positive");
      require(
          positive(defaultValidity) && defaultValidity.compareTo(maxValidity) <= 0,
          "personal-tokens.default-validity must be positive and at most max-validity");
      require(maxActive >= 0, "personal-tokens.max-active must not be negative");
    }

    public boolean enabled() {
      return maxActive > 0;
    }
  }

  private static boolean positive(Duration duration) {
    return duration != null && !duration.isNegative() && !duration.isZero();
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException("ledger.security." + message);
    }
  }
}
