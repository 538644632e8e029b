package nl.ipo.ledger.infra.rectificatie;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.ipo.ledger.infra.axon.upcasting.StoredPayload;
import nl.ipo.ledger.kernel.common.LedgerEvent;
import nl.ipo.ledger.kernel.common.LedgerMetadata;
import nl.ipo.ledger.kernel.rectificatie.RectificatieEvent;
import nl.ipo.ledger.kernel.rectificatie.RectificatieEvent.FactCorrected;
import nl.ipo.ledger.kernel.rectificatie.RectificatieEvent.FactRetracted;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applies corrections to the facts a projection reads: a corrected fact is read as its latest
 * correction known at the moment asked, a retracted fact is not read at all. The stored facts
 * themselves never change.
 */
@Component
public class Rectifications {

  private final EventStore eventStore;
  private final Serializer serializer;
  private final EventUpcasterChain upcasters;
  private final JdbcClient jdbc;

  /** The batch's probe in its unit of work's resources; one key per instance. */
  private final String probeKey = Rectifications.class.getName() + ".probe@" + hashCode();

  /** Identifiers per probe query: a processor's batch (100 by default) fits one. */
  private static final int PROBE_CHUNK = 500;

  Rectifications(
      EventStore eventStore,
      @Qualifier("eventSerializer") Serializer serializer,
      List<EventUpcaster> upcasters,
      JdbcClient jdbc) {
    this.eventStore = eventStore;
    this.serializer = serializer;
    this.upcasters = new EventUpcasterChain(upcasters);
    this.jdbc = jdbc;
  }

  /**
   * The corrections in the store at one moment, for a replay that reads every fact: only a fact in
   * {@code facts} needs its corrections looked up, and a correction not in {@code corrections} was
   * recorded after this was read.
   *
   * @param facts the identifiers of the facts with a correction or retraction
   * @param corrections the identifiers of those corrections and retractions themselves
   */
  public record Known(Set<String> facts, Set<String> corrections) {
    public Known {
      facts = Set.copyOf(facts);
      corrections = Set.copyOf(corrections);
    }
  }

  /**
   * The corrections recorded so far, read in one query. Each correction's stream is named after the
   * fact it corrects, so the stream's identifier is the fact's.
   */
  public Known known() {
    Set<String> facts = new HashSet<>();
    Set<String> corrections = new HashSet<>();
    jdbc.sql(
            "SELECT event_identifier, aggregate_identifier FROM domain_event_entry"
                + " WHERE payload_type IN (:types)")
        .param("types", List.of(FactCorrected.class.getName(), FactRetracted.class.getName()))
        .query(
            (RowCallbackHandler)
                row -> {
                  corrections.add(row.getString("event_identifier"));
                  facts.add(row.getString("aggregate_identifier"));
                });
    return new Known(facts, corrections);
  }

  /**
   * Whether any correction or retraction of the fact is stored: one probe of the store's unique
   * (aggregate, sequence) index, since a correction's stream is named after its fact. Nearly every
   * fact has none, and each projection asks for every event it reads, so this spares the event
   * store's read (its snapshot query, its event query and the stream around them) for nearly all.
   *
   * <p>Inside a processor's batch (a {@link BatchingUnitOfWork}) the probe is made once for every
   * event of the batch, at the first one that asks, and kept in the unit of work: one query per
   * batch instead of one per event, which was the larger part of a rebuild's statements. This reads
   * the store exactly as the probe per event did, only earlier by the time the batch takes: a
   * correction committed in between is missed in either case by the events read just before it, and
   * that correction itself rebuilds every read model ({@code CorrectionRebuild}) once it is
   * committed. No set of corrected facts is kept beyond the batch, so no instance can hold a stale
   * one when another instance records a correction. An event handled outside a batch (a parked
   * event retried, a replay of its own) is probed alone.
   */
  private boolean corrected(String factIdentifier) {
    if (CurrentUnitOfWork.isStarted()
        && CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?> batch) {
      BatchProbe probe = batch.getOrComputeResource(probeKey, key -> probe(batch.getMessages()));
      if (probe.asked().contains(factIdentifier)) {
        return probe.corrected().contains(factIdentifier);
      }
    }
    return jdbc.sql(
            "SELECT 1 FROM domain_event_entry WHERE aggregate_identifier = :id"
                + " FETCH FIRST 1 ROWS ONLY")
        .param("id", factIdentifier)
        .query(Integer.class)
        .optional()
        .isPresent();
  }

