package nl.ipo.ledger.infra.journal;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar ipo-ledger.jar --ledger.cli=journal --ledger.journal.path=FILE}: loads a journal
 * with progress; stops at the first rejected entry, names its line and the reason, exits 1.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "ledger.cli", havingValue = "journal")
class JournalCommandLine implements ApplicationRunner {

  private final JournalLoader loader;
  private final ApplicationContext context;
  private final Path path;

  JournalCommandLine(
      JournalLoader loader,
      ApplicationContext context,
      @Value("${ledger.journal.path}") Path path) {
    this.loader = loader;
    this.context = context;
    this.path = path;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    int code;
    try (InputStream in = Files.newInputStream(path)) {
      JournalLoader.Result result = loader.load(in, System.out::println);
      System.out.printf(
          "Loaded %s: %d entries, %d recorded, %d already present%n",
          path, result.entries(), result.recorded(), result.unchanged());
      code = 0;
    } catch (JournalLoader.JournalRejected rejected) {
      System.out.println("REJECTED at " + rejected.getMessage());
      code = 1;
    }
    int exit = code;
    System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> exit));
  }
}
