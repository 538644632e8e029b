package nl.ipo.ledger.infra.audit;

import java.util.Base64;
import java.util.List;
import nl.ipo.ledger.infra.audit.AuditStore.ChainEntry;
import nl.ipo.ledger.infra.audit.AuditStore.Checkpoint;
import nl.ipo.ledger.kernel.error.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Proves that one event is in the tree a checkpoint signed (RFC 9162 audit path). */
@Component
public class InclusionProofs {

  /**
   * Everything an outside party needs to check that an event is covered by a checkpoint: hash the
   * entry to a leaf, climb the audit path to the root, compare it with the signed root, and check
   * the signature over the statement with the published key.
   */
  public record InclusionProof(
      String eventIdentifier,
      long globalIndex,
      long leafIndex,
      long treeSize,
      String entryHash,
      String leafHash,
      List<String> auditPath,
      String merkleRoot,
      long checkpoint,
      String statement,
      String signature) {}

  private final AuditStore store;
  private final MerkleNodes tree;

  InclusionProofs(AuditStore store, MerkleNodes tree) {
    this.store = store;
    this.tree = tree;
  }

  @Transactional(readOnly = true)
  public InclusionProof prove(String eventIdentifier, Long checkpointNumber) {
    ChainEntry entry =
        store
            .entry(eventIdentifier)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "eventIdentifier",
                        "Het feit "
                            + eventIdentifier
                            + " is (nog) niet in de hashketen opgenomen."));
    List<Checkpoint> checkpoints = store.checkpoints();
    Checkpoint checkpoint =
        (checkpointNumber == null
                ? checkpoints.stream().filter(c -> c.treeSize() > entry.position()).findFirst()
                : store.checkpoint(checkpointNumber))
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "checkpoint",
                        checkpointNumber == null
                            ? "Nog geen controlepunt (checkpoint) omvat het feit "
                                + eventIdentifier
                                + "; maak er een."
                            : "Er is geen controlepunt " + checkpointNumber + "."));
    if (checkpoint.treeSize() <= entry.position()) {
      throw new NotFoundException(
          "checkpoint",
          "Controlepunt "
              + checkpoint.number()
              + " omvat het feit "
              + eventIdentifier
              + " niet; kies een later controlepunt.");
    }
    // O(log n) stored subtrees; a store whose tree the sealer has not filled in yet (right after
    // an upgrade) is answered from every entry, as before the tree was stored
    MerkleNodes.Reading stored = tree.reading();
    List<byte[]> auditPath =
        stored.leaves() >= checkpoint.treeSize()
            ? stored.inclusionProof(entry.position(), checkpoint.treeSize())
            : MerkleTree.inclusionProof(
                store.entryHashes(checkpoint.treeSize()), (int) entry.position());
    return new InclusionProof(
        eventIdentifier,
        entry.globalIndex(),
        entry.position(),
        checkpoint.treeSize(),
        ChainHash.hex(entry.entryHash()),
        ChainHash.hex(MerkleTree.leaf(entry.entryHash())),
        auditPath.stream().map(ChainHash::hex).toList(),
        ChainHash.hex(checkpoint.merkleRoot()),
        checkpoint.number(),
        checkpoint.statement(),
        Base64.getEncoder().encodeToString(checkpoint.signature()));
  }
}
