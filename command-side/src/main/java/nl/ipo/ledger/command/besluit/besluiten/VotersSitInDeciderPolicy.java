package nl.ipo.ledger.command.besluit.besluiten;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.besluit.BesluitRule;
import nl.ipo.ledger.command.gremium.GremiumFacts;
import nl.ipo.ledger.command.gremium.Membership;
import nl.ipo.ledger.kernel.besluit.Vote;
import nl.ipo.ledger.kernel.common.Province;
import nl.ipo.ledger.kernel.gremium.MemberRole;

/**
 * Votes are cast from the seats of the deciding body on the decision date, one vote per seat. A
 * seat that votes is a lid's, a voorzitter's or a vicevoorzitter's membership in force that day; a
 * province's plaatsvervanger may cast its lid's vote but adds no seat; an adviseur does not vote.
 * So each vote names a province that holds a seat that day (or a named member, whose province it
 * is), a province casts at most as many votes as it has seats, and where the sources name every
 * holder of a province's seats the voter is one of them (or the province itself, when votes are
 * counted per province). A decision by one person under a mandate has no vote.
 */
public final class VotersSitInDeciderPolicy {

  private VotersSitInDeciderPolicy() {}

  /**
   * @param decider the deciding body, or empty where a person decides under a mandate
   */
  public static Optional<Rejection> check(
      Optional<GremiumFacts> decider, List<Vote> votes, LocalDate day) {
    if (votes.isEmpty()) {
      return Optional.empty();
    }
    if (decider.isEmpty()) {
      return reject(
          "Een besluit van één persoon onder mandaat kent geen stemming; laat de stemmen weg");
    }
    GremiumFacts body = decider.get();
    List<Membership> sitting = body.memberships().stream().filter(m -> m.inForceOn(day)).toList();
    Map<Province, Integer> seats = new EnumMap<>(Province.class);
    for (Membership m : sitting) {
      if (votes(m.role()) && m.province() != null) {
        seats.merge(m.province(), 1, Integer::sum);
      }
    }
    if (seats.isEmpty()) {
      return reject(
          Dutch.capitalised(body.describe())
              + " heeft op "
              + Dutch.date(day)
              + " geen zetels vastgelegd, dus er kan niet per zetel gestemd worden; leg eerst de"
              + " leden vast of laat de stemmen weg");
    }
    Map<Province, Integer> cast = new EnumMap<>(Province.class);
    for (Vote vote : votes) {
      Optional<Membership> named = namedMember(sitting, vote.voter());
      if (named.isPresent() && named.get().role() == MemberRole.ADVISEUR) {
        return reject(vote.voter() + " is adviseur van " + body.describe() + " en stemt niet");
      }
      if (named.isPresent() && named.get().province() == null) {
        return reject(
            vote.voter()
                + " zit niet namens een provincie in "
                + body.describe()
                + " en heeft daar dus geen stem");
      }
      Province province =
          vote.province() != null ? vote.province() : named.map(Membership::province).orElse(null);
      if (province == null) {
        return reject(
            "Zeg voor welke provincie "
                + vote.voter()
                + " stemt: "
                + vote.voter()
                + " is op "
                + Dutch.date(day)
                + " geen lid van "
                + body.describe()
                + " met een naam");
      }
      if (named.isPresent() && named.get().province() != province) {
        return reject(
            vote.voter()
                + " zit namens "
                + named.get().province().label()
                + " in "
                + body.describe()
                + ", niet namens "
                + province.label());
      }
      int provinceSeats = seats.getOrDefault(province, 0);
      if (provinceSeats == 0) {
        return reject(
            province.label()
                + " heeft op "
                + Dutch.date(day)
                + " geen zetel in "
                + body.describe()
                + " en kan daar dus niet stemmen");
      }
      if (named.isEmpty() && !isProvince(vote.voter(), province) && allNamed(sitting, province)) {
        return reject(
            vote.voter()
                + " zit op "
                + Dutch.date(day)
                + " niet namens "
                + province.label()
                + " in "
                + body.describe()
                + "; daar zitten "
                + Dutch.list(
                    sitting.stream()
                        .filter(m -> m.province() == province && m.role() != MemberRole.ADVISEUR)
                        .map(Membership::personName)
                        .toList()));
      }
      int count = cast.merge(province, 1, Integer::sum);
      if (count > provinceSeats) {
        return reject(
            province.label()
                + " heeft op "
                + Dutch.date(day)
                + " "
                + provinceSeats
                + (provinceSeats == 1 ? " zetel" : " zetels")
                + " in "
                + body.describe()
                + " maar er zijn "
                + count
                + " stemmen namens "
                + province.label()
                + " vastgelegd: één stem per zetel");
      }
    }
    return Optional.empty();
  }

  /** Whether a membership in this role fills a seat that votes. */
  static boolean votes(MemberRole role) {
    return role == MemberRole.LID
        || role == MemberRole.VOORZITTER
        || role == MemberRole.VICEVOORZITTER;
  }

  private static Optional<Membership> namedMember(List<Membership> sitting, String voter) {
    return sitting.stream()
        .filter(m -> m.personName() != null && m.personName().equalsIgnoreCase(voter.strip()))
        .findFirst();
  }

  private static boolean allNamed(List<Membership> sitting, Province province) {
    return sitting.stream()
        .filter(m -> m.province() == province && m.role() != MemberRole.ADVISEUR)
        .allMatch(m -> m.personName() != null);
  }

  private static boolean isProvince(String voter, Province province) {
    String name = voter.strip().toLowerCase(Locale.ROOT);
    return name.equals(province.label().toLowerCase(Locale.ROOT))
        || name.equals(province.name().toLowerCase(Locale.ROOT));
  }

  private static Optional<Rejection> reject(String reason) {
    return Optional.of(new Rejection(BesluitRule.VOTERS_SIT_IN_DECIDER, "votes", reason));
  }
}
