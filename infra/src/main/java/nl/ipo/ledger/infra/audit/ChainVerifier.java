package nl.ipo.ledger.infra.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ipo.ledger.infra.audit.AuditStore.ChainEntry;
import nl.ipo.ledger.infra.audit.AuditStore.Checkpoint;
import nl.ipo.ledger.infra.audit.ChainHash.StoredEvent;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the chain from the event store as it is now and compares it with what was sealed, and
 * checks every checkpoint against it. It reports the first position where an event was changed,
 * deleted, inserted or reordered directly in the database, and which checkpoints that breaks.
 */
@Component
public class ChainVerifier {

  /** What went wrong at a position of the chain. */
  public enum Kind {
    CHANGED,
    DELETED,
    INSERTED,
    REORDERED,
    CHAIN_TABLE_ALTERED,
    MERKLE_TREE_ALTERED
  }

  public record Problem(
      long position, Kind kind, long globalIndex, String eventIdentifier, String detail) {}

  public record CheckpointResult(
      long number, long treeSize, boolean signatureValid, boolean matchesStore) {}

  /**
   * @param sealedEvents the length of the chain
   * @param firstProblem the earliest position where the store no longer matches, or null
   * @param brokenCheckpoints the checkpoints that no longer verify
   */
  public record Report(
      boolean intact,
      long sealedEvents,
      long unsealedEvents,
      Problem firstProblem,
      List<Problem> problems,
      List<CheckpointResult> checkpoints,
      List<Long> brokenCheckpoints) {}

  private final AuditStore store;
  private final MerkleNodes tree;
  private final CheckpointSigner signer;
  private final java.time.Clock clock;

  ChainVerifier(
      AuditStore store, MerkleNodes tree, CheckpointSigner signer, java.time.Clock clock) {
    this.store = store;
    this.tree = tree;
    this.signer = signer;
    this.clock = clock;
  }

  /**
   * Walks the chain (read whole: a few dozen bytes per event) against the store, which is streamed
   * in global index order and never held in memory: only each event's recomputed hash is kept. The
   * sealed entries are visited in the same order, so every stored event meets the entry sealed at
   * its place, if any, in one pass.
   */
  @Transactional(readOnly = true)
  public Report verify() {
    List<ChainEntry> chain = store.chain();
    int length = chain.size();
    long headIndex = chain.stream().mapToLong(ChainEntry::globalIndex).max().orElse(Long.MIN_VALUE);
    Map<String, Long> positionOf = new HashMap<>();
    chain.forEach(c -> positionOf.put(c.eventIdentifier(), c.position()));

    List<Problem> problems = new ArrayList<>();
    byte[] previous = ChainHash.GENESIS;
    for (ChainEntry entry : chain) {
      if (!Arrays.equals(ChainHash.link(previous, entry.entryHash()), entry.chainHash())) {
        problems.add(
            problem(entry, Kind.CHAIN_TABLE_ALTERED, "the chain table itself no longer links up"));
      }
      previous = entry.chainHash();
    }

    // the sealed entries in global index order, beside the store's events in the same order
    // slots, not positions: a tampered chain table may hold any position values
    List<Integer> byIndex = new ArrayList<>();
    for (int slot = 0; slot < length; slot++) {
      byIndex.add(slot);
    }
    byIndex.sort(Comparator.comparingLong(slot -> chain.get(slot).globalIndex()));
    byte[][] recomputed = new byte[length][];
    int[] next = {0};
    long[] unsealed = {0};
    if (headIndex != Long.MIN_VALUE) {
      store.forEachEvent(
          now -> {
            while (next[0] < length
                && chain.get(byIndex.get(next[0])).globalIndex() < now.globalIndex()) {
              missing(chain, byIndex.get(next[0]++), problems, recomputed);
            }
            if (next[0] < length
                && chain.get(byIndex.get(next[0])).globalIndex() == now.globalIndex()) {
              compare(chain, byIndex.get(next[0]++), now, positionOf, problems, recomputed);
            } else if (!positionOf.containsKey(now.eventIdentifier())) {
              // an event no entry seals; a sealed one that moved is reported at its entry
              if (now.globalIndex() < headIndex && !pending(now)) {
                problems.add(
                    new Problem(
                        next[0],
                        Kind.INSERTED,
                        now.globalIndex(),
                        now.eventIdentifier(),
                        "an event that was never sealed stands among sealed ones"));
              } else {
                unsealed[0]++;
              }
            }
          });
    }
    while (next[0] < length) {
      missing(chain, byIndex.get(next[0]++), problems, recomputed);
    }
    long unsealedEvents = unsealed[0];
    storedTreeMatches(chain, problems);
    problems.sort((a, b) -> Long.compare(a.position(), b.position()));
    Problem first = problems.isEmpty() ? null : problems.get(0);
    // a checkpoint breaks where the entries or the events changed; the stored tree is derived
    // from them and breaks only proofs
    Problem firstInChain =
        problems.stream()
            .filter(p -> p.kind() != Kind.MERKLE_TREE_ALTERED)
            .findFirst()
            .orElse(null);

    List<CheckpointResult> results = new ArrayList<>();
    List<Long> broken = new ArrayList<>();
    for (Checkpoint checkpoint : store.checkpoints()) {
      // only what the signature covers counts: the statement, not the table's other columns
      boolean signed = signer.verify(checkpoint.statement(), checkpoint.signature());
      Map<String, String> stated = fields(checkpoint.statement());
      int size = Integer.parseInt(stated.getOrDefault("tree-size", "-1"));
      boolean matches =
          (firstInChain == null || firstInChain.position() >= size)
              && statementMatches(stated, Arrays.asList(recomputed));
      results.add(new CheckpointResult(checkpoint.number(), size, signed, matches));
      if (!signed || !matches) {
        broken.add(checkpoint.number());
      }
    }
    return new Report(
        problems.isEmpty() && broken.isEmpty(),
        length,
        unsealedEvents,
        first,
        problems,
        results,
        broken);
  }

