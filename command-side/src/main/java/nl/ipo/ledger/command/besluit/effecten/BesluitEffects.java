package nl.ipo.ledger.command.besluit.effecten;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitTaken;
import nl.ipo.ledger.kernel.besluit.Effect;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.gremium.GremiumCommand;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.DissolveGremium;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.EstablishGremium;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.RenameGremium;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.Successor;

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
      commands.add(
          new DissolveGremium(
              e.gremiumId(), e.effectiveDate(), by, successors(e.gremiumId(), besluit.effects())));
    } else if (effect instanceof Effect.MergeGremia e) {
      commands.add(
          new EstablishGremium(
              e.gremiumId(), e.name(), e.type(), e.parentId(), e.effectiveDate(), null, by));
      e.merged()
          .forEach(
              old ->
                  commands.add(
                      new DissolveGremium(
                          old, e.effectiveDate(), by, successors(old, besluit.effects()))));
    }
    return commands;
  }

  /**
   * Every body a besluit's effects hand a dissolved gremium's tasks to, in the effects' order: the
   * gremium each merger creates that merges it or takes a share of its tasks (with that share), and
   * the successors a dissolution names.
   */
  public static List<Successor> successors(GremiumId dissolved, List<Effect> effects) {
    Map<GremiumId, Successor> found = new LinkedHashMap<>();
    for (Effect effect : effects) {
      if (effect instanceof Effect.MergeGremia m && m.takesFrom(dissolved)) {
        found.putIfAbsent(
            m.gremiumId(), new Successor(m.gremiumId(), m.shareOf(dissolved).orElse(null)));
      } else if (effect instanceof Effect.DissolveGremium d && d.gremiumId().equals(dissolved)) {
        d.successors().forEach(s -> found.putIfAbsent(s.gremiumId(), s));
      }
    }
    return List.copyOf(found.values());
  }
}
