package nl.ipo.ledger.command.gremium;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configurer;

/** Registers the {@link Gremium} aggregate, which is package private. */
public final class GremiumAggregates {

  private GremiumAggregates() {}

  public static void configure(Configurer configurer) {
    configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Gremium.class));
  }
}
