package nl.ipo.ledger.infra.audit;

import java.util.List;
import nl.ipo.ledger.infra.audit.AuditStore.Checkpoint;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proves that the chain of one size extends the chain of a smaller size unchanged (RFC 9162
 * consistency proof): whoever kept an old checkpoint's root checks with it that a later checkpoint
 * contains every event the old one covered, in the same order and with the same bytes, without
 * reading the events themselves.
 */
@Component
public class ConsistencyProofs {

  /**
   * Everything an outside party needs: both tree sizes and roots, the proof (hex), and the numbers
   * of the checkpoints signed at exactly those sizes, where there are any.
   */
  public record ConsistencyProof(
      long from,
      long to,
      String fromRoot,
      String toRoot,
      List<String> proof,
      Long fromCheckpoint,
      Long toCheckpoint) {}

  private final AuditStore store;
  private final MerkleNodes tree;

  ConsistencyProofs(AuditStore store, MerkleNodes tree) {
    this.store = store;
    this.tree = tree;
  }

  /** The proof from the first {@code from} to the first {@code to} sealed events (null: all). */
  @Transactional(readOnly = true)
  public ConsistencyProof prove(long from, Long to) {
    MerkleNodes.Reading stored = tree.reading();
    long sealed = stored.leaves();
    long upTo = to == null ? sealed : to;
    if (from < 1) {
      throw new InvalidValueException(
          "from",
          "'from' is het aantal feiten van de oudere boom en is minstens 1 (een boom zonder"
              + " feiten bewijst niets).");
    }
    if (upTo < from) {
      throw new InvalidValueException(
          "to",
          "'to' ("
              + upTo
              + ") is kleiner dan 'from' ("
              + from
              + "); de nieuwere boom is de grotere.");
    }
    if (upTo > sealed) {
      throw new InvalidValueException(
          "to",
          "De hashketen telt nu "
              + sealed
              + " verzegelde feiten; 'to' ("
              + upTo
              + ") mag niet groter zijn.");
    }
    List<Checkpoint> checkpoints = store.checkpoints();
    return new ConsistencyProof(
        from,
        upTo,
        ChainHash.hex(stored.root(from)),
        ChainHash.hex(stored.root(upTo)),
        stored.consistencyProof(from, upTo).stream().map(ChainHash::hex).toList(),
        numberAt(checkpoints, from),
        numberAt(checkpoints, upTo));
  }

  private static Long numberAt(List<Checkpoint> checkpoints, long size) {
    return checkpoints.stream()
        .filter(c -> c.treeSize() == size)
        .map(Checkpoint::number)
        .findFirst()
        .orElse(null);
  }
}
