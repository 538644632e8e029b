package nl.ipo.ledger.infra.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole ledger on the PostgreSQL server that {@code bin/test} provides (system properties
 * {@code ledger.test.pg.*}, set by the build). Without a reachable server these tests fail: they
 * are never skipped.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=${ledger.test.pg.url}",
      "spring.datasource.username=${ledger.test.pg.user}",
      "spring.datasource.password=${ledger.test.pg.password}",
      "ledger.deadlines.polling-interval=PT1S",
      "ledger.audit.checkpoint-every=25",
      "ledger.journal.load-on-start=false",
      // small export batches, so the tests cross batch boundaries with a few hundred facts
      "ledger.journal.export-batch-size=100",
      "ledger.audit.key-file=target/test-signing-key.pkcs8"
    })
public @interface PostgresLedger {}
