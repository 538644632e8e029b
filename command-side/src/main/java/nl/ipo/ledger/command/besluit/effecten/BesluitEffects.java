package nl.ipo.ledger.command.besluit.effecten;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitTaken;
import nl.ipo.ledger.kernel.besluit.Effect;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.gremium.GremiumCommand;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.DissolveGremium;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.EstablishGremium;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.RenameGremium;

/** Translates an adopted besluit's effects into the gremium commands that carry them out. */
public final class BesluitEffects {

  private BesluitEffects() {}

  /** The day an effect takes effect; a described effect takes effect with the besluit. */
  public static LocalDate date(Effect effect, BesluitTaken besluit) {
    if (effect instanceof Effect.EstablishGremium e) {
      return e.beginDate();
    } else if (effect instanceof Effect.RenameGremium e) {
      return e.effectiveDate();
    } else if (effect instanceof Effect.DissolveGremium e) {
      return e.effectiveDate();
    } else if (effect instanceof Effect.MergeGremia e) {
      return e.effectiveDate();
    }
    return besluit.decisionDate();
  }

  /** Every change the ledger records for the besluit names it: text and id. */
  public static DecisionReference reference(BesluitTaken besluit) {
    return new DecisionReference(
        "Besluit '" + besluit.subject() + "' van " + besluit.decisionDate(), besluit.besluitId());
  }

  public static List<GremiumCommand> commands(Effect effect, BesluitTaken besluit) {
    DecisionReference by = reference(besluit);
    List<GremiumCommand> commands = new ArrayList<>();
    if (effect instanceof Effect.EstablishGremium e) {
      commands.add(
          new EstablishGremium(
              e.gremiumId(), e.name(), e.type(), e.parentId(), e.beginDate(), e.endDate(), by));
    } else if (effect instanceof Effect.RenameGremium e) {
      commands.add(new RenameGremium(e.gremiumId(), e.name(), e.effectiveDate(), by));
    } else if (effect instanceof Effect.DissolveGremium e) {
      commands.add(new DissolveGremium(e.gremiumId(), e.effectiveDate(), by));
    } else if (effect instanceof Effect.MergeGremia e) {
      commands.add(
          new EstablishGremium(
              e.gremiumId(), e.name(), e.type(), e.parentId(), e.effectiveDate(), null, by));
      e.merged().forEach(old -> commands.add(new DissolveGremium(old, e.effectiveDate(), by)));
    }
    return commands;
  }
}
