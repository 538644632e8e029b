package nl.ipo.ledger.infra.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the checkpoint signing key comes from, and who may read it (POSIX file systems). */
class SigningKeySourceTest {

  private static final String KEY =
      "MC4CAQAwBQYDK2VwBCIEICEzf65YRQY+K45Bjd/RmrBP3A/HliQJHtZudeitPc4e";
  private static final Supplier<String> NO_NEW_KEY =
      () -> {
        throw new AssertionError("no key may be created here");
      };

  @TempDir Path dir;

  private static String permissions(Path path) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }

  @Test
  void givenTheEmbeddedDatabase_whenNoKeyExists_thenTheLedgerCreatesOneOnlyItsOwnerMayRead()
      throws Exception {
    Path file = dir.resolve("data").resolve("keys").resolve("ledger-signing-key.pkcs8");

    String created = SigningKeySource.pkcs8("", file.toString(), true, () -> KEY);

    assertThat(created).isEqualTo(KEY);
    assertThat(permissions(file)).isEqualTo("rw-------");
    assertThat(permissions(file.getParent())).isEqualTo("rwx------");
    assertThat(permissions(dir.resolve("data"))).isEqualTo("rwx------");
    assertThat(SigningKeySource.pkcs8("", file.toString(), true, NO_NEW_KEY))
        .as("the second start reads the same key")
        .isEqualTo(KEY);
  }

  @Test
  void givenTheEmbeddedDatabase_whenAnEarlierVersionLeftTheKeyReadableByAll_thenItIsTightened()
      throws Exception {
    Path file = dir.resolve("ledger-signing-key.pkcs8");
    Files.writeString(file, KEY);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    assertThat(SigningKeySource.pkcs8(" ", file.toString(), true, NO_NEW_KEY)).isEqualTo(KEY);
    assertThat(permissions(file)).isEqualTo("rw-------");
  }

  @Test
  void givenAnotherDatabase_whenNoKeyIsConfigured_thenTheStartStopsSayingWhatToConfigure() {
    assertThatThrownBy(() -> SigningKeySource.pkcs8("", "", false, NO_NEW_KEY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("No checkpoint signing key configured")
        .hasMessageContaining("ledger.audit.signing-key")
        .hasMessageContaining("ledger.audit.key-file")
        .hasMessageContaining("docs/operations.md");
  }

  @Test
  void givenAnotherDatabase_whenTheConfiguredKeyFileIsMissing_thenTheStartStopsAndNoKeyIsMade() {
    Path file = dir.resolve("missing.pkcs8");
    assertThatThrownBy(() -> SigningKeySource.pkcs8(null, file.toString(), false, NO_NEW_KEY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("does not exist")
        .hasMessageContaining("docs/operations.md");
    assertThat(file).doesNotExist();
  }

  @Test
  void givenAnotherDatabase_whenTheKeyIsConfigured_thenItIsUsedAndTheOperatorsFileIsLeftAlone()
      throws Exception {
    Path file = dir.resolve("operator.pkcs8");
    Files.writeString(file, KEY);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

    assertThat(SigningKeySource.pkcs8("", file.toString(), false, NO_NEW_KEY)).isEqualTo(KEY);
    assertThat(permissions(file)).isEqualTo("rw-r-----");
    assertThat(SigningKeySource.pkcs8("configured", file.toString(), false, NO_NEW_KEY))
        .isEqualTo("configured");
  }
}
