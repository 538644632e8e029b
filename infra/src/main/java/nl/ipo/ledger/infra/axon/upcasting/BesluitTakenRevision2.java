package nl.ipo.ledger.infra.axon.upcasting;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitTaken;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a {@link BesluitTaken} stored at revision 1 as revision 2. Revision 1 held its competence
 * basis as the sentence the command side worded ("competence of the bestuur under Statuten IPO",
 * "mandaat &lt;id&gt;"); revision 2 holds its parts ({@code body}, {@code matrixDecision}, {@code
 * mandaatId}). The stored bytes stay as recorded (the hash chain covers them); only the reading
 * changes. A sentence in neither form is kept whole as the matrix decision, so nothing is lost.
 */
public final class BesluitTakenRevision2 extends NextRevision {

  private static final Pattern OWN =
      Pattern.compile("competence of the (.+?) under (.+)", Pattern.DOTALL);
  private static final Pattern MANDATE = Pattern.compile("mandaat (\\S+)");

  public BesluitTakenRevision2() {
    super(BesluitTaken.class, 1);
  }

  @Override
  JsonNode upcast(ObjectNode event) {
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