  /**
   * Checks a checkpoint someone kept, as they give it (the API's body, the verification page's
   * form): the statement with any line ends, the signature in base64, and a public key in PEM or
   * none for the ledger's own. Required and malformed values are Dutch {@link
   * InvalidValueException}s naming the field.
   */
  @Transactional(readOnly = true)
  public boolean verifyKept(String statement, String signature, String publicKeyPem) {
    InvalidValueException.requiredText("statement", statement, 2000);
    InvalidValueException.requiredText("signature", signature, 200);
    try {
      return verifyExported(
          statement.replace("\r\n", "\n"),
          signature.strip(),
          publicKeyPem == null || publicKeyPem.isBlank()
              ? signer.publicKey()
              : CheckpointSigner.publicKeyFromPem(publicKeyPem));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException(
          "signature",
          "'signature' of 'publicKey' is geen geldige handtekening of sleutel van een"
              + " controlepunt (base64, Ed25519).");
    }
  }

  /**
   * Checks a checkpoint someone kept (for example from AV minutes) against the store as it is now.
   */
  @Transactional(readOnly = true)
  public boolean verifyExported(
      String statement, String signatureBase64, java.security.PublicKey key) {
    if (!CheckpointSigner.verify(key, statement, Base64.getDecoder().decode(signatureBase64))) {
      return false;
    }
    Map<String, String> fields = fields(statement);
    int size = Integer.parseInt(fields.getOrDefault("tree-size", "-1"));
    if (size < 0) {
      return false;
    }
    List<ChainEntry> chain = store.chain();
    if (chain.size() < size) {
      return false;
    }
    List<byte[]> hashes = new ArrayList<>();
    for (ChainEntry entry : chain.subList(0, size)) {
      StoredEvent now = store.event(entry.eventIdentifier()).orElse(null);
      if (now == null || now.globalIndex() != entry.globalIndex()) {
        return false;
      }
      hashes.add(ChainHash.entry(now));
    }
    return statementMatches(fields, hashes);
  }

  /** The store holds no event at the entry's place: it was deleted, or moved elsewhere. */
  private void missing(
      List<ChainEntry> chain, int slot, List<Problem> problems, byte[][] recomputed) {
    ChainEntry entry = chain.get(slot);
    recomputed[slot] = new byte[32];
    problems.add(
        store
            .globalIndexOf(entry.eventIdentifier())
            .map(
                moved ->
                    problem(
                        entry,
                        Kind.REORDERED,
                        "the sealed event now stands at global index " + moved))
            .orElseGet(
                () -> problem(entry, Kind.DELETED, "the sealed event is no longer in the store")));
  }

  /** The event now at the entry's place: the one sealed there, unchanged, or not. */
  private static void compare(
      List<ChainEntry> chain,
      int slot,
      StoredEvent now,
      Map<String, Long> positionOf,
      List<Problem> problems,
      byte[][] recomputed) {
    ChainEntry entry = chain.get(slot);
    byte[] hash = ChainHash.entry(now);
    recomputed[slot] = hash;
    if (!now.eventIdentifier().equals(entry.eventIdentifier())) {
      Long other = positionOf.get(now.eventIdentifier());
      problems.add(
          other != null
              ? problem(
                  entry,
                  Kind.REORDERED,
                  "this place now holds the event sealed at position " + other)
              : problem(
                  entry,
                  Kind.CHANGED,
                  "this place now holds an unknown event " + now.eventIdentifier()));
    } else if (!Arrays.equals(hash, entry.entryHash())) {
      problems.add(
          problem(entry, Kind.CHANGED, "the event's stored bytes differ from what was sealed"));
    }
  }

