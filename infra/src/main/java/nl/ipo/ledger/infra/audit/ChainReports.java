package nl.ipo.ledger.infra.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The latest verification of the whole chain, kept so that the verification page can show it at
 * once: a full verification rereads and rehashes every stored event (seconds at 100k events), which
 * no page view should wait for. It runs in the background every {@code ledger.audit.verify-every}
 * (and soon after start), and whenever someone asks for it (the page's button, {@code GET
 * /api/audit/verify}). What is shown always says when it was verified.
 */
@Component
public class ChainReports {

  private static final Logger log = LoggerFactory.getLogger(ChainReports.class);

  /**
   * A verification and when it ran.
   *
   * @param at when it started
   * @param took how long it took
   */
  public record Verified(ChainVerifier.Report report, Instant at, Duration took) {}

  private final ChainVerifier verifier;
  private final AuditStore store;
  private final Clock clock;
  private final AtomicReference<Verified> latest = new AtomicReference<>();

  ChainReports(ChainVerifier verifier, AuditStore store, Clock clock) {
    this.verifier = verifier;
    this.store = store;
    this.clock = clock;
  }

  /** The latest verification; the first time, one made now. */
  public Verified latest() {
    Verified known = latest.get();
    return known != null ? known : verifyNow();
  }

  /** How many events were sealed after the verification was made (one cheap query). */
  public long sealedSince(Verified verified) {
    long sealedNow = store.head().map(head -> head.position() + 1).orElse(0L);
    return Math.max(0, sealedNow - verified.report().sealedEvents());
  }

  /** Verifies the whole chain now and keeps the report (unless a later one was kept meanwhile). */
  public Verified verifyNow() {
    Instant at = clock.instant();
    long start = System.nanoTime();
    ChainVerifier.Report report = verifier.verify();
    Verified verified = new Verified(report, at, Duration.ofNanos(System.nanoTime() - start));
    latest.accumulateAndGet(
        verified, (kept, fresh) -> kept == null || !kept.at().isAfter(fresh.at()) ? fresh : kept);
    if (!report.intact()) {
      log.error(
          "The chain does not verify: first problem {}, broken checkpoints {}",
          report.firstProblem(),
          report.brokenCheckpoints());
    }
    return verified;
  }

  @Scheduled(
      initialDelayString = "${ledger.audit.verify-first-after:PT20S}",
      fixedDelayString = "${ledger.audit.verify-every:PT10M}")
  void verifyInTheBackground() {
    try {
      Verified verified = verifyNow();
      log.info(
          "Verified the chain: {} sealed events, intact {}, in {} ms",
          verified.report().sealedEvents(),
          verified.report().intact(),
          verified.took().toMillis());
    } catch (RuntimeException e) {
      log.warn("The background verification of the chain failed; it is tried again later", e);
    }
  }
}
