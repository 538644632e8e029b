package nl.ipo.ledger.infra.audit;

import java.time.Clock;
import nl.ipo.ledger.infra.audit.AuditStore.ChainEntry;
import nl.ipo.ledger.infra.audit.ChainHash.StoredEvent;
import nl.ipo.ledger.kernel.error.ConflictException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Extends the hash chain with every committed event, in the event store's order. It runs in a
 * pooled streaming processor with one segment, so events arrive in global order (Axon's gap
 * handling waits for slow transactions), and it writes the chain entry in the same transaction as
 * its token. It binds the bytes the database holds, not a re-serialisation.
 */
@Component
@ProcessingGroup(ChainSealer.PROCESSING_GROUP)
class ChainSealer {

  static final String PROCESSING_GROUP = "audit-seal";

  private final AuditStore store;
  private final MerkleNodes tree;
  private final Checkpoints checkpoints;
  private final Clock clock;
  private final int checkpointEvery;

  ChainSealer(
      AuditStore store,
      MerkleNodes tree,
      Checkpoints checkpoints,
      Clock clock,
      @Value("${ledger.audit.checkpoint-every:1000}") int checkpointEvery) {
    this.store = store;
    this.tree = tree;
    this.checkpoints = checkpoints;
    this.clock = clock;
    this.checkpointEvery = checkpointEvery;
  }

  /**
   * Takes the message, not its payload: the sealer needs only the event's identifier and its stored
   * bytes, so an event whose payload cannot be read is sealed like any other instead of stopping
   * the chain.
   */
  @EventHandler
  void seal(EventMessage<?> event) {
    String eventIdentifier = event.getIdentifier();
    if (store.entry(eventIdentifier).isPresent()) {
      return;
    }
    StoredEvent stored =
        store
            .event(eventIdentifier)
            .orElseThrow(
                () ->
                    new IllegalStateException("event " + eventIdentifier + " is not in the store"));
    byte[] entryHash = ChainHash.entry(stored);
    ChainEntry previous = store.head().orElse(null);
    long position = previous == null ? 0 : previous.position() + 1;
    byte[] chainHash =
        ChainHash.link(previous == null ? ChainHash.GENESIS : previous.chainHash(), entryHash);
    store.append(
        new ChainEntry(
            position,
            stored.globalIndex(),
            eventIdentifier,
            entryHash,
            chainHash,
            clock.instant().toString()));
    // the Merkle tree grows with the chain, in the same transaction; an older store's tree is
    // filled in from its chain first (one probe of the tree's index when nothing lags)
    tree.coverChain(position);
    tree.append(position, entryHash);
    if ((position + 1) % checkpointEvery == 0) {
      try {
        checkpoints.create();
      } catch (ConflictException fork) {
        // logged at ERROR by Checkpoints; the chain keeps growing, only signing stops
      }
    }
  }
}
