package nl.ipo.ledger.command;

import java.util.List;
import nl.ipo.ledger.command.begroting.Begroting;
import nl.ipo.ledger.command.besluit.Besluit;
import nl.ipo.ledger.command.competentie.CompetenceMatrixAggregate;
import nl.ipo.ledger.command.gremium.Gremium;
import nl.ipo.ledger.command.mandaat.Mandaat;
import nl.ipo.ledger.command.rectificatie.Rectificatie;
import nl.ipo.ledger.command.vergadering.VergaderingAggregate;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configurer;
import org.axonframework.lifecycle.Phase;

/**
 * Registers the command side's aggregates with an Axon configuration, and holds every command on
 * the bus to the published language's bounds ({@link BoundedCommands}). The aggregates' members
 * stay package private; the application only needs this one entry point.
 */
public final class CommandSide {

  /**
   * The aggregate types. They are public so that this list can name them; their constructors, state
   * and handlers stay package private, so nothing but Axon creates or calls them.
   */
  static final List<Class<?>> AGGREGATES =
      List.of(
          Gremium.class,
          VergaderingAggregate.class,
          CompetenceMatrixAggregate.class,
          Mandaat.class,
          Besluit.class,
          Begroting.class,
          Rectificatie.class);

  private CommandSide() {}

  public static void configure(Configurer configurer) {
    for (Class<?> aggregate : AGGREGATES) {
      configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(aggregate));
    }
    configurer.onInitialize(
        config ->
            config.onStart(
                Phase.LOCAL_MESSAGE_HANDLER_REGISTRATIONS,
                () -> config.commandBus().registerDispatchInterceptor(new BoundedCommands())));
  }
}
