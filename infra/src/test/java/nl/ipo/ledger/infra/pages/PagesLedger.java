package nl.ipo.ledger.infra.pages;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole ledger as a user meets it: on its own in-memory H2 database, with the IPO's history
 * 2018–2023 loaded from the shipped journal and the demo users, on a random port. Every page test
 * class uses exactly these settings, so they share one running ledger.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:ipo-ledger-pages;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
          + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE",
      "spring.datasource.username=sa",
      "spring.datasource.password=",
      "ledger.deadlines.polling-interval=PT1S",
      "ledger.journal.load-on-start=true",
      "ledger.audit.key-file=target/test-pages-signing-key.pkcs8"
    })
public @interface PagesLedger {}
