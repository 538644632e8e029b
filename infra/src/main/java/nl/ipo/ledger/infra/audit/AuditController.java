package nl.ipo.ledger.infra.audit;

import java.util.Base64;
import java.util.List;
import nl.ipo.ledger.infra.audit.AuditStore.Checkpoint;
import nl.ipo.ledger.infra.audit.InclusionProofs.InclusionProof;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tamper evidence: verification, checkpoints, the public key and inclusion proofs. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

  record CheckpointView(
      long number,
      long treeSize,
      String chainHead,
      String merkleRoot,
      String createdAt,
      String statement,
      String signature) {
    static CheckpointView of(Checkpoint c) {
      return new CheckpointView(
          c.number(),
          c.treeSize(),
          ChainHash.hex(c.chainHead()),
          ChainHash.hex(c.merkleRoot()),
          c.createdAt(),
          c.statement(),
          Base64.getEncoder().encodeToString(c.signature()));
    }
  }

  record ExportedCheckpoint(String statement, String signature, String publicKey) {}

  record ExportedCheckpointResult(boolean valid) {}

  private final ChainVerifier verifier;
  private final Checkpoints checkpoints;
  private final InclusionProofs proofs;
  private final CheckpointSigner signer;

  AuditController(
      ChainVerifier verifier,
      Checkpoints checkpoints,
      InclusionProofs proofs,
      CheckpointSigner signer) {
    this.verifier = verifier;
    this.checkpoints = checkpoints;
    this.proofs = proofs;
    this.signer = signer;
  }

  @GetMapping("/verify")
  ChainVerifier.Report verify() {
    return verifier.verify();
  }

  @GetMapping("/checkpoints")
  List<CheckpointView> checkpoints() {
    return checkpoints.all().stream().map(CheckpointView::of).toList();
  }

  /** A checkpoint at the current head, on demand (for example before an AV meeting). */
  @PostMapping("/checkpoints")
  ResponseEntity<CheckpointView> createCheckpoint() {
    return createdNow()
        .map(c -> ResponseEntity.status(201).body(CheckpointView.of(c)))
        .orElseGet(() -> ResponseEntity.noContent().build());
  }

  /**
   * A checkpoint now. The sealer makes one every so many events, and two requests may come at once:
   * whoever stores its number second finds it taken and tries again on top of the other's (or makes
   * none when that one already covers the head), instead of failing.
   */
  private java.util.Optional<Checkpoint> createdNow() {
    for (int attempt = 1; ; attempt++) {
      try {
        return checkpoints.create();
      } catch (org.springframework.dao.DuplicateKeyException taken) {
        if (attempt == 5) {
          throw taken;
        }
      }
    }
  }

  @GetMapping(path = "/public-key", produces = MediaType.TEXT_PLAIN_VALUE)
  String publicKey() {
    return signer.publicKeyPem();
  }

  @GetMapping("/proof/{eventIdentifier}")
  InclusionProof proof(
      @PathVariable String eventIdentifier, @RequestParam(required = false) Long checkpoint) {
    return proofs.prove(eventIdentifier, checkpoint);
  }

  /**
   * Checks a checkpoint someone kept, signed with the given (or the ledger's) key, against the
   * store now.
   */
  @PostMapping("/checkpoints/verify")
  ExportedCheckpointResult verifyExported(@RequestBody ExportedCheckpoint exported) {
    InvalidValueException.requiredText("statement", exported.statement(), 2000);
    InvalidValueException.requiredText("signature", exported.signature(), 200);
    try {
      return new ExportedCheckpointResult(
          verifier.verifyExported(
              exported.statement().replace("\r\n", "\n"),
              exported.signature(),
              exported.publicKey() == null
                  ? signer.publicKey()
                  : CheckpointSigner.publicKeyFromPem(exported.publicKey())));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException(
          "signature",
          "'signature' of 'publicKey' is geen geldige handtekening of sleutel van een"
              + " controlepunt (base64, Ed25519).");
    }
  }
}
