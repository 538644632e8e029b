package nl.ipo.ledger.infra.audit;

import nl.ipo.ledger.infra.audit.ChainVerifier.Report;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar ipo-ledger.jar --ledger.cli=verify}: verifies the chain and every checkpoint,
 * prints the report and exits 0 when intact, 1 when not.
 */
@Component
@ConditionalOnProperty(name = "ledger.cli", havingValue = "verify")
class VerifyCommandLine implements ApplicationRunner {

  private final ChainVerifier verifier;
  private final ApplicationContext context;

  VerifyCommandLine(ChainVerifier verifier, ApplicationContext context) {
    this.verifier = verifier;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) {
    Report report = verifier.verify();
    System.out.printf(
        "Sealed events: %d, not yet sealed: %d%n", report.sealedEvents(), report.unsealedEvents());
    report
        .checkpoints()
        .forEach(
            c ->
                System.out.printf(
                    "Checkpoint %d (tree size %d): signature %s, store %s%n",
                    c.number(),
                    c.treeSize(),
                    c.signatureValid() ? "valid" : "INVALID",
                    c.matchesStore() ? "matches" : "DOES NOT MATCH"));
    if (report.intact()) {
      System.out.println("INTACT: the event store matches the chain and every checkpoint.");
    } else {
      report
          .problems()
          .forEach(
              p ->
                  System.out.printf(
                      "%s at position %d (global index %d, event %s): %s%n",
                      p.kind(), p.position(), p.globalIndex(), p.eventIdentifier(), p.detail()));
      System.out.println("BROKEN checkpoints: " + report.brokenCheckpoints());
    }
    int code = report.intact() ? 0 : 1;
    System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
  }
}
