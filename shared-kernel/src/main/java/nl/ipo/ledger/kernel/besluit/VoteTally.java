package nl.ipo.ledger.kernel.besluit;

import java.util.List;

/** The count of a vote; votes cast are those for and against. */
public record VoteTally(int voor, int tegen, int onthouding, int afwezig) {

  public static VoteTally of(List<Vote> votes) {
    return new VoteTally(
        count(votes, VoteChoice.FOR),
        count(votes, VoteChoice.AGAINST),
        count(votes, VoteChoice.ABSTAIN),
        count(votes, VoteChoice.ABSENT));
  }

  public int cast() {
    return voor + tegen;
  }

  /** The count in Dutch, as the forms, the rules' rejections and the dossier say it. */
  public String inWords() {
    return voor
        + " voor, "
        + tegen
        + " tegen, "
        + onthouding
        + " onthouding, "
        + afwezig
        + " afwezig";
  }

  private static int count(List<Vote> votes, VoteChoice choice) {
    return (int) votes.stream().filter(v -> v.choice() == choice).count();
  }
}