  /** Which of a batch's events were asked about, and which of those have a correction stored. */
  private record BatchProbe(Set<String> asked, Set<String> corrected) {}

  private BatchProbe probe(List<? extends Message<?>> messages) {
    Set<String> asked = new HashSet<>();
    for (Message<?> message : messages) {
      asked.add(message.getIdentifier());
    }
    Set<String> corrected = new HashSet<>();
    List<String> ids = List.copyOf(asked);
    for (int from = 0; from < ids.size(); from += PROBE_CHUNK) {
      corrected.addAll(
          jdbc.sql(
                  "SELECT DISTINCT aggregate_identifier FROM domain_event_entry"
                      + " WHERE aggregate_identifier IN (:ids)")
              .param("ids", ids.subList(from, Math.min(ids.size(), from + PROBE_CHUNK)))
              .query(String.class)
              .list());
    }
    return new BatchProbe(asked, corrected);
  }

  /** Whether the message is a correction or retraction, told without reading its payload. */
  public static boolean isCorrection(EventMessage<?> message) {
    return RectificatieEvent.class.isAssignableFrom(message.getPayloadType());
  }

  /**
   * The message as it holds at {@code knownAt} (null: now): the same message, the corrected one, or
   * empty when the fact was retracted.
   */
  public Optional<EventMessage<?>> effective(EventMessage<?> message, Instant knownAt) {
    if (!(message.getPayload() instanceof LedgerEvent)
        || message.getPayload() instanceof RectificatieEvent) {
      return Optional.of(message);
    }
    if (!corrected(message.getIdentifier())) {
      return Optional.of(message);
    }
    RectificatieEvent latest = null;
    var stream = eventStore.readEvents(message.getIdentifier(), 0);
    while (stream.hasNext()) {
      DomainEventMessage<?> correction = stream.next();
      if (correction.getPayload() instanceof RectificatieEvent r
          && (knownAt == null || !recordedAt(correction).isAfter(knownAt))) {
        latest = r;
      }
    }
    if (latest == null) {
      return Optional.of(message);
    }
    if (latest instanceof FactRetracted) {
      return Optional.empty();
    }
    return Optional.of(replace(message, corrected((FactCorrected) latest)));
  }

  /**
   * The corrected fact a correction records, read as the kind of fact it corrects. The replacement
   * is read as a stored fact is: at the revision it was written in, through the same upcasters, by
   * the event serializer, so a fact class that evolved reads old replacements as it reads old
   * facts.
   */
  public Object corrected(FactCorrected correction) {
    return new StoredPayload(
            correction.payloadType(), correction.payloadRevision(), correction.replacementJson())
        .read(upcasters, serializer);
  }

  private static EventMessage<?> replace(EventMessage<?> message, Object payload) {
    if (message instanceof DomainEventMessage<?> d) {
      GenericDomainEventMessage<Object> replaced =
          new GenericDomainEventMessage<>(
              d.getType(),
              d.getAggregateIdentifier(),
              d.getSequenceNumber(),
              payload,
              d.getMetaData(),
              d.getIdentifier(),
              d.getTimestamp());
      return message instanceof TrackedEventMessage<?> t
          ? new GenericTrackedDomainEventMessage<>(t.trackingToken(), replaced)
          : replaced;
    }
    return message.andMetaData(message.getMetaData());
  }

  public static Instant recordedAt(EventMessage<?> event) {
    return LedgerMetadata.recordedAt(event.getMetaData(), event.getTimestamp());
  }
}
