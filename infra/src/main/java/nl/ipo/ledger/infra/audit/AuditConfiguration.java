package nl.ipo.ledger.infra.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The checkpoint signing key: {@code ledger.audit.signing-key} (base64 PKCS#8 Ed25519). Without it,
 * the ledger keeps a key of its own in {@code ledger.audit.key-file} (created on first start),
 * which suits the embedded default; production configures the key.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

  private static final Logger log = LoggerFactory.getLogger(AuditConfiguration.class);

  @Bean
  CheckpointSigner checkpointSigner(
      @Value("${ledger.audit.signing-key:}") String configured,
      @Value("${ledger.audit.key-file:./data/ledger-signing-key.pkcs8}") Path keyFile) {
    if (!configured.isBlank()) {
      return CheckpointSigner.fromPkcs8(configured);
    }
    try {
      if (!Files.exists(keyFile)) {
        Files.createDirectories(keyFile.toAbsolutePath().getParent());
        Files.writeString(keyFile, CheckpointSigner.newPkcs8Key());
        log.warn(
            "No ledger.audit.signing-key configured: created a checkpoint signing key in {}; keep it"
                + " safe, or configure your own",
            keyFile.toAbsolutePath());
      }
      return CheckpointSigner.fromPkcs8(Files.readString(keyFile));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the signing key " + keyFile, e);
    }
  }
}
