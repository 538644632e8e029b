package nl.ipo.ledger.infra.audit;

import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import nl.ipo.ledger.infra.audit.AuditStore.ChainEntry;
import nl.ipo.ledger.infra.audit.AuditStore.Checkpoint;
import nl.ipo.ledger.kernel.error.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs the chain's head: a checkpoint states the tree size, the chain hash at its head and the
 * Merkle root over its entries, signed with the ledger's Ed25519 key. Published (in AV minutes,
 * say), it lets anyone check later that the history it covers was not changed.
 */
@Component
public class Checkpoints {

  private static final Logger log = LoggerFactory.getLogger(Checkpoints.class);

  /**
   * A checkpoint as it is published: the hashes in hex, the signature in base64 (the API's export
   * and the verification page's).
   */
  public record Published(
      long number,
      long treeSize,
      String chainHead,
      String merkleRoot,
      String createdAt,
      String statement,
      String signature) {
    static Published of(Checkpoint c) {
      return new Published(
          c.number(),
          c.treeSize(),
          ChainHash.hex(c.chainHead()),
          ChainHash.hex(c.merkleRoot()),
          c.createdAt(),
          c.statement(),
          Base64.getEncoder().encodeToString(c.signature()));
    }
  }

  private final AuditStore store;
  private final MerkleNodes tree;
  private final CheckpointSigner signer;
  private final Clock clock;

  Checkpoints(AuditStore store, MerkleNodes tree, CheckpointSigner signer, Clock clock) {
    this.store = store;
    this.tree = tree;
    this.signer = signer;
    this.clock = clock;
  }

  /** The statement a checkpoint signs, one field a line, as documented in docs/audit.md. */
  static String statement(
      long number, long treeSize, byte[] chainHead, byte[] merkleRoot, String createdAt) {
    return "IPO governance ledger checkpoint\n"
        + "number: "
        + number
        + "\n"
        + "tree-size: "
        + treeSize
        + "\n"
        + "chain-head: "
        + ChainHash.hex(chainHead)
        + "\n"
        + "merkle-root: "
        + ChainHash.hex(merkleRoot)
        + "\n"
        + "created-at: "
        + createdAt
        + "\n";
  }

  /**
   * A checkpoint at the current head, unless the last one already covers it. Before it signs, it
   * checks that the tree it signs extends the last checkpoint's (an RFC 9162 consistency proof
   * between the two, checked as an outsider would): a ledger restored from an old backup, or a
   * chain rewritten underneath, is refused a signature ({@link ConflictException}) instead of
   * having a fork signed. That refusal leaves a caller's transaction as it was.
   */
  @Transactional(noRollbackFor = ConflictException.class)
  public Optional<Checkpoint> create() {
    for (int attempt = 1; ; attempt++) {
      try {
        return createOnce();
      } catch (org.springframework.dao.DuplicateKeyException taken) {
        // the sealer (or another request) stored this number first: try again on top of it, or
        // make none when that one already covers the head
        if (attempt == 5) {
          throw taken;
        }
      }
    }
  }

  private Optional<Checkpoint> createOnce() {
    Optional<ChainEntry> head = store.head();
    if (head.isEmpty()) {
      return Optional.empty();
    }
    List<Checkpoint> existing = store.checkpoints();
    long size = head.get().position() + 1;
    if (!existing.isEmpty() && existing.get(existing.size() - 1).treeSize() >= size) {
      return Optional.empty();
    }
    long number = existing.isEmpty() ? 1 : existing.get(existing.size() - 1).number() + 1;
    // O(log n) stored subtrees, not every entry (the tree lags only on a store from before it)
    tree.coverChain(size);
    MerkleNodes.Reading stored = tree.reading();
    byte[] root = stored.root(size);
    if (!existing.isEmpty()) {
      Checkpoint last = existing.get(existing.size() - 1);
      boolean extendsLast =
          last.treeSize() <= size
              && MerkleTree.consistent(
                  last.treeSize(),
                  size,
                  last.merkleRoot(),
                  root,
                  stored.consistencyProof(last.treeSize(), size));
      if (!extendsLast) {
        log.error(
            "Refusing to sign checkpoint {}: the chain of {} events does not extend checkpoint {}"
                + " ({} events, root {}); verify the chain (GET /api/audit/verify)",
            number,
            size,
            last.number(),
            last.treeSize(),
            ChainHash.hex(last.merkleRoot()));
        throw new ConflictException(
            "checkpoint",
            "Het register ondertekent geen nieuw controlepunt: de hashketen sluit niet meer aan op"
                + " controlepunt "
                + last.number()
                + " (de feiten die dat controlepunt omvat, zijn veranderd of weg). Laat de keten"
                + " verifiëren.");
      }
    }
    String createdAt = clock.instant().toString();
    String statement = statement(number, size, head.get().chainHash(), root, createdAt);
    Checkpoint checkpoint =
        new Checkpoint(
            number,
            size,
            head.get().chainHash(),
            root,
            createdAt,
            statement,
            signer.sign(statement));
    store.save(checkpoint);
    return Optional.of(checkpoint);
  }

  List<Checkpoint> all() {
    return store.checkpoints();
  }

  /** Every checkpoint, oldest first, as published. */
  @Transactional(readOnly = true)
  public List<Published> published() {
    return all().stream().map(Published::of).toList();
  }

  /** A checkpoint at the current head, as published; empty when the last one covers it already. */
  public Optional<Published> createPublished() {
    return create().map(Published::of);
  }
}
