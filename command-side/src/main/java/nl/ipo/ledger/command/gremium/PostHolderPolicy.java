package nl.ipo.ledger.command.gremium;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.MemberAppointed;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.kernel.gremium.MemberRole;

/**
 * A post (functie, such as the Algemeen Directeur) is held by one functiehouder at a time and has
 * no other members; a functiehouder holds a post and sits in no other kind of body.
 */
final class PostHolderPolicy {

  private PostHolderPolicy() {}

  static Optional<Rejection> check(GremiumState state, MemberAppointed appointment) {
    boolean post = state.type() == GremiumType.FUNCTIE;
    boolean holder = appointment.role() == MemberRole.FUNCTIEHOUDER;
    String body = Dutch.gremium(state.type(), state.name());
    if (holder && !post) {
      return reject(
          "Een functiehouder bekleedt een functie, maar "
              + body
              + " is een "
              + state.type().label()
              + "; kies een andere rol");
    }
    if (post && !holder) {
      return reject(
          Dutch.capitalised(body)
              + " is een functie: die heeft alleen een functiehouder, geen "
              + appointment.role().label());
    }
    if (!post) {
      return Optional.empty();
    }
    List<Membership> holders =
        state.allMemberships().stream().filter(m -> m.role() == MemberRole.FUNCTIEHOUDER).toList();
    if (SeatCount.maxConcurrentFrom(appointment.startDate(), holders) == 0) {
      return Optional.empty();
    }
    return reject(
        Dutch.capitalised(body)
            + " heeft al een functiehouder vanaf "
            + Dutch.date(appointment.startDate())
            + ": "
            + SeatCount.overlapping(appointment.startDate(), holders).stream()
                .map(Membership::describe)
                .collect(Collectors.joining("; "))
            + "; beëindig eerst dat lidmaatschap");
  }

  private static Optional<Rejection> reject(String reason) {
    return Optional.of(new Rejection(GremiumRule.POST_HOLDER, "role", reason));
  }
}
