package nl.ipo.ledger.command.besluit;

import java.util.Optional;
import java.util.Set;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitTaken;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.common.DecisionReference;

/**
 * What a change that names a besluit in the ledger as its decision ({@link
 * DecisionReference#besluitId()}) may rest on: a besluit that was taken, adopted (as proposed or
 * amended) and of a type that can carry the change. The gremium's and the mandate's own policies
 * judge with it, each under its own rule code; a decision cited by text only is not judged.
 */
public final class AuthorisingBesluit {

  private AuthorisingBesluit() {}

  /** The besluit the decision names, read from its stream; empty when it names none. */
  public static Optional<BesluitTaken> taken(
      DecisionReference decision, BesluitDirectory besluiten) {
    return decision == null || decision.besluitId() == null
        ? Optional.empty()
        : besluiten.taken(decision.besluitId());
  }

  /**
   * Why the named besluit cannot carry the change, if it cannot.
   *
   * @param taken the besluit as recorded, empty when it is unknown or not taken (yet)
   * @param fitting the types of besluit that can carry this kind of change
   * @param change the change in words, e.g. "een benoeming"
   */
  public static Optional<String> problem(
      DecisionReference decision,
      Optional<BesluitTaken> taken,
      Set<BesluitType> fitting,
      String change) {
    if (decision == null || decision.besluitId() == null) {
      return Optional.empty();
    }
    if (taken.isEmpty()) {
      return Optional.of(
          "Er is geen genomen besluit met id "
              + decision.besluitId()
              + " bekend: noem een besluit dat in het grootboek is genomen, of verwijs alleen met"
              + " tekst naar het besluit");
    }
    BesluitTaken besluit = taken.get();
    String named =
        "Het besluit '" + besluit.subject() + "' van " + Dutch.date(besluit.decisionDate());
    if (!besluit.outcome().isAdopted()) {
      return Optional.of(
          named + " is " + besluit.outcome().label() + " en kan " + change + " dus niet dragen");
    }
    if (!fitting.contains(besluit.besluitType())) {
      return Optional.of(
          named
              + " is een "
              + besluit.besluitType().label()
              + "; "
              + change
              + " rust op een "
              + String.join(" of ", fitting.stream().sorted().map(BesluitType::label).toList()));
    }
    return Optional.empty();
  }
}
