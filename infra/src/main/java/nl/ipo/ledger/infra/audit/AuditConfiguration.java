package nl.ipo.ledger.infra.audit;

import nl.ipo.ledger.infra.security.EmbeddedDatabase;
import nl.ipo.ledger.infra.security.SigningKeySource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The checkpoint signing key: {@code ledger.audit.signing-key} (base64 PKCS#8 Ed25519) or the file
 * {@code ledger.audit.key-file}. Only on the embedded H2 database does the ledger create a key of
 * its own (in the key file, by default {@code ./data/ledger-signing-key.pkcs8}, readable by its
 * owner only); anywhere else a missing key stops the start (see {@link SigningKeySource}).
 *
 * <p>Scheduling is on for the background verification of the chain ({@link ChainReports}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditConfiguration {

  @Bean
  CheckpointSigner checkpointSigner(
      @Value("${ledger.audit.signing-key:}") String configured,
      @Value("${ledger.audit.key-file:}") String keyFile,
      Environment environment) {
    return CheckpointSigner.fromPkcs8(
        SigningKeySource.pkcs8(
            configured,
            keyFile,
            EmbeddedDatabase.isEmbedded(environment),
            CheckpointSigner::newPkcs8Key));
  }
}
