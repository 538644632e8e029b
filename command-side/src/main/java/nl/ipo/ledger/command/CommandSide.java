package nl.ipo.ledger.command;

import nl.ipo.ledger.command.begroting.BegrotingAggregates;
import nl.ipo.ledger.command.besluit.BesluitAggregates;
import nl.ipo.ledger.command.competentie.CompetentieAggregates;
import nl.ipo.ledger.command.gremium.GremiumAggregates;
import nl.ipo.ledger.command.mandaat.MandaatAggregates;
import nl.ipo.ledger.command.rectificatie.RectificatieAggregates;
import nl.ipo.ledger.command.vergadering.VergaderingAggregates;
import org.axonframework.config.Configurer;
import org.axonframework.lifecycle.Phase;

/**
 * Registers the command side's aggregates with an Axon configuration, and holds every command on
 * the bus to the published language's bounds ({@link BoundedCommands}). The aggregates stay package
 * private; the application only needs this one entry point.
 */
public final class CommandSide {

  private CommandSide() {}

  public static void configure(Configurer configurer) {
    GremiumAggregates.configure(configurer);
    VergaderingAggregates.configure(configurer);
    CompetentieAggregates.configure(configurer);
    MandaatAggregates.configure(configurer);
    BesluitAggregates.configure(configurer);
    BegrotingAggregates.configure(configurer);
    RectificatieAggregates.configure(configurer);
    configurer.onInitialize(
        config ->
            config.onStart(
                Phase.LOCAL_MESSAGE_HANDLER_REGISTRATIONS,
                () -> config.commandBus().registerDispatchInterceptor(new BoundedCommands())));
  }
}