  /**
   * Whether the store's entry hashes, as recomputed now, yield the tree size, Merkle root and chain
   * head a signed statement states.
   */
  private static boolean statementMatches(Map<String, String> stated, List<byte[]> entryHashes) {
    int size = Integer.parseInt(stated.getOrDefault("tree-size", "-1"));
    if (size < 0 || size > entryHashes.size()) {
      return false;
    }
    List<byte[]> covered = entryHashes.subList(0, size);
    return ChainHash.hex(MerkleTree.root(covered)).equals(stated.get("merkle-root"))
        && ChainHash.hex(chainHead(covered, size)).equals(stated.get("chain-head"));
  }

  /**
   * A transaction that committed late fills a gap below the head; the sealer picks it up within
   * Axon's gap timeout. Only an unsealed event stamped within the last two minutes (by the ledger's
   * clock; a stamp in the future is not believed) counts as pending; any other unsealed event among
   * sealed ones counts as inserted.
   */
  private boolean pending(StoredEvent event) {
    try {
      java.time.Instant stamped = java.time.Instant.parse(event.timeStamp());
      java.time.Instant now = clock.instant();
      return !stamped.isAfter(now) && stamped.isAfter(now.minus(PENDING_WINDOW));
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  /**
   * The stored Merkle tree, from which inclusion proofs are answered, against the chain it is
   * derived from: every node it holds over the sealed entries must be the one those entries give,
   * and none may be missing. Whether the entries still match the events is the walk's question
   * above; a changed or missing node only makes proofs that do not verify (or cannot be made), so
   * it is reported as its own kind, at the first entry the node covers. The nodes are read level by
   * level in index order, so only two levels of recomputed hashes are held at a time. A chain table
   * that no longer links up is reported as such, and its tree is not judged.
   */
  private void storedTreeMatches(List<ChainEntry> chain, List<Problem> problems) {
    if (problems.stream().anyMatch(p -> p.kind() == Kind.CHAIN_TABLE_ALTERED)) {
      return;
    }
    long leaves = Math.min(tree.leaves(), chain.size());
    if (leaves == 0) {
      return;
    }
    byte[][][] level = {new byte[(int) leaves][]};
    for (int i = 0; i < leaves; i++) {
      level[0][i] = MerkleTree.leaf(chain.get(i).entryHash());
    }
    int[] depth = {0};
    long[] expectedNext = {0};
    long[] firstBad = {-1};
    String[] what = {null};
    tree.forEachNode(
        leaves,
        (height, index, hash) -> {
          if (firstBad[0] >= 0) {
            return;
          }
          while (height > depth[0]) {
            if (expectedNext[0] < level[0].length) {
              firstBad[0] = expectedNext[0] << depth[0];
              what[0] = "misses a node";
              return;
            }
            byte[][] parents = new byte[level[0].length / 2][];
            for (int i = 0; i < parents.length; i++) {
              parents[i] = MerkleTree.node(level[0][2 * i], level[0][2 * i + 1]);
            }
            level[0] = parents;
            depth[0]++;
            expectedNext[0] = 0;
          }
          if (index != expectedNext[0]) {
            firstBad[0] = expectedNext[0] << depth[0];
            what[0] = "misses a node";
          } else if (!Arrays.equals(hash, level[0][(int) index])) {
            firstBad[0] = index << depth[0];
            what[0] = depth[0] == 0 ? "holds another leaf" : "holds another inner node";
          }
          expectedNext[0]++;
        });
    if (firstBad[0] < 0 && (expectedNext[0] < level[0].length || level[0].length > 1)) {
      // the last level read ended early, or the levels above it are missing altogether
      firstBad[0] = expectedNext[0] < level[0].length ? expectedNext[0] << depth[0] : 0;
      what[0] = "misses a node";
    }
    if (firstBad[0] < 0) {
      return;
    }
    ChainEntry at = chain.get((int) Math.min(firstBad[0], leaves - 1));
    problems.add(
        problem(
            at,
            Kind.MERKLE_TREE_ALTERED,
            "the stored Merkle tree (audit_merkle_node) "
                + what[0]
                + " from this entry on; inclusion proofs from it would not verify (the tree is"
                + " derived: delete its rows and the ledger fills it in again from the chain)"));
  }

  private static final java.time.Duration PENDING_WINDOW = java.time.Duration.ofMinutes(2);

  private static byte[] chainHead(List<byte[]> entryHashes, int size) {
    byte[] head = ChainHash.GENESIS;
    for (byte[] entry : entryHashes.subList(0, size)) {
      head = ChainHash.link(head, entry);
    }
    return head;
  }

  private static Map<String, String> fields(String statement) {
    Map<String, String> fields = new HashMap<>();
    for (String line : statement.split("\n")) {
      int colon = line.indexOf(": ");
      if (colon > 0) {
        fields.put(line.substring(0, colon), line.substring(colon + 2));
      }
    }
    return fields;
  }

  private static Problem problem(ChainEntry entry, Kind kind, String detail) {
    return new Problem(
        entry.position(), kind, entry.globalIndex(), entry.eventIdentifier(), detail);
  }
}
