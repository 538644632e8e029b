package nl.ipo.ledger.command.besluit;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configurer;

/** Registers the {@link Besluit} aggregate, which is package private. */
public final class BesluitAggregates {

  private BesluitAggregates() {}

  public static void configure(Configurer configurer) {
    configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Besluit.class));
  }
}
