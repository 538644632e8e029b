package nl.ipo.ledger.infra.admin;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar ipo-ledger.jar --ledger.cli=rebuild}: rebuilds every read model, with progress.
 */
@Component
@ConditionalOnProperty(name = "ledger.cli", havingValue = "rebuild")
class RebuildCommandLine implements ApplicationRunner {

  private final ProjectionRebuilds rebuilds;
  private final ApplicationContext context;

  RebuildCommandLine(ProjectionRebuilds rebuilds, ApplicationContext context) {
    this.rebuilds = rebuilds;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) throws InterruptedException {
    ProjectionRebuilds.Status status = rebuilds.start();
    while (!status.done()) {
      status
          .projections()
          .forEach(
              p ->
                  System.out.printf(
                      "%-16s %3d%% (%d of %d)%n",
                      p.projection(), p.percent(), p.position(), p.head()));
      Thread.sleep(1000);
      status = rebuilds.status();
    }
    System.out.println("Rebuilt every read model from the event store.");
    System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> 0));
  }
}
