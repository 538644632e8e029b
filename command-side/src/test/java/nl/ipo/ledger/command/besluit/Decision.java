package nl.ipo.ledger.command.besluit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.DecideVoorstel;
import nl.ipo.ledger.kernel.besluit.BesluitId;
import nl.ipo.ledger.kernel.besluit.BesluitOutcome;
import nl.ipo.ledger.kernel.besluit.Effect;
import nl.ipo.ledger.kernel.besluit.Vote;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.mandaat.MandaatId;
import nl.ipo.ledger.kernel.vergadering.VergaderingId;

/**
 * A test's {@link DecideVoorstel}, naming only what the test is about: by whom and on which day,
 * adopted outside a meeting with no votes unless the test says otherwise.
 */
final class Decision {

  private final Party decider;
  private final LocalDate day;
  private VergaderingId meeting;
  private BesluitOutcome outcome = BesluitOutcome.ADOPTED;
  private List<Effect> amendedEffects;
  private List<Vote> votes = List.of();
  private MandaatId mandaat;
  private BigDecimal amount;

  private Decision(Party decider, LocalDate day) {
    this.decider = decider;
    this.day = day;
  }

  static Decision by(GremiumId body, LocalDate day) {
    return new Decision(Party.gremium(body), day);
  }

  static Decision by(Party decider, LocalDate day) {
    return new Decision(decider, day);
  }

  Decision at(VergaderingId meeting) {
    this.meeting = meeting;
    return this;
  }

  Decision outcome(BesluitOutcome outcome) {
    this.outcome = outcome;
    return this;
  }

  Decision amended(List<Effect> effects) {
    this.amendedEffects = effects;
    return this;
  }

  Decision votes(List<Vote> votes) {
    this.votes = votes;
    return this;
  }

  Decision underMandate(MandaatId mandaat) {
    this.mandaat = mandaat;
    return this;
  }

  Decision amount(BigDecimal amount) {
    this.amount = amount;
    return this;
  }

  DecideVoorstel of(BesluitId id) {
    return new DecideVoorstel(
        id, decider, day, meeting, outcome, amendedEffects, votes, mandaat, amount, null);
  }
}
