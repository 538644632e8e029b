package nl.ipo.ledger.infra.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the checkpoint signing key comes from. Configured ({@code ledger.audit.signing-key}, or an
 * existing {@code ledger.audit.key-file}) it is simply read. Only the embedded H2 database may have
 * the ledger create a key of its own, because there the key and the events sit side by side anyway;
 * a production ledger whose key went missing must not quietly start signing with a new one, since
 * checkpoints signed before could then no longer be checked against its public key.
 */
public final class SigningKeySource {

  /** The ledger's own key on the embedded default, beside the H2 database. */
  public static final Path DEFAULT_KEY_FILE = Path.of("data", "ledger-signing-key.pkcs8");

  private static final Logger log = LoggerFactory.getLogger(SigningKeySource.class);

  private static final String HOW =
      "Set ledger.audit.signing-key (environment LEDGER_AUDIT_SIGNING_KEY) to a base64 PKCS#8"
          + " Ed25519 private key, e.g. from `openssl genpkey -algorithm ed25519 -outform DER |"
          + " base64 -w0`, or ledger.audit.key-file to a file holding one; see docs/operations.md,"
          + " 'Signing key'.";

  private SigningKeySource() {}

  /**
   * The base64 PKCS#8 key.
   *
   * @param signingKey {@code ledger.audit.signing-key}, blank when not set
   * @param keyFile {@code ledger.audit.key-file}, blank when not set
   * @param embedded whether the ledger runs on its embedded H2 database
   * @param newKey makes a new key, on the embedded database only
   * @throws IllegalStateException when no key is configured outside the embedded database
   */
  public static String pkcs8(
      String signingKey, String keyFile, boolean embedded, Supplier<String> newKey) {
    if (signingKey != null && !signingKey.isBlank()) {
      return signingKey;
    }
    boolean configuredFile = keyFile != null && !keyFile.isBlank();
    if (!embedded && !configuredFile) {
      throw new IllegalStateException(
          "No checkpoint signing key configured. Outside the embedded H2 database the ledger"
              + " does not create a key of its own. "
              + HOW);
    }
    Path file = configuredFile ? Path.of(keyFile.strip()) : DEFAULT_KEY_FILE;
    try {
      if (Files.exists(file)) {
        if (embedded) {
          // the ledger's own key, possibly created by an earlier version under a looser umask
          PrivateFiles.restrictToOwner(file);
        } else if (PrivateFiles.openToOthers(file)) {
          log.warn(
              "The signing key file {} may be read by other accounts on this machine; make it"
                  + " readable by the ledger's account only (chmod 600)",
              file.toAbsolutePath());
        }
        return Files.readString(file);
      }
      if (!embedded) {
        throw new IllegalStateException(
            "The configured signing key file ledger.audit.key-file="
                + file.toAbsolutePath()
                + " does not exist. Outside the embedded H2 database the ledger does not create"
                + " a key of its own. "
                + HOW);
      }
      PrivateFiles.writeNew(file, newKey.get());
      log.warn(
          "No ledger.audit.signing-key configured: created a checkpoint signing key in {}; keep it"
              + " safe, or configure your own",
          file.toAbsolutePath());
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the signing key " + file, e);
    }
  }
}
