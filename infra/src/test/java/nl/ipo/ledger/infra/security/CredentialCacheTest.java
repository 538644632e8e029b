package nl.ipo.ledger.infra.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

class CredentialCacheTest {

  private final MutableClock clock = new MutableClock();
  private final CredentialCache cache =
      new CredentialCache(
          new LedgerSecurityProperties.CredentialCache(Duration.ofSeconds(60), 2), clock);

  private static UserDetails user(String name, String hash, String role) {
    return User.withUsername(name).password(hash).authorities(role).build();
  }

  @Test
  void givenACheckedPassword_thenOnlyThatPasswordFindsTheEntry_andTheKeyHoldsNoPassword() {
    UserDetails auditor = user("auditor", "{bcrypt}hash-1", "ROLE_auditor");
    CredentialCache.Key right = cache.key("auditor", "geheim");
    cache.remember(right, auditor);

    assertThat(cache.key("AUDITOR", "geheim")).isEqualTo(right);
    assertThat(cache.holdsFor(cache.key("auditor", "geheim"), auditor)).isTrue();
    assertThat(cache.contains(cache.key("auditor", "Geheim"))).isFalse();
    assertThat(right.toString()).doesNotContain("geheim");
    assertThat(
            new CredentialCache(
                    new LedgerSecurityProperties.CredentialCache(Duration.ofSeconds(60), 2), clock)
                .key("auditor", "geheim"))
        .as("a key drawn at random per process")
        .isNotEqualTo(right);
  }

  @Test
  void givenAnEntry_whenTheStoredHashOrTheRolesChange_thenItNoLongerHolds() {
    CredentialCache.Key key = cache.key("auditor", "geheim");
    cache.remember(key, user("auditor", "{bcrypt}hash-1", "ROLE_auditor"));
    assertThat(cache.holdsFor(key, user("auditor", "{bcrypt}hash-1", "ROLE_beheerder"))).isFalse();
    assertThat(cache.contains(key)).as("dropped").isFalse();

    cache.remember(key, user("auditor", "{bcrypt}hash-1", "ROLE_auditor"));
    assertThat(cache.holdsFor(key, user("auditor", "{bcrypt}hash-2", "ROLE_auditor"))).isFalse();
  }

  @Test
  void givenEntries_thenTheyExpireAndTheOldestUnusedMakesRoomWhenFull() {
    UserDetails a = user("a", "{bcrypt}a", "ROLE_auditor");
    UserDetails b = user("b", "{bcrypt}b", "ROLE_auditor");
    UserDetails c = user("c", "{bcrypt}c", "ROLE_auditor");
    cache.remember(cache.key("a", "1"), a);
    cache.remember(cache.key("b", "1"), b);
    assertThat(cache.holdsFor(cache.key("a", "1"), a)).isTrue();
    cache.remember(cache.key("c", "1"), c);
    assertThat(cache.contains(cache.key("b", "1"))).as("least recently used").isFalse();
    assertThat(cache.contains(cache.key("a", "1"))).isTrue();

    clock.advance(Duration.ofSeconds(60));
    assertThat(cache.contains(cache.key("a", "1"))).isFalse();
    assertThat(cache.holdsFor(cache.key("c", "1"), c)).isFalse();
  }

  @Test
  void givenNoTimeToLive_thenNothingIsRemembered() {
    CredentialCache off =
        new CredentialCache(new LedgerSecurityProperties.CredentialCache(Duration.ZERO, 10), clock);
    CredentialCache.Key key = off.key("a", "1");
    off.remember(key, user("a", "{bcrypt}a", "ROLE_auditor"));
    assertThat(off.contains(key)).isFalse();
  }
}
