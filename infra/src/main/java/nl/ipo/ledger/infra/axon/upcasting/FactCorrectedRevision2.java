package nl.ipo.ledger.infra.axon.upcasting;

import nl.ipo.ledger.kernel.rectificatie.RectificatieEvent.FactCorrected;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a {@link FactCorrected} stored at revision 1 as revision 2, which names the revision its
 * replacement is written in. Every fact class was at revision 1 while revision 1 of this event was
 * written, so that is the replacement's revision.
 */
public final class FactCorrectedRevision2 extends NextRevision {

  public FactCorrectedRevision2() {
    super(FactCorrected.class, 1);
  }

  @Override
  JsonNode upcast(ObjectNode event) {
    event.put("payloadRevision", "1");
    return event;
  }
}
