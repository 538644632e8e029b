package nl.ipo.ledger.infra.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Which users the ledger starts with, read from its own application*.yml as a real start reads
 * them: the demo users on the embedded default only, and no start without users anywhere else.
 */
class LedgerUsersTest {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(LedgerSecurityProperties.class)
  static class Users {}

  private final ApplicationContextRunner ledger =
      new ApplicationContextRunner()
          .withInitializer(new ConfigDataApplicationContextInitializer())
          .withUserConfiguration(Users.class, LedgerUsersConfiguration.class);

  private static final String[] ONE_USER = {
    "ledger.security.users[0].username=j.jansen",
    "ledger.security.users[0].password="
        + "{bcrypt}$2a$10$qYu2QolvZLrB0joE9gQ90uG6faEcUywxgYKHf4HMvlJW5UvU/kOsq",
    "ledger.security.users[0].roles=secretariaat"
  };

  @Test
  void givenNothingConfigured_thenTheEmbeddedDefaultHasOneDemoUserPerRoleWithItsNameAsPassword() {
    ledger.run(
        context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getEnvironment().getActiveProfiles()).isEmpty();
          assertThat(context.getEnvironment().getDefaultProfiles()).containsExactly("demo");
          UserDetailsService users = context.getBean(UserDetailsService.class);
          PasswordEncoder encoder = context.getBean(PasswordEncoder.class);
          for (LedgerRole role : LedgerRole.values()) {
            UserDetails user = users.loadUserByUsername(role.code());
            assertThat(encoder.matches(role.code(), user.getPassword())).isTrue();
            assertThat(user.getAuthorities())
                .extracting(Object::toString)
                .containsExactly(role.authority());
          }
        });
  }

  @Test
  void givenAPostgresDatasourceWithoutUsers_thenTheLedgerRefusesToStartWithTheDemoUsers() {
    ledger
        .withPropertyValues(
            "spring.datasource.url=jdbc:postgresql://db.example:5432/ipo_ledger?password=geheim")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .rootCause()
                  .hasMessageContaining(
                      "No users configured for the database jdbc:postgresql://db.example:5432/ipo_ledger:")
                  .hasMessageContaining(
                      "demo users (password = user name) serve only the embedded H2 database")
                  .hasMessageContaining("ledger.security.users")
                  .hasMessageContaining("docs/operations.md")
                  .hasMessageNotContaining("geheim");
            });
  }

  @Test
  void givenAnH2Server_thenItCountsAsAnotherDatabase() {
    ledger
        .withPropertyValues("spring.datasource.url=jdbc:h2:tcp://db.example/ipo-ledger")
        .run(
            context ->
                assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("serve only the embedded H2 database"));
  }

  @Test
  void givenThePostgresProfileWithoutUsers_thenTheLedgerRefusesToStart() {
    ledger
        .withPropertyValues("spring.profiles.active=postgres")
        .run(
            context ->
                assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("No users configured (ledger.security.users is empty)")
                    .hasMessageContaining("docs/operations.md"));
  }

  @Test
  void givenAPostgresDatasourceWithUsers_thenOnlyThoseUsersExist() {
    ledger
        .withPropertyValues(ONE_USER)
        .withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/ipo_ledger")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              UserDetailsService users = context.getBean(UserDetailsService.class);
              assertThat(users.loadUserByUsername("j.jansen").getAuthorities())
                  .extracting(Object::toString)
                  .containsExactly("ROLE_secretariaat");
              assertThat(catchThrowable(() -> users.loadUserByUsername("secretariaat")))
                  .isInstanceOf(UsernameNotFoundException.class);
            });
  }
}
