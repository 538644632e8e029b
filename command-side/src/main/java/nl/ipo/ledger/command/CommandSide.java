package nl.ipo.ledger.command;

import nl.ipo.ledger.command.gremium.GremiumAggregates;
import org.axonframework.config.Configurer;

/**
 * Registers the command side's aggregates with an Axon configuration. The aggregates stay package
 * private; the application only needs this one entry point.
 */
public final class CommandSide {

  private CommandSide() {}

  public static void configure(Configurer configurer) {
    GremiumAggregates.configure(configurer);
  }
}
