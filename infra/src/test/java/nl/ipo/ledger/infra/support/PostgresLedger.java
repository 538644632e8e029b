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
 * are never skipped. Outside the embedded database the ledger has no demo users and creates no
 * signing key, so the tests configure both, as production must: the demo users' names and passwords
 * (password = user name) and a fixed test key.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=${ledger.test.pg.url}",
      "spring.datasource.username=${ledger.test.pg.user}",
      "spring.datasource.password=${ledger.test.pg.password}",
      // Spring keeps each test context, and its pool, open for the next test class: at the
      // ledger's own 24 a connection apiece the server's 100 would run out
      "spring.datasource.hikari.maximum-pool-size=10",
      "ledger.deadlines.polling-interval=PT1S",
      "ledger.audit.checkpoint-every=25",
      "ledger.journal.load-on-start=false",
      // small export batches, so the tests cross batch boundaries with a few hundred facts
      "ledger.journal.export-batch-size=100",
      "ledger.audit.signing-key=" + PostgresLedger.TEST_SIGNING_KEY,
      "ledger.security.users[0].username=secretariaat",
      "ledger.security.users[0].password="
          + "{bcrypt}$2a$10$qYu2QolvZLrB0joE9gQ90uG6faEcUywxgYKHf4HMvlJW5UvU/kOsq",
      "ledger.security.users[0].roles=secretariaat",
      "ledger.security.users[1].username=av-lid",
      "ledger.security.users[1].password="
          + "{bcrypt}$2a$10$39bDhkmvN8DEcXsfwW97xuJpd2c4cjaXZEqhJIpc2QCLFfDtwUwsO",
      "ledger.security.users[1].roles=av-lid",
      "ledger.security.users[2].username=auditor",
      "ledger.security.users[2].password="
          + "{bcrypt}$2a$10$8WwTYHLqQaCK2xjCHNA/FuCRzmkaC.fu/97OhKM7mJm0huYZ52nQ2",
      "ledger.security.users[2].roles=auditor",
      "ledger.security.users[3].username=beheerder",
      "ledger.security.users[3].password="
          + "{bcrypt}$2a$10$VhA7ZcuWV5f2QBwHC3Hx.O2OifWzQi6Nuq3YZr/UkiKb7t6T9o8J6",
      "ledger.security.users[3].roles=beheerder"
    })
public @interface PostgresLedger {

  /** A base64 PKCS#8 Ed25519 key for the tests only (openssl genpkey -algorithm ed25519). */
  String TEST_SIGNING_KEY = "MC4CAQAwBQYDK2VwBCIEICEzf65YRQY+K45Bjd/RmrBP3A/HliQJHtZudeitPc4e";
}
