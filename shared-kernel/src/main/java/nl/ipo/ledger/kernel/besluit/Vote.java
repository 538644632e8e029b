package nl.ipo.ledger.kernel.besluit;

import nl.ipo.ledger.kernel.common.Province;
import nl.ipo.ledger.kernel.error.InvalidValueException;

/**
 * A recorded vote, per member or per province.
 *
 * @param voter the member's name, or the province's name when votes are counted per province
 * @param province the province the voter speaks for, if known
 */
public record Vote(String voter, Province province, VoteChoice choice) {

  public Vote {
    voter = InvalidValueException.requiredName("votes.voter", voter, 200);
    InvalidValueException.required("votes.choice", choice);
  }
}
