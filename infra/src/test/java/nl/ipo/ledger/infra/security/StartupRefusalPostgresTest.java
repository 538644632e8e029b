package nl.ipo.ledger.infra.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.ipo.ledger.infra.LedgerApplication;
import nl.ipo.ledger.infra.support.PostgresLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The whole ledger started as an operator would start it on PostgreSQL (the server {@code bin/test}
 * provides), with the standard spring.datasource settings and no profile: without users or without
 * a signing key it does not start, and says what to configure.
 */
class StartupRefusalPostgresTest {

  private static final String USERS =
      "--ledger.security.users[0].username=j.jansen,"
          + "--ledger.security.users[0].password="
          + "{bcrypt}$2a$10$qYu2QolvZLrB0joE9gQ90uG6faEcUywxgYKHf4HMvlJW5UvU/kOsq,"
          + "--ledger.security.users[0].roles=secretariaat";

  @TempDir Path dir;

  private static void start(String... settings) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--spring.datasource.url=" + System.getProperty("ledger.test.pg.url"),
                "--spring.datasource.username=" + System.getProperty("ledger.test.pg.user"),
                "--spring.datasource.password=" + System.getProperty("ledger.test.pg.password"),
                "--ledger.journal.load-on-start=false"));
    args.addAll(List.of(settings));
    new SpringApplicationBuilder(LedgerApplication.class).run(args.toArray(String[]::new)).close();
  }

  @Test
  void withoutUsers_theLedgerRefusesTheDemoUsersAndDoesNotStart() {
    assertThatThrownBy(() -> start("--ledger.audit.signing-key=" + PostgresLedger.TEST_SIGNING_KEY))
        .rootCause()
        .hasMessageContaining("No users configured for the database jdbc:postgresql://")
        .hasMessageContaining("the demo users (password = user name) serve only the embedded H2")
        .hasMessageContaining("Configure ledger.security.users")
        .hasMessageContaining("docs/operations.md");
  }

  @Test
  void withoutASigningKey_theLedgerCreatesNoneAndDoesNotStart() {
    assertThatThrownBy(() -> start(USERS.split(",")))
        .rootCause()
        .hasMessageContaining("No checkpoint signing key configured")
        .hasMessageContaining("ledger.audit.signing-key")
        .hasMessageContaining("docs/operations.md");
  }

  @Test
  void withAConfiguredKeyFileThatIsMissing_theLedgerCreatesNoneAndDoesNotStart() {
    Path missing = dir.resolve("ledger-signing-key.pkcs8");
    List<String> settings = new ArrayList<>(List.of(USERS.split(",")));
    settings.add("--ledger.audit.key-file=" + missing);
    assertThatThrownBy(() -> start(settings.toArray(String[]::new)))
        .rootCause()
        .hasMessageContaining("ledger.audit.key-file=" + missing)
        .hasMessageContaining("does not exist");
    assertThat(missing).doesNotExist();
  }
}
