package nl.ipo.ledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The ledger's command-line settings for a benchmark run: its embedded H2 in the output folder
 * (emptied first unless {@code --keep}), or the PostgreSQL database given by {@code --pg-url},
 * {@code --pg-user} and {@code --pg-password}, with the demo users configured as production must.
 */
final class LedgerSettings {

  /** The demo users' names and bcrypt hashes (cost 10; the password is the name). */
  private static final String[][] USERS = {
    {"secretariaat", "$2a$10$qYu2QolvZLrB0joE9gQ90uG6faEcUywxgYKHf4HMvlJW5UvU/kOsq"},
    {"av-lid", "$2a$10$39bDhkmvN8DEcXsfwW97xuJpd2c4cjaXZEqhJIpc2QCLFfDtwUwsO"},
    {"auditor", "$2a$10$8WwTYHLqQaCK2xjCHNA/FuCRzmkaC.fu/97OhKM7mJm0huYZ52nQ2"},
    {"beheerder", "$2a$10$VhA7ZcuWV5f2QBwHC3Hx.O2OifWzQi6Nuq3YZr/UkiKb7t6T9o8J6"}
  };

  final List<String> args;
  final Store store;

  private LedgerSettings(List<String> args, Store store) {
    this.args = List.copyOf(args);
    this.store = store;
  }

  /**
   * The settings; with {@code shareH2} the embedded database also lets the harness connect beside
   * the ledger (H2's automatic mixed mode), which the raw baselines need.
   */
  static LedgerSettings of(Map<String, String> options, Path out, boolean shareH2)
      throws IOException {
    List<String> settings = new ArrayList<>();
    String db = options.getOrDefault("db", "h2");
    Store store;
    if (db.equals("h2")) {
      Path data = out.resolve("data");
      if (!options.containsKey("keep")) {
        deleteTree(data);
      }
      // H2's mixed mode (AUTO_SERVER) lets the harness read the store beside the ledger; it
      // does not go together with DB_CLOSE_ON_EXIT=FALSE, which the ledger's own URL sets
      String url =
          "jdbc:h2:file:"
              + data.resolve("ipo-ledger")
              + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
              + (shareH2 ? ";AUTO_SERVER=TRUE" : ";DB_CLOSE_ON_EXIT=FALSE");
      settings.add("--spring.datasource.url=" + url);
      settings.add("--ledger.audit.key-file=" + data.resolve("signing-key.pkcs8"));
      store = new Store(url, "sa", "");
    } else if (db.equals("pg")) {
      String url = require(options, "pg-url");
      settings.add("--spring.datasource.url=" + url);
      settings.add("--spring.datasource.username=" + require(options, "pg-user"));
      settings.add("--spring.datasource.password=" + require(options, "pg-password"));
      settings.add("--ledger.audit.signing-key=" + signingKey());
      for (int i = 0; i < USERS.length; i++) {
        settings.add("--ledger.security.users[" + i + "].username=" + USERS[i][0]);
        settings.add("--ledger.security.users[" + i + "].password={bcrypt}" + USERS[i][1]);
        settings.add("--ledger.security.users[" + i + "].roles=" + USERS[i][0]);
      }
      store = new Store(url, options.get("pg-user"), options.get("pg-password"));
    } else {
      throw new IllegalArgumentException("--db is h2 or pg");
    }
    // the no-op processor the rebuild workload replays beside the read models (NoOpProcessor in
    // infra): one segment, batches as the projections take them
    settings.add("--ledger.bench.noop-processor=true");
    settings.add("--axon.eventhandling.processors.bench-noop.mode=pooled");
    settings.add("--axon.eventhandling.processors.bench-noop.initial-segment-count=1");
    settings.add("--axon.eventhandling.processors.bench-noop.batch-size=100");
    return new LedgerSettings(settings, store);
  }

  private static String require(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException("--" + name + " is needed with --db=pg");
    }
    return value;
  }

  private static String signingKey() {
    try {
      var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      return Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
