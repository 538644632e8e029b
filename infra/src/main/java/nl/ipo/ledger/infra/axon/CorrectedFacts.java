package nl.ipo.ledger.infra.axon;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import nl.ipo.ledger.infra.rectificatie.Rectifications;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;

/**
 * Lets the read models read corrected facts: each event handler of the given processing groups
 * receives the event through {@link Rectifications} (the corrected fact, or nothing when it was
 * retracted). It wraps the handler itself rather than the processor, so that a fact that cannot be
 * read or corrected fails inside the handler, where the dead-letter queue parks it, and so that a
 * parked event is corrected again when it is retried.
 */
final class CorrectedFacts implements HandlerEnhancerDefinition {

  private final Set<String> groups;
  private final Supplier<Rectifications> rectifications;

  CorrectedFacts(Set<String> groups, Supplier<Rectifications> rectifications) {
    this.groups = Set.copyOf(groups);
    this.rectifications = rectifications;
  }

  @Override
  public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
    if (EventHandlerGroups.of(original).filter(groups::contains).isEmpty()) {
      return original;
    }
    return new WrappedMessageHandlingMember<>(original) {
      @Override
      public Object handle(Message<?> message, T target) throws Exception {
        if (!(message instanceof EventMessage<?> event)) {
          return original.handle(message, target);
        }
        Optional<EventMessage<?>> effective = rectifications.get().effective(event, null);
        return effective.isEmpty() ? null : original.handle(effective.get(), target);
      }
    };
  }
}
