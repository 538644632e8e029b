package nl.ipo.ledger.infra.web.pages.structuur;

import java.util.Map;
import java.util.stream.Collectors;
import nl.ipo.ledger.infra.web.pages.Weergave;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.GremiumDissolved;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.GremiumEstablished;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.GremiumRenamed;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.MemberAppointed;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.MembershipEnded;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.GremiumDetail;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.GremiumRef;

/** One step of a gremium's history in a Dutch sentence. */
final class StapTekst {

  private StapTekst() {}

  static String van(Object event, Map<String, MemberAppointed> appointments, GremiumDetail detail) {
    if (event instanceof GremiumEstablished e) {
      StringBuilder text =
          new StringBuilder("Ingesteld als ")
              .append(e.type().label())
              .append(" '")
              .append(e.name())
              .append("'");
      if (!detail.gremium().predecessors().isEmpty()) {
        text.append(", uit de samenvoeging van ").append(names(detail.gremium().predecessors()));
      }
      if (e.endDate() != null) {
        text.append(", tot ").append(Weergave.datum(e.endDate()));
      }
      return text.append('.').toString();
    } else if (event instanceof GremiumRenamed e) {
      return "Hernoemd van '" + e.previousName() + "' naar '" + e.name() + "'.";
    } else if (event instanceof GremiumDissolved) {
      return detail.gremium().successors().isEmpty()
          ? "Opgeheven."
          : "Opgeheven: opgegaan in " + names(detail.gremium().successors()) + ".";
    } else if (event instanceof MemberAppointed e) {
      return who(e)
          + " benoemd als "
          + e.role().label()
          + (e.province() == null ? "" : " voor " + e.province().label())
          + ".";
    } else if (event instanceof MembershipEnded e) {
      MemberAppointed a = appointments.get(e.membershipId().toString());
      return a == null
          ? "Een lidmaatschap is beëindigd."
          : "Lidmaatschap van "
              + (a.personName() == null ? "de zetel zonder vastgelegde naam" : a.personName())
              + " ("
              + a.role().label()
              + (a.province() == null ? "" : ", " + a.province().label())
              + ") beëindigd.";
    }
    return event.getClass().getSimpleName();
  }

  private static String who(MemberAppointed a) {
    return a.personName() == null ? "Zetel zonder vastgelegde naam" : a.personName();
  }

  private static String names(java.util.List<GremiumRef> refs) {
    return refs.stream()
        .map(r -> r.tasks() == null ? r.name() : r.name() + " (" + r.tasks() + ")")
        .collect(Collectors.joining(", "));
  }
}
