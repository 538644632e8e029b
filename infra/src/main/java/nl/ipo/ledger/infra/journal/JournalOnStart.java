package nl.ipo.ledger.infra.journal;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Loads the IPO's history (2018–2023) on start: on the first start it records everything, on every
 * later start it adds nothing, because every entry is an explicit no-op when repeated. Runs after
 * the statutes' competence matrix is loaded. A rejected entry is logged with its line; the ledger
 * still starts.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "ledger.journal.load-on-start", havingValue = "true")
class JournalOnStart implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(JournalOnStart.class);

  private final JournalLoader loader;
  private final Resource journal;

  JournalOnStart(
      JournalLoader loader,
      @Value("${ledger.journal.file:classpath:journal/ipo-2018-2023.jsonl}") Resource journal) {
    this.loader = loader;
    this.journal = journal;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    if (!journal.exists()) {
      log.warn("No journal at {}; nothing loaded", journal);
      return;
    }
    long started = System.nanoTime();
    try (InputStream in = journal.getInputStream()) {
      JournalLoader.Result result = loader.load(in, log::info);
      log.info(
          "Journal {}: {} entries, {} recorded, {} already present, in {} ms",
          journal.getFilename(),
          result.entries(),
          result.recorded(),
          result.unchanged(),
          (System.nanoTime() - started) / 1_000_000);
    } catch (JournalLoader.JournalRejected rejected) {
      log.error("Journal {} stopped at {}", journal.getFilename(), rejected.getMessage());
    }
  }
}
