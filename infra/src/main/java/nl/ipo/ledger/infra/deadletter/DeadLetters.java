package nl.ipo.ledger.infra.deadletter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.ipo.ledger.kernel.error.ConflictException;
import nl.ipo.ledger.kernel.error.NotFoundException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Component;

/**
 * The parked events of every dead-lettered processing group, read and retried through Axon's own
 * queue and dead-letter processor.
 */
@Component("deadLetterQueues")
public class DeadLetters {

  /** One parked event. */
  public record Letter(
      String group,
      String sequence,
      String eventType,
      String eventIdentifier,
      Long globalIndex,
      Long aggregateSequenceNumber,
      String cause,
      boolean waitsForEarlierEvent,
      Instant firstFailure,
      Instant lastFailure,
      long retries) {}

  /** What a retry of a group did: letters handled and removed, letters still parked. */
  public record RetryResult(String group, int processed, long stillParked) {}

  private final EventProcessingConfiguration processing;

  DeadLetters(EventProcessingConfiguration processing) {
    this.processing = processing;
  }

  public List<String> groups() {
    return DeadLetterConfiguration.GROUPS;
  }

  public long count(String group) {
    return queue(group).size();
  }

  /** The number of parked events per group, every group named, in {@link #groups()} order. */
  public Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String group : groups()) {
      counts.put(group, count(group));
    }
    return counts;
  }

  /** A group's parked events, sequence by sequence, each sequence in its order. */
  public List<Letter> letters(String group) {
    List<Letter> letters = new ArrayList<>();
    for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue(group).deadLetters()) {
      for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
        letters.add(letter(group, letter));
      }
    }
    return letters;
  }

  /**
   * Processes every parked sequence of the group again, each from its first letter on: a sequence
   * is handled until its first event that still fails, which stays parked with its new cause.
   */
  public RetryResult retry(String group) {
    SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
    SequencedDeadLetterProcessor<EventMessage<?>> processor =
        processing
            .sequencedDeadLetterProcessor(group)
            .orElseThrow(
                () ->
                    new ConflictException(
                        "group",
                        "de verwerking '"
                            + group
                            + "' is nog niet gestart; probeer het zo opnieuw"));
    Set<String> before = eventIdentifiers(group);
    Set<String> tried = new HashSet<>();
    AtomicBoolean claimed = new AtomicBoolean(true);
    // Axon's processor takes one sequence per call, the least recently touched first; a sequence
    // that fails again is touched and so goes last, so each sequence is offered once.
    while (claimed.getAndSet(false)) {
      processor.process(
          letter -> {
            if (!tried.add(sequenceOf(letter))) {
              return false;
            }
            claimed.set(true);
            return true;
          });
    }
    Set<String> after = eventIdentifiers(group);
    before.removeAll(after);
    return new RetryResult(group, before.size(), queue.size());
  }

  /**
   * Processors whose segments stopped on an error they keep retrying (the sealer, which has no
   * queue, or a group whose queue itself cannot be written), with the error.
   */
  public Map<String, String> blockedProcessors() {
    Map<String, String> blocked = new LinkedHashMap<>();
    processing
        .eventProcessors()
        .forEach(
            (name, processor) -> {
              if (processor instanceof StreamingEventProcessor streaming) {
                streaming.processingStatus().values().stream()
                    .filter(EventTrackerStatus::isErrorState)
                    .map(EventTrackerStatus::getError)
                    .findFirst()
                    .ifPresent(error -> blocked.put(name, String.valueOf(error.getMessage())));
              }
            });
    return blocked;
  }

  private Set<String> eventIdentifiers(String group) {
    Set<String> identifiers = new HashSet<>();
    for (Letter letter : letters(group)) {
      identifiers.add(letter.eventIdentifier());
    }
    return identifiers;
  }

  private SequencedDeadLetterQueue<EventMessage<?>> queue(String group) {
    if (!groups().contains(group)) {
      throw new NotFoundException(
          "group", "er is geen verwerking '" + group + "' die events kan parkeren");
    }
    return processing
        .deadLetterQueue(group)
        .orElseThrow(
            () -> new IllegalStateException("no dead-letter queue for processing group " + group));
  }

  private static String sequenceOf(DeadLetter<? extends EventMessage<?>> letter) {
    return letter instanceof JdbcDeadLetter<?> jdbc
        ? jdbc.getSequenceIdentifier()
        : letter.message().getIdentifier();
  }

  private static Letter letter(String group, DeadLetter<? extends EventMessage<?>> letter) {
    EventMessage<?> message = letter.message();
    Long globalIndex = null;
    if (message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
      var position = tracked.trackingToken().position();
      globalIndex = position.isPresent() ? position.getAsLong() : null;
    }
    Long aggregateSequence =
        message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : null;
    String cause = letter.cause().map(Cause::message).orElse(null);
    return new Letter(
        group,
        sequenceOf(letter),
        message.getPayloadType().getSimpleName(),
        message.getIdentifier(),
        globalIndex,
        aggregateSequence,
        cause,
        letter.cause().isEmpty(),
        letter.enqueuedAt(),
        letter.lastTouched(),
        ParkingPolicy.retries(letter));
  }
}
