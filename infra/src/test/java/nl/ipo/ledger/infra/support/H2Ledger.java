package nl.ipo.ledger.infra.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** The whole ledger on an in-memory H2 database in PostgreSQL mode, on a random port. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:ipo-ledger-test;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
          + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE",
      "spring.datasource.username=sa",
      "spring.datasource.password=",
      // Spring keeps each test context, and its pool, open for the next test class: at the
      // ledger's own 24 a connection apiece the server's 100 would run out
      "spring.datasource.hikari.maximum-pool-size=10",
      "ledger.deadlines.polling-interval=PT1S",
      "ledger.audit.checkpoint-every=25",
      "ledger.journal.load-on-start=false",
      // small export batches, so the tests cross batch boundaries with a few hundred facts
      "ledger.journal.export-batch-size=100",
      "ledger.audit.key-file=target/test-signing-key.pkcs8"
    })
public @interface H2Ledger {}
