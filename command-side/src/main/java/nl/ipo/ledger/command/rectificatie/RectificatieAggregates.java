package nl.ipo.ledger.command.rectificatie;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configurer;

/** Registers the {@link Rectificatie} aggregate, which is package private. */
public final class RectificatieAggregates {

  private RectificatieAggregates() {}

  public static void configure(Configurer configurer) {
    configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Rectificatie.class));
  }
}
