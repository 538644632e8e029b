package nl.ipo.ledger.command.begroting;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configurer;

/** Registers the {@link Begroting} aggregate, which is package private. */
public final class BegrotingAggregates {

  private BegrotingAggregates() {}

  public static void configure(Configurer configurer) {
    configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Begroting.class));
  }
}
