package nl.ipo.ledger.infra.audit;

import java.util.List;
import nl.ipo.ledger.infra.audit.InclusionProofs.InclusionProof;
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

  record ExportedCheckpoint(String statement, String signature, String publicKey) {}

  record ExportedCheckpointResult(boolean valid) {}

  private final ChainVerifier verifier;
  private final ChainReports reports;
  private final Checkpoints checkpoints;
  private final InclusionProofs proofs;
  private final ConsistencyProofs consistency;
  private final CheckpointSigner signer;

  AuditController(
      ChainVerifier verifier,
      ChainReports reports,
      Checkpoints checkpoints,
      InclusionProofs proofs,
      ConsistencyProofs consistency,
      CheckpointSigner signer) {
    this.verifier = verifier;
    this.reports = reports;
    this.checkpoints = checkpoints;
    this.proofs = proofs;
    this.consistency = consistency;
    this.signer = signer;
  }

  /** A verification of the whole chain now, which the verification page then shows too. */
  @GetMapping("/verify")
  ChainVerifier.Report verify() {
    return reports.verifyNow().report();
  }

  @GetMapping("/checkpoints")
  List<Checkpoints.Published> checkpoints() {
    return checkpoints.published();
  }

  /** A checkpoint at the current head, on demand (for example before an AV meeting). */
  @PostMapping("/checkpoints")
  ResponseEntity<Checkpoints.Published> createCheckpoint() {
    return checkpoints
        .createPublished()
        .map(c -> ResponseEntity.status(201).body(c))
        .orElseGet(() -> ResponseEntity.noContent().build());
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
   * That the chain of {@code to} sealed events (default: all) extends the chain of {@code from}
   * unchanged: the RFC 9162 consistency proof between the two trees, with both roots.
   */
  @GetMapping("/consistency")
  ConsistencyProofs.ConsistencyProof consistency(
      @RequestParam long from, @RequestParam(required = false) Long to) {
    return consistency.prove(from, to);
  }

  /**
   * Checks a checkpoint someone kept, signed with the given (or the ledger's) key, against the
   * store now.
   */
  @PostMapping("/checkpoints/verify")
  ExportedCheckpointResult verifyExported(@RequestBody ExportedCheckpoint exported) {
    return new ExportedCheckpointResult(
        verifier.verifyKept(exported.statement(), exported.signature(), exported.publicKey()));
  }
}
