package nl.ipo.ledger.command.besluit.besluiten;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.besluit.BesluitRule;
import nl.ipo.ledger.kernel.besluit.BesluitOutcome;
import nl.ipo.ledger.kernel.besluit.Vote;
import nl.ipo.ledger.kernel.besluit.VoteTally;
import nl.ipo.ledger.kernel.competentie.VotingRule;

/**
 * Recorded votes must carry the recorded outcome under the body's voting rule (by default a
 * majority of the votes cast). Each voter votes once; a deferral is not voted on.
 */
public final class VoteResultMatchesOutcomePolicy {

  private VoteResultMatchesOutcomePolicy() {}

  public static boolean adopted(VoteTally tally, VotingRule rule) {
    return rule.adopts(tally);
  }

  public static Optional<Rejection> check(
      BesluitOutcome outcome, List<Vote> votes, VotingRule rule) {
    if (votes.isEmpty()) {
      return Optional.empty();
    }
    if (outcome == BesluitOutcome.DEFERRED) {
      return reject("Over aanhouden wordt niet gestemd; leg de stemmen vast bij het besluit");
    }
    Set<String> voters = new HashSet<>();
    for (Vote vote : votes) {
      if (!voters.add(vote.voter().toLowerCase(Locale.ROOT))) {
        return reject(vote.voter() + " heeft meer dan één keer gestemd");
      }
    }
    VoteTally tally = VoteTally.of(votes);
    if (adopted(tally, rule) == outcome.isAdopted()) {
      return Optional.empty();
    }
    return reject(
        "Volgens de regel '"
            + rule.label()
            + "' betekenen de stemmen ("
            + tally.inWords()
            + ") dat het voorstel is "
            + (adopted(tally, rule)
                ? BesluitOutcome.ADOPTED.label()
                : BesluitOutcome.REJECTED.label())
            + ", niet "
            + outcome.label());
  }

  private static Optional<Rejection> reject(String reason) {
    return Optional.of(new Rejection(BesluitRule.VOTE_RESULT_MATCHES_OUTCOME, "votes", reason));
  }
}
