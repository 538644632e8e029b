package nl.ipo.ledger.infra.axon.upcasting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;
import org.axonframework.eventhandling.EventData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;

/**
 * A fact's JSON as stored at a revision, read as the current revision of its class the way the
 * event store reads a stored event: through the upcasters, then the event serializer. A correction
 * stores its replacement this way, outside the event's own payload.
 *
 * <p>Axon upcasts whole event entries; this is one with the payload only (the envelope is empty, as
 * no upcaster here reads it). Written by hand because Axon's own entry classes are JPA entities.
 */
public record StoredPayload(String type, String revision, String json)
    implements EventData<byte[]> {

  /** The payload as an object of the current revision of its class. */
  public Object read(EventUpcaster upcasters, Serializer serializer) {
    return upcasters
        .upcast(Stream.of(new InitialEventRepresentation(this, serializer)))
        .findFirst()
        .map(upcast -> serializer.deserialize(upcast.getData()))
        .orElseThrow(() -> new IllegalStateException("an upcaster dropped a " + type));
  }

  @Override
  public String getEventIdentifier() {
    return "";
  }

  @Override
  public Instant getTimestamp() {
    return Instant.EPOCH;
  }

  @Override
  public SerializedObject<byte[]> getMetaData() {
    return new SimpleSerializedObject<>(
        "{}".getBytes(StandardCharsets.UTF_8),
        byte[].class,
        "org.axonframework.messaging.MetaData",
        null);
  }

  @Override
  public SerializedObject<byte[]> getPayload() {
    return new SimpleSerializedObject<>(
        json.getBytes(StandardCharsets.UTF_8), byte[].class, type, revision);
  }
}
