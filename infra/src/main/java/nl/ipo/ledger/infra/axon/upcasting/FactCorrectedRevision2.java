package nl.ipo.ledger.infra.axon.upcasting;

import nl.ipo.ledger.kernel.rectificatie.RectificatieEvent.FactCorrected;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a {@link FactCorrected} stored at revision 1 as revision 2, which names the revision its
 * replacement is written in. Every fact class was at revision 1 while revision 1 of this event was
 * written, so that is the replacement's revision.
 */
public final class FactCorrectedRevision2 extends SingleEventUpcaster {

  private static final String TYPE = FactCorrected.class.getName();
  private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(TYPE, "1");
  private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(TYPE, "2");

  @Override
  protected boolean canUpcast(IntermediateEventRepresentation representation) {
    return representation.getType().equals(REVISION_1);
  }

  @Override
  protected IntermediateEventRepresentation doUpcast(
      IntermediateEventRepresentation representation) {
    return representation.upcastPayload(REVISION_2, JsonNode.class, FactCorrectedRevision2::upcast);
  }

  static JsonNode upcast(JsonNode revision1) {
    ObjectNode event = ((ObjectNode) revision1).deepCopy();
    event.put("payloadRevision", "1");
    return event;
  }
}
