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

  InclusionProofs(AuditStore store) {
    this.store = store;
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
    List<byte[]> hashes = store.entryHashes(checkpoint.treeSize());
    return new InclusionProof(
        eventIdentifier,
        entry.globalIndex(),
        entry.position(),
        checkpoint.treeSize(),
        ChainHash.hex(entry.entryHash()),
        ChainHash.hex(MerkleTree.leaf(entry.entryHash())),
        MerkleTree.inclusionProof(hashes, (int) entry.position()).stream()
            .map(ChainHash::hex)
            .toList(),
        ChainHash.hex(checkpoint.merkleRoot()),
        checkpoint.number(),
        checkpoint.statement(),
        Base64.getEncoder().encodeToString(checkpoint.signature()));
  }
}
