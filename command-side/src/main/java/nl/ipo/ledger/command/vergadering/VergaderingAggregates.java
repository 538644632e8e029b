package nl.ipo.ledger.command.vergadering;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configurer;

/** Registers the {@link VergaderingAggregate}, which is package private. */
public final class VergaderingAggregates {

  private VergaderingAggregates() {}

  public static void configure(Configurer configurer) {
    configurer.configureAggregate(
        AggregateConfigurer.defaultConfiguration(VergaderingAggregate.class));
  }
}
