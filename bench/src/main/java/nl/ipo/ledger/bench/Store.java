package nl.ipo.ledger.bench;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ledger's database, read by the harness over JDBC beside the ledger: the size of the event
 * store, the server's settings, and the raw baselines (Axon's {@code domain_event_entry} read in
 * {@code global_index} order, as fast as one JDBC client reads it, then hashed or parsed).
 */
final class Store {

  /** What a raw pass over the events did: how many rows, in how many seconds. */
  record Pass(long rows, double seconds, long check) {
    double rate() {
      return rows / seconds;
    }
  }

  private static final String EVENTS_IN_ORDER =
      "SELECT global_index, payload FROM domain_event_entry ORDER BY global_index";

  private final String url;
  private final String user;
  private final String password;

  Store(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  boolean postgres() {
    return url.startsWith("jdbc:postgresql:");
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  long events() {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM domain_event_entry")) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The highest global index in the store, or -1 when it is empty. */
  long lastIndex() {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery("SELECT COALESCE(MAX(global_index), -1) FROM domain_event_entry")) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The position of the processor segment furthest behind: the least {@code "index"} of the
   * tracking tokens in {@code token_entry} (Axon's JSON tokens), -1 for a segment without one.
   */
  long slowestProcessor() {
    long slowest = Long.MAX_VALUE;
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT token FROM token_entry")) {
      while (r.next()) {
        byte[] token = r.getBytes(1);
        java.util.regex.Matcher index =
            TOKEN_INDEX.matcher(
                token == null ? "" : new String(token, java.nio.charset.StandardCharsets.UTF_8));
        slowest = Math.min(slowest, index.find() ? Long.parseLong(index.group(1)) : -1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return slowest == Long.MAX_VALUE ? -1 : slowest;
  }

  private static final java.util.regex.Pattern TOKEN_INDEX =
      java.util.regex.Pattern.compile("\"index\"\\s*:\\s*(\\d+)");

  /**
   * Waits until every processor segment has handled the store's last event (the read models have
   * caught up with what was loaded), at most {@code limit}; returns whether they did.
   */
  boolean awaitProcessors(java.time.Duration limit) {
    long target = lastIndex();
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (slowestProcessor() >= target) {
        return true;
      }
      LedgerProcess.sleep(500);
    }
    return false;
  }

  /** The connections the PostgreSQL server holds (every database and user), or -1. */
  long connectionsInUse() {
    if (!postgres()) {
      return -1;
    }
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM pg_stat_activity")) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      return -1;
    }
  }

  /** The server's version and the settings that decide what a durable commit costs. */
  Map<String, String> settings() {
    Map<String, String> settings = new LinkedHashMap<>();
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      if (!postgres()) {
        settings.put("version", c.getMetaData().getDatabaseProductVersion());
        return settings;
      }
      for (String name :
          new String[] {
            "server_version", "shared_buffers", "synchronous_commit", "fsync", "max_connections"
          }) {
        try (ResultSet r = s.executeQuery("SHOW " + name)) {
          r.next();
          settings.put(name.equals("server_version") ? "version" : name, r.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return settings;
  }

  /** Every stored event in order, with SHA-256 over each payload: the verification's floor. */
  Pass selectAndHash() {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return pass(
        payload -> {
          byte[] digest = sha.digest(payload);
          return digest[0];
        });
  }

  /** Every stored event in order, each payload parsed as a JSON tree: the rebuild's floor. */
  Pass selectAndDeserialize() {
    JsonMapper json = JsonMapper.builder().build();
    return pass(payload -> json.readTree(payload).size());
  }

  private interface PerPayload {
    long apply(byte[] payload);
  }

  private Pass pass(PerPayload work) {
    long begin = System.nanoTime();
    long rows = 0;
    long check = 0;
    try (Connection c = connect()) {
      c.setAutoCommit(false); // PostgreSQL streams a result set only inside a transaction
      try (PreparedStatement s = c.prepareStatement(EVENTS_IN_ORDER)) {
        s.setFetchSize(1000);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            check += r.getLong(1) + work.apply(r.getBytes(2));
            rows++;
          }
        }
      }
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return new Pass(rows, (System.nanoTime() - begin) / 1e9, check);
  }

  /** Runs statements of the harness's own (the pgbench scratch table). */
  void execute(String sql) {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
