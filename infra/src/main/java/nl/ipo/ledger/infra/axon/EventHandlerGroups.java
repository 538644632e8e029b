package nl.ipo.ledger.infra.axon;

import java.lang.reflect.Method;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.springframework.core.annotation.AnnotatedElementUtils;

/** Tells which processing group an event handler method belongs to, for handler enhancers. */
public final class EventHandlerGroups {

  private EventHandlerGroups() {}

  /**
   * The {@code @ProcessingGroup} of the class declaring this {@code @EventHandler} method; empty
   * for any other handler (queries, reset handlers, aggregates' sourcing handlers).
   */
  public static Optional<String> of(MessageHandlingMember<?> member) {
    return member
        .unwrap(Method.class)
        .filter(method -> AnnotatedElementUtils.hasAnnotation(method, EventHandler.class))
        .map(
            method ->
                AnnotatedElementUtils.findMergedAnnotation(
                    method.getDeclaringClass(), ProcessingGroup.class))
        .map(ProcessingGroup::value);
  }
}
