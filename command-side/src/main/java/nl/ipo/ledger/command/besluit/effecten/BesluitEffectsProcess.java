package nl.ipo.ledger.command.besluit.effecten;

import java.util.List;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.RecordEffectCarriedOut;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.RecordEffectFailed;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitTaken;
import nl.ipo.ledger.kernel.besluit.Effect;
import nl.ipo.ledger.kernel.error.LedgerException;
import nl.ipo.ledger.kernel.gremium.GremiumCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;

/**
 * Carries out an adopted besluit's structural effects through the gremium commands, so each
 * resulting gremium event names the besluit (text and id), and records on the besluit which effect
 * was carried out or why it could not be.
 *
 * <p>Stateless and safe to replay: the gremium commands are idempotent (an exact repeat is a
 * no-op), and so is recording an effect already recorded. It runs in the same transaction as its
 * processor's token, and the commands' metadata (actor, role, recording time, correlation) is
 * copied from the besluit's event by Axon's correlation data providers.
 */
@ProcessingGroup(BesluitEffectsProcess.PROCESSING_GROUP)
public class BesluitEffectsProcess {

  public static final String PROCESSING_GROUP = "besluit-effects";

  private final CommandGateway commands;

  public BesluitEffectsProcess(CommandGateway commands) {
    this.commands = commands;
  }

  @EventHandler
  void on(BesluitTaken besluit) {
    if (!besluit.outcome().isAdopted()) {
      return;
    }
    List<Effect> effects = besluit.effects();
    for (int index = 0; index < effects.size(); index++) {
      Effect effect = effects.get(index);
      if (!effect.structural()) {
        continue;
      }
      try {
        for (GremiumCommand command : BesluitEffects.commands(effect, besluit)) {
          commands.sendAndWait(command);
        }
        commands.sendAndWait(new RecordEffectCarriedOut(besluit.besluitId(), index));
      } catch (LedgerException | AggregateNotFoundException rejected) {
        commands.sendAndWait(
            new RecordEffectFailed(besluit.besluitId(), index, rejected.getMessage()));
      }
    }
  }
}
