package nl.ipo.ledger.infra.axon;

import java.time.Clock;
import java.util.Comparator;
import java.util.concurrent.CompletionException;
import nl.ipo.ledger.infra.security.LedgerRole;
import nl.ipo.ledger.kernel.common.Bounds;
import nl.ipo.ledger.kernel.common.CommandOutcome;
import nl.ipo.ledger.kernel.common.LedgerMetadata;
import nl.ipo.ledger.kernel.error.LedgerException;
import nl.ipo.ledger.kernel.error.RuleViolationException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place where a command enters the ledger from outside. It stamps who sends it, in which
 * role and when (transaction time): facts about the recording that the rules never read, and that
 * Axon's correlation providers copy onto every event the command causes.
 */
@Component
public class CommandEdge {

  private static final Logger log = LoggerFactory.getLogger(CommandEdge.class);

  private final CommandGateway commandGateway;
  private final Clock clock;

  public CommandEdge(CommandGateway commandGateway, Clock clock) {
    this.commandGateway = commandGateway;
    this.clock = clock;
  }

  public CommandOutcome send(Object command) {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    MetaData metaData =
        MetaData.with(LedgerMetadata.ACTOR, user.getName())
            .and(LedgerMetadata.ACTOR_ROLE, actingRole(user))
            .and(LedgerMetadata.RECORDED_AT, LedgerMetadata.recordingMoment(clock.instant()));
    return dispatch(command, metaData);
  }

  /**
   * Sends a command on the ledger's own behalf (for example loading the statutes at start-up):
   * recorded with actor {@code ledger} in role {@code systeem}.
   */
  public CommandOutcome sendAsSystem(Object command) {
    MetaData metaData =
        MetaData.with(LedgerMetadata.ACTOR, LedgerMetadata.SYSTEM_ACTOR)
            .and(LedgerMetadata.ACTOR_ROLE, LedgerMetadata.SYSTEM_ROLE)
            .and(LedgerMetadata.RECORDED_AT, LedgerMetadata.recordingMoment(clock.instant()));
    return dispatch(command, metaData);
  }

  /**
   * Sends a command from a journal: recorded with actor {@code journaal} in role {@code systeem},
   * and with the source citation the journal gives (document, place, quote).
   */
  public CommandOutcome sendFromJournal(
      Object command, String document, String place, String quote) {
    return sendFromJournal(command, document, place, quote, null);
  }

  /**
   * As {@link #sendFromJournal(Object, String, String, String)}, with the entry's note (an
   * assumption starts with {@code Aanname:}) kept beside the source.
   */
  public CommandOutcome sendFromJournal(
      Object command, String document, String place, String quote, String note) {
    MetaData metaData =
        MetaData.with(LedgerMetadata.ACTOR, "journaal")
            .and(LedgerMetadata.ACTOR_ROLE, "systeem")
            .and(LedgerMetadata.RECORDED_AT, LedgerMetadata.recordingMoment(clock.instant()))
            // bounded as the journal's read model holds them
            .and(LedgerMetadata.SOURCE_DOCUMENT, Bounds.text("source.document", document, 300))
            .and(LedgerMetadata.SOURCE_PLACE, Bounds.text("source.place", place, 300))
            .and(LedgerMetadata.SOURCE_QUOTE, Bounds.text("source.quote", quote, 1000));
    if (note != null && !note.isBlank()) {
      metaData = metaData.and(LedgerMetadata.SOURCE_NOTE, Bounds.text("note", note, 2000));
    }
    return dispatch(command, metaData);
  }

  private CommandOutcome dispatch(Object command, MetaData metaData) {
    try {
      return commandGateway.<CommandOutcome>send(command, metaData).join();
    } catch (CompletionException failure) {
      RuntimeException explained = CommandFailures.explain(command, failure);
      Throwable cause = explained instanceof CompletionException ? explained.getCause() : explained;
      if (cause instanceof LedgerException refused) {
        // the caller's to fix, not the operator's: one INFO line with the rule, never a stack
        // (Axon's gateway, which would WARN about each, is quiet below ERROR: application.yml)
        log.info(
            "{} refused{}: {}",
            command.getClass().getSimpleName(),
            refused instanceof RuleViolationException rule ? " by " + rule.rule() : "",
            refused.getMessage());
      }
      throw explained;
    }
  }

  /** The most specific role that allows writing; ties are broken by the order of the roles. */
  private static String actingRole(Authentication user) {
    return user.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .flatMap(a -> LedgerRole.ofCode(a.replaceFirst("^ROLE_", "")).stream())
        .min(Comparator.naturalOrder())
        .map(LedgerRole::code)
        .orElse("onbekend");
  }
}
