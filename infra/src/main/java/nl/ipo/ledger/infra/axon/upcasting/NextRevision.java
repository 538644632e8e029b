package nl.ipo.ledger.infra.axon.upcasting;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one event class stored at one revision as the next: a copy of the stored JSON object is
 * changed into the next revision's shape. Each revision step is one subclass, so a class that has
 * evolved twice is read through both, in order.
 */
abstract class NextRevision extends SingleEventUpcaster {

  private final SimpleSerializedType from;
  private final SimpleSerializedType to;

  NextRevision(Class<?> type, int from) {
    this.from = new SimpleSerializedType(type.getName(), String.valueOf(from));
    this.to = new SimpleSerializedType(type.getName(), String.valueOf(from + 1));
  }

  /** The next revision's JSON, changed from a copy of the stored one. */
  abstract JsonNode upcast(ObjectNode stored);

  @Override
  protected boolean canUpcast(IntermediateEventRepresentation representation) {
    return representation.getType().equals(from);
  }

  @Override
  protected IntermediateEventRepresentation doUpcast(
      IntermediateEventRepresentation representation) {
    return representation.upcastPayload(
        to, JsonNode.class, stored -> upcast(((ObjectNode) stored).deepCopy()));
  }
}
