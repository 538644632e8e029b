package nl.ipo.ledger.infra.ops;

import nl.ipo.ledger.command.competentie.StatutoryCompetences;
import nl.ipo.ledger.infra.axon.CommandEdge;
import nl.ipo.ledger.kernel.common.CommandOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Records the statutes' competence matrix through the command side at start-up. Idempotent: a
 * version already recorded is an explicit no-op, so a restart adds nothing. A statute change is
 * recorded as a new version through the API, never by editing this default.
 */
@Component
@org.springframework.core.annotation.Order(10)
@ConditionalOnProperty(name = "ledger.competence.load-statutes", matchIfMissing = true)
class StatutoryCompetenceLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(StatutoryCompetenceLoader.class);

  private final CommandEdge commands;

  StatutoryCompetenceLoader(CommandEdge commands) {
    this.commands = commands;
  }

  @Override
  public void run(ApplicationArguments args) {
    long recorded =
        StatutoryCompetences.defaults().stream()
            .map(commands::sendAsSystem)
            .filter(outcome -> outcome == CommandOutcome.RECORDED)
            .count();
    log.info(
        "Competence matrix of the statutes: {} version(s) recorded, {} already present",
        recorded,
        StatutoryCompetences.defaults().size() - recorded);
  }
}
