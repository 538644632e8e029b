package nl.ipo.ledger.infra.axon.upcasting;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitTaken;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a {@link BesluitTaken} stored at revision 1 as revision 2. Revision 1 held its competence
 * basis as the sentence the command side worded ("competence of the bestuur under Statuten IPO",
 * "mandaat &lt;id&gt;"); revision 2 holds its parts ({@code body}, {@code matrixDecision}, {@code
 * mandaatId}). The stored bytes stay as recorded (the hash chain covers them); only the reading
 * changes. A sentence in neither form is kept whole as the matrix decision, so nothing is lost.
 */
public final class BesluitTakenRevision2 extends SingleEventUpcaster {

  private static final String TYPE = BesluitTaken.class.getName();
  private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(TYPE, "1");
  private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(TYPE, "2");
  private static final Pattern OWN =
      Pattern.compile("competence of the (.+?) under (.+)", Pattern.DOTALL);
  private static final Pattern MANDATE = Pattern.compile("mandaat (\\S+)");

  @Override
  protected boolean canUpcast(IntermediateEventRepresentation representation) {
    return representation.getType().equals(REVISION_1);
  }

  @Override
  protected IntermediateEventRepresentation doUpcast(
      IntermediateEventRepresentation representation) {
    return representation.upcastPayload(REVISION_2, JsonNode.class, BesluitTakenRevision2::upcast);
  }

  static JsonNode upcast(JsonNode revision1) {
    ObjectNode event = ((ObjectNode) revision1).deepCopy();
    JsonNode sentence = event.get("competenceBasis");
    if (sentence == null || !sentence.isString()) {
      return event;
    }
    String text = sentence.asString().strip();
    ObjectNode basis = event.putObject("competenceBasis");
    basis.putNull("body");
    basis.putNull("matrixDecision");
    basis.putNull("mandaatId");
    Matcher mandate = MANDATE.matcher(text);
    Matcher own = OWN.matcher(text);
    if (mandate.matches()) {
      basis.put("mandaatId", mandate.group(1));
    } else if (own.matches()) {
      basis.put("body", body(own.group(1)));
      String matrix = own.group(2).strip();
      if (!matrix.equals("no matrix")) {
        basis.put("matrixDecision", matrix);
      }
    } else {
      basis.put("matrixDecision", text);
    }
    return event;
  }

  /** The body's kind from the Dutch label the sentence used; null for "?" (none known). */
  private static String body(String label) {
    for (GremiumType type : GremiumType.values()) {
      if (type.label().equals(label)) {
        return type.name();
      }
    }
    return null;
  }
}
