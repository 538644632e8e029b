package nl.ipo.ledger.command.mandaat;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configurer;

/** Registers the {@link Mandaat} aggregate, which is package private. */
public final class MandaatAggregates {

  private MandaatAggregates() {}

  public static void configure(Configurer configurer) {
    configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Mandaat.class));
  }
}
