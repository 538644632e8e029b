package nl.ipo.ledger.command;

import java.util.List;
import java.util.function.BiFunction;
import nl.ipo.ledger.kernel.common.Bounds;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

/**
 * Holds every command on the command bus to the bounds of the published language before anything
 * handles it, whoever sends it (the API, the journal loader, the effects process, the statute
 * loader): a value that no read model could hold is rejected, never stored.
 */
public final class BoundedCommands implements MessageDispatchInterceptor<CommandMessage<?>> {

  @Override
  public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
      List<? extends CommandMessage<?>> messages) {
    return (index, command) -> {
      Bounds.check(command.getPayload());
      return command;
    };
  }
}
