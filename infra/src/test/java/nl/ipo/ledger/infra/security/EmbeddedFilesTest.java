package nl.ipo.ledger.infra.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import nl.ipo.ledger.infra.LedgerApplication;
import nl.ipo.ledger.infra.support.LedgerHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embedded default as {@code bin/run} starts it, in a fresh data directory: the demo users sign
 * in, and the directory, the H2 files and the signing key belong to the ledger's account alone
 * (POSIX file systems).
 */
class EmbeddedFilesTest {

  @TempDir Path dir;

  private static String permissions(Path path) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }

  @Test
  void theDataDirectoryTheDatabaseAndTheKeyAreTheLedgersOwn_andTheDemoUsersSignIn()
      throws Exception {
    Path data = dir.resolve("data");
    Path key = data.resolve("ledger-signing-key.pkcs8");
    String url =
        "jdbc:h2:file:"
            + data.resolve("ipo-ledger")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE";
    try (ConfigurableApplicationContext ledger =
        new SpringApplicationBuilder(LedgerApplication.class)
            .run(
                "--server.port=0",
                "--spring.datasource.url=" + url,
                "--ledger.audit.key-file=" + key,
                "--ledger.journal.load-on-start=false")) {
      assertThat(permissions(data)).isEqualTo("rwx------");
      assertThat(permissions(key)).isEqualTo("rw-------");
      assertThat(permissions(data.resolve("ipo-ledger.mv.db"))).isEqualTo("rw-------");
      assertThat(permissions(data.resolve("ipo-ledger.trace.db"))).isEqualTo("rw-------");

      int port = ((WebServerApplicationContext) ledger).getWebServer().getPort();
      LedgerHttp http = new LedgerHttp(port, ledger.getBean(JsonMapper.class));
      for (LedgerRole role : LedgerRole.values()) {
        assertThat(http.get(role.code(), "/api/structure").status()).as(role.code()).isEqualTo(200);
      }
    }
    // H2 may write its trace while it shuts down, after the ledger's last look at the files
    try (Stream<Path> files = Files.list(data)) {
      for (Path file : files.toList()) {
        assertThat(permissions(file)).as(file.toString()).isEqualTo("rw-------");
      }
    }
  }
}
