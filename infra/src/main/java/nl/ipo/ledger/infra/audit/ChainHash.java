package nl.ipo.ledger.infra.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain over the event store, as documented in docs/audit.md so that anyone can recompute
 * it without this code.
 *
 * <p>An entry hash binds one stored event exactly as the database holds it: SHA-256 over the
 * length-prefixed fields (each a 4-byte big-endian length, then the bytes; UTF-8 for text) {@code
 * global_index} (decimal), {@code event_identifier}, {@code aggregate_identifier}, {@code
 * sequence_number} (decimal), {@code type}, {@code payload_type}, {@code payload_revision}, {@code
 * time_stamp}, {@code payload}, {@code meta_data} (a null field has length -1 and no bytes). The
 * chain hash at position n is SHA-256(chain hash at n-1 ‖ entry hash at n), starting from 32 zero
 * bytes.
 */
public final class ChainHash {

  public static final byte[] GENESIS = new byte[32];

  private ChainHash() {}

  /** One stored event, with its raw columns. */
  public record StoredEvent(
      long globalIndex,
      String eventIdentifier,
      String aggregateIdentifier,
      long sequenceNumber,
      String type,
      String payloadType,
      String payloadRevision,
      String timeStamp,
      byte[] payload,
      byte[] metaData) {}

  public static byte[] entry(StoredEvent e) {
    MessageDigest digest = sha256();
    field(digest, text(Long.toString(e.globalIndex())));
    field(digest, text(e.eventIdentifier()));
    field(digest, text(e.aggregateIdentifier()));
    field(digest, text(Long.toString(e.sequenceNumber())));
    field(digest, text(e.type()));
    field(digest, text(e.payloadType()));
    field(digest, text(e.payloadRevision()));
    field(digest, text(e.timeStamp()));
    field(digest, e.payload());
    field(digest, e.metaData());
    return digest.digest();
  }

  public static byte[] link(byte[] previousChainHash, byte[] entryHash) {
    MessageDigest digest = sha256();
    digest.update(previousChainHash);
    digest.update(entryHash);
    return digest.digest();
  }

  public static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static byte[] text(String value) {
    return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
  }

  private static void field(MessageDigest digest, byte[] bytes) {
    digest.update(ByteBuffer.allocate(4).putInt(bytes == null ? -1 : bytes.length).array());
    if (bytes != null) {
      digest.update(bytes);
    }
  }
}
