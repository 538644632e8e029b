package nl.ipo.ledger.bench;

import java.nio.charset.StandardCharsets;
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
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /**
   * The position of the processor segment furthest behind: the least {@code "index"} of the
   * tracking tokens in {@code token_entry} (Axon's JSON tokens), -1 for a segment without one.
   */
  long slowestProcessor() {
    long slowest = Long.MAX_VALUE;
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery("SELECT token FROM token_entry WHERE processor_name <> 'bench-noop'")) {
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

  /**
   * Waits until every processor segment has handled the store's last event (the read models have
   * caught up with what was loaded), at most {@code limit}; returns whether they did.
   */
  boolean awaitProcessors(java.time.Duration limit) {
    long target = head();
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (slowestProcessor() >= target) {
        return true;
      }
      LedgerProcess.sleep(500);
    }
    return false;
  }

  /** How many events the hash chain has sealed. */
  long sealed() {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM audit_chain")) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The identifiers of the sealed events at the given chain positions. */
  java.util.List<String> sealedAt(java.util.List<Long> positions) {
    java.util.List<String> ids = new java.util.ArrayList<>();
    try (Connection c = connect();
        java.sql.PreparedStatement s =
            c.prepareStatement("SELECT event_identifier FROM audit_chain WHERE position = ?")) {
      for (long position : positions) {
        s.setLong(1, position);
        try (ResultSet r = s.executeQuery()) {
          if (r.next()) {
            ids.add(r.getString(1));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return ids;
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

  /** The global index of the newest stored event; -1 for an empty store. */
  long head() {
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

  private static final Pattern TOKEN_INDEX = Pattern.compile("\"index\"\\s*:\\s*(\\d+)");

  /**
   * The global index up to which the sealer ({@code audit-seal}, one segment) has chained the
   * store, read from its token (Axon's JSON {@code GapAwareTrackingToken}); -1 when it has none.
   */
  long sealedUpTo() {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery("SELECT token FROM token_entry WHERE processor_name = 'audit-seal'")) {
      if (!r.next() || r.getBytes(1) == null) {
        return -1;
      }
      Matcher m = TOKEN_INDEX.matcher(new String(r.getBytes(1), StandardCharsets.UTF_8));
      return m.find() ? Long.parseLong(m.group(1)) : -1;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /**
   * Grows the store to at least {@code size} events by copying the gremia's recorded streams (every
   * {@code GremiumEvent} row stored so far, all recorded through the ledger's command side) under
   * new identities: each copy maps every UUID in a row (its event and aggregate identifier, and
   * those inside its payload and metadata) to a name-based UUID of the original and the copy's
   * number, so a copy is a consistent set of new gremia, members and memberships with the same
   * shape, dates and sequence numbers as the originals. The rows are written directly, in their
   * original order, in one transaction, with the bytes the ledger's serializer wrote; the ledger's
   * processors (the sealer and the read models) then take them up as any new events. Returns the
   * rows written.
   */
  long copyGremiumStreams(long size) {
    long now = events();
    if (now >= size) {
      return 0;
    }
    String select =
        "SELECT event_identifier, aggregate_identifier, sequence_number, type, time_stamp,"
            + " payload_type, payload_revision, payload, meta_data FROM domain_event_entry"
            + " WHERE payload_type LIKE 'nl.ipo.ledger.kernel.gremium.GremiumEvent$%'"
            + " ORDER BY global_index";
    String insert =
        "INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number,"
            + " type, time_stamp, payload_type, payload_revision, payload, meta_data)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    record Row(
        String event,
        String aggregate,
        long sequence,
        String type,
        String time,
        String payloadType,
        String revision,
        String payload,
        String metaData) {}
    long written = 0;
    try (Connection c = connect()) {
      java.util.List<Row> rows = new java.util.ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery(select)) {
        while (r.next()) {
          byte[] meta = r.getBytes(9);
          rows.add(
              new Row(
                  r.getString(1),
                  r.getString(2),
                  r.getLong(3),
                  r.getString(4),
                  r.getString(5),
                  r.getString(6),
                  r.getString(7),
                  new String(r.getBytes(8), StandardCharsets.UTF_8),
                  meta == null ? null : new String(meta, StandardCharsets.UTF_8)));
        }
      }
      if (rows.isEmpty()) {
        return 0;
      }
      c.setAutoCommit(false);
      try (PreparedStatement s = c.prepareStatement(insert)) {
        for (int copy = 1; now + written < size; copy++) {
          Map<String, String> names = new java.util.HashMap<>();
          for (Row row : rows) {
            int k = copy;
            s.setString(1, renamed(row.event(), k, names));
            s.setString(2, renamed(row.aggregate(), k, names));
            s.setLong(3, row.sequence());
            s.setString(4, row.type());
            s.setString(5, row.time());
            s.setString(6, row.payloadType());
            s.setString(7, row.revision());
            s.setBytes(8, renamed(row.payload(), k, names).getBytes(StandardCharsets.UTF_8));
            s.setBytes(
                9,
                row.metaData() == null
                    ? null
                    : renamed(row.metaData(), k, names).getBytes(StandardCharsets.UTF_8));
            s.addBatch();
            if (++written % 1000 == 0) {
              s.executeBatch();
            }
          }
          s.executeBatch();
        }
      }
      // one transaction: the ledger's processors see the copies only once all are written
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return written;
  }

  /** The text with every UUID in it replaced by the copy's own, the same one for the same UUID. */
  static String renamed(String text, int copy, Map<String, String> names) {
    Matcher m = UUID_TEXT.matcher(text);
    return m.replaceAll(
        uuid ->
            names.computeIfAbsent(
                uuid.group().toLowerCase(java.util.Locale.ROOT),
                original ->
                    UUID.nameUUIDFromBytes(
                            (original + "/copy " + copy).getBytes(StandardCharsets.UTF_8))
                        .toString()));
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
