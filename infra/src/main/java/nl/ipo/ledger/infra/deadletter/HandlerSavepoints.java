package nl.ipo.ledger.infra.deadletter;

import java.util.Collection;
import java.util.Set;
import java.util.function.Supplier;
import nl.ipo.ledger.infra.axon.EventHandlerGroups;
import org.axonframework.common.Priority;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs each event handler of a dead-lettered group inside a savepoint of its processor's
 * transaction. A processor handles a batch of events in one transaction; when one handler's SQL
 * fails, PostgreSQL refuses every later statement of that transaction, so the dead letter could not
 * be written and the whole batch would fail again and again (Axon documents that its dead-letter
 * queue does not cover database errors, AxonFramework#3289). Rolling back to the savepoint undoes
 * only the failed event's writes and leaves the transaction usable for parking it, for the batch's
 * other events and for the token.
 *
 * <p>Outermost of the handler enhancers ({@link Priority#LAST}), so it also covers the reading of
 * corrections.
 */
@Priority(Priority.LAST)
final class HandlerSavepoints implements HandlerEnhancerDefinition {

  private final Set<String> groups;
  private final Supplier<TransactionTemplate> savepoint;

  /** {@code savepoint}: a template with {@code PROPAGATION_NESTED}, resolved at first use. */
  HandlerSavepoints(Collection<String> groups, Supplier<TransactionTemplate> savepoint) {
    this.groups = Set.copyOf(groups);
    this.savepoint = savepoint;
  }

  @Override
  public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
    if (EventHandlerGroups.of(original).filter(groups::contains).isEmpty()) {
      return original;
    }
    return new WrappedMessageHandlingMember<>(original) {
      @Override
      public Object handle(Message<?> message, T target) throws Exception {
        try {
          return savepoint
              .get()
              .execute(
                  status -> {
                    try {
                      return original.handle(message, target);
                    } catch (Exception e) {
                      throw new Failed(e);
                    }
                  });
        } catch (Failed failed) {
          throw failed.handlerException;
        }
      }
    };
  }

  /** Carries the handler's own exception through the template, which rolls back on it. */
  private static final class Failed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial")
    private final Exception handlerException;

    Failed(Exception handlerException) {
      super(handlerException);
      this.handlerException = handlerException;
    }
  }
}
