package nl.ipo.ledger.kernel.common;

import nl.ipo.ledger.kernel.error.InvalidValueException;
import nl.ipo.ledger.kernel.gremium.GremiumId;

/**
 * Who acts: a gremium, or a named person or officer (for example "Algemeen Directeur"). Exactly one
 * of the two is given.
 */
public record Party(GremiumId gremiumId, String personName) {

  public Party {
    if (personName != null) {
      personName = Bounds.name("personName", personName.strip(), 200);
      if (personName.isEmpty()) {
        personName = null;
      }
    }
    if ((gremiumId == null) == (personName == null)) {
      throw new InvalidValueException(
          "party", "Noem precies één partij: een gremium (gremiumId) of een persoon (personName).");
    }
  }

  public static Party gremium(GremiumId gremiumId) {
    return new Party(gremiumId, null);
  }

  public static Party person(String name) {
    return new Party(null, name);
  }

  public boolean namesGremium() {
    return gremiumId != null;
  }

  /** Whether both name the same gremium, or the same person (ignoring case). */
  public boolean sameAs(Party other) {
    return namesGremium()
        ? gremiumId.equals(other.gremiumId)
        : other.personName != null && personName.equalsIgnoreCase(other.personName);
  }

  @Override
  public String toString() {
    return namesGremium() ? "gremium " + gremiumId : personName;
  }
}
